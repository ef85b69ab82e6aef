import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import {
  nearestVertexDistanceKm,
  pointInPolygon,
  ringSignedArea,
} from '../../../../src/lib/map/geo.ts';
import type { LonLat, PolygonRings } from '../../../../src/lib/map/geo.ts';
import { asTopology } from '../../../../src/lib/map/land.ts';
import {
  DEFAULT_REGION_BBOX,
  OutlineMatchError,
  buildIslandOutlines,
} from '../../../../src/lib/map/outlines.ts';
import type {
  IslandCentre,
  IslandOutlines,
  OutlineFeature,
} from '../../../../src/lib/map/outlines.ts';

/** The reference centres, degrees + minutes / 60. */
const ISLANDS: IslandCentre[] = [
  { id: 'etorofu', lat: 45 + 2 / 60, lon: 147 + 37 / 60 },
  { id: 'kunashiri', lat: 44 + 7 / 60, lon: 145 + 51 / 60 },
  { id: 'shikotan', lat: 43 + 48 / 60, lon: 146 + 45 / 60 },
  { id: 'habomai', lat: 43 + 30 / 60, lon: 146 + 8 / 60 },
];

let topology: Topology;
let outlines: IslandOutlines;

beforeAll(() => {
  // Decoding the 1:10m world takes ~100 ms, so it is read and built once for the whole file.
  const path = createRequire(import.meta.url).resolve('world-atlas/land-10m.json');
  topology = asTopology(JSON.parse(readFileSync(path, 'utf8')));
  outlines = buildIslandOutlines(topology, ISLANDS);
});

const toLonLat = ([lon = NaN, lat = NaN]: Position): LonLat => [lon, lat];
const polygonsOf = (feature: OutlineFeature): PolygonRings[] =>
  feature.geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(toLonLat)));

function islandFeature(id: string): OutlineFeature {
  const found = outlines.features.find(
    (f) => f.properties.kind === 'island' && f.properties.id === id,
  );
  if (found === undefined) throw new Error(`no feature for ${id}`);
  return found;
}

function contextFeature(name: string): OutlineFeature | undefined {
  return outlines.features.find(
    (f) => f.properties.kind === 'context' && f.properties.name === name,
  );
}

describe('buildIslandOutlines with Natural Earth 1:10m land', () => {
  it('gives each island one feature, in the order given, before the context land', () => {
    const islandIds = outlines.features.flatMap((f) =>
      f.properties.kind === 'island' ? [f.properties.id] : [],
    );
    expect(islandIds).toEqual(ISLANDS.map((island) => island.id));
    expect(outlines.features.slice(0, 4).every((f) => f.properties.kind === 'island')).toBe(true);
  });

  it.each(ISLANDS)('draws $id with a polygon containing its centre', (island) => {
    const polygons = polygonsOf(islandFeature(island.id));
    expect(polygons.length).toBeGreaterThanOrEqual(1);
    expect(polygons.some((polygon) => pointInPolygon([island.lon, island.lat], polygon))).toBe(
      true,
    );
  });

  it('keeps the three big islands as single polygons', () => {
    for (const id of ['etorofu', 'kunashiri', 'shikotan']) {
      expect(islandFeature(id).geometry.coordinates, id).toHaveLength(1);
    }
  });

  it('keeps at least three Habomai islets', () => {
    expect(islandFeature('habomai').geometry.coordinates.length).toBeGreaterThanOrEqual(3);
  });

  it('assigns every island polygon to the island that contains it or lies nearest', () => {
    for (const island of ISLANDS) {
      for (const polygon of polygonsOf(islandFeature(island.id))) {
        if (pointInPolygon([island.lon, island.lat], polygon)) continue;
        const distanceTo = (i: IslandCentre) => nearestVertexDistanceKm([i.lon, i.lat], polygon);
        const nearest = ISLANDS.reduce((best, i) => (distanceTo(i) < distanceTo(best) ? i : best));
        expect(nearest.id).toBe(island.id);
        expect(distanceTo(island)).toBeLessThanOrEqual(25);
      }
    }
  });

  it('shows Hokkaido, clipped at the west edge and reaching Cape Nosappu', () => {
    const hokkaido = contextFeature('Hokkaido');
    expect(hokkaido).toBeDefined();
    const lons = hokkaido?.geometry.coordinates.flat(2).map(([lon = NaN]) => lon) ?? [];
    expect(Math.min(...lons)).toBe(DEFAULT_REGION_BBOX.west);
    // Cape Nosappu, the easternmost point of the Nemuro peninsula, is at about 145.82°E.
    expect(Math.max(...lons)).toBeCloseTo(145.82, 1);
  });

  it('shows Urup to the north-east, whole: no vertex on the region’s edge', () => {
    const urup = contextFeature('Urup');
    expect(urup).toBeDefined();
    const polygons = urup ? polygonsOf(urup) : [];
    expect(polygons.some((polygon) => pointInPolygon([149.9, 45.9], polygon))).toBe(true);
    const lons = urup?.geometry.coordinates.flat(2).map(([lon = NaN]) => lon) ?? [];
    expect(Math.max(...lons)).toBeGreaterThan(150.5);
    expect(Math.max(...lons)).toBeLessThan(DEFAULT_REGION_BBOX.east);
  });

  it('keeps the detail of the 1:10m data: over 650 vertices, where the old 200 m cut kept about 540', () => {
    const vertices = outlines.features.reduce(
      (sum, f) => sum + f.geometry.coordinates.flat(2).length,
      0,
    );
    expect(vertices).toBeGreaterThan(650);
    const coarse = buildIslandOutlines(topology, ISLANDS, { simplifyTolerance: 0.002 });
    expect(
      coarse.features.reduce((sum, f) => sum + f.geometry.coordinates.flat(2).length, 0),
    ).toBeLessThan(vertices);
  });

  it('does not hand Hokkaido to Habomai, though Cape Nosappu is under 30 km from its centre', () => {
    const widened = buildIslandOutlines(topology, ISLANDS, { maxMatchDistanceKm: 40 });
    const hokkaido = widened.features.find(
      (f) => f.properties.kind === 'context' && f.properties.name === 'Hokkaido',
    );
    expect(hokkaido).toBeDefined();
  });

  it('keeps nearby islets only within the distance limit', () => {
    const strict = buildIslandOutlines(topology, ISLANDS, { maxMatchDistanceKm: 5 });
    const habomai = strict.features.find(
      (f) => f.properties.kind === 'island' && f.properties.id === 'habomai',
    );
    // Only the islet containing the centre (Shibotsu / Zelyony) remains; the rest become context.
    expect(habomai?.geometry.coordinates).toHaveLength(1);
    const unnamed = strict.features.find(
      (f) => f.properties.kind === 'context' && f.properties.name === null,
    );
    expect(unnamed?.geometry.coordinates.length).toBeGreaterThanOrEqual(3);
  });

  it('stays inside the bbox it reports, with rounded coordinates', () => {
    expect(outlines.bbox).toEqual([141.8, 41.3, 153.8, 47.6]);
    const [west, south, east, north] = outlines.bbox;
    for (const [lon = NaN, lat = NaN] of outlines.features.flatMap((f) =>
      f.geometry.coordinates.flat(2),
    )) {
      expect(lon).toBeGreaterThanOrEqual(west);
      expect(lon).toBeLessThanOrEqual(east);
      expect(lat).toBeGreaterThanOrEqual(south);
      expect(lat).toBeLessThanOrEqual(north);
      expect(Math.round(lon * 1e4) / 1e4).toBe(lon);
      expect(Math.round(lat * 1e4) / 1e4).toBe(lat);
    }
  });

  it('writes closed, counter-clockwise outer rings', () => {
    for (const polygon of outlines.features.flatMap(polygonsOf)) {
      const outer = polygon[0] ?? [];
      expect(outer[0]).toEqual(outer[outer.length - 1]);
      expect(ringSignedArea(outer)).toBeGreaterThan(0);
    }
  });

  it('serialises to under 40 KB', () => {
    const bytes = new TextEncoder().encode(JSON.stringify(outlines)).length;
    expect(bytes).toBeLessThan(40 * 1024);
  });

  it('simplifies: a coarser tolerance gives fewer vertices but the same polygons', () => {
    const count = (fc: IslandOutlines) =>
      fc.features.flatMap((f) => f.geometry.coordinates.flat(2)).length;
    const coarse = buildIslandOutlines(topology, ISLANDS, { simplifyTolerance: 0.01 });
    expect(count(coarse)).toBeLessThan(count(outlines));
    expect(coarse.features.map((f) => f.geometry.coordinates.length)).toEqual(
      outlines.features.map((f) => f.geometry.coordinates.length),
    );
  });
});

describe('OutlineMatchError', () => {
  it('names an island at open sea and its coordinate', () => {
    const atSea = [...ISLANDS, { id: 'atlantis', lat: 40, lon: 150 }];
    expect(() => buildIslandOutlines(topology, atSea)).toThrow(OutlineMatchError);
    expect(() => buildIslandOutlines(topology, atSea)).toThrow(
      /Island "atlantis" \(40, 150\) matches no land polygon within 25 km in Natural Earth 1:10m land/,
    );
  });

  it('exposes the island id for callers', () => {
    try {
      buildIslandOutlines(topology, [{ id: 'offshore', lat: 44.9, lon: 149.5 }]);
      expect.unreachable('an island in the sea between Iturup and Urup should not match');
    } catch (error) {
      expect(error).toBeInstanceOf(OutlineMatchError);
      expect((error as OutlineMatchError).islandId).toBe('offshore');
    }
  });
});

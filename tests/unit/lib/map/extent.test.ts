import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import {
  HOKKAIDO,
  ISLAND_NEIGHBOURS,
  contextExtent,
  expandToAspect,
  extentContains,
  extentOf,
  featureKey,
  nearestCoast,
  type Extent,
} from '../../../../src/lib/map/extent.ts';
import { asTopology } from '../../../../src/lib/map/land.ts';
import { mercatorAspectRatio } from '../../../../src/lib/map/projection.ts';
import { buildIslandOutlines, type IslandOutlines } from '../../../../src/lib/map/outlines.ts';

const ISLANDS = [
  { id: 'etorofu', lat: 45.0333, lon: 147.6167 },
  { id: 'kunashiri', lat: 44.1167, lon: 145.85 },
  { id: 'shikotan', lat: 43.8, lon: 146.75 },
  { id: 'habomai', lat: 43.5, lon: 146.1333 },
];

let outlines: IslandOutlines;

beforeAll(() => {
  const path = createRequire(import.meta.url).resolve('world-atlas/land-10m.json');
  outlines = buildIslandOutlines(asTopology(JSON.parse(readFileSync(path, 'utf8'))), ISLANDS);
});

const boundsOf = (key: string): Extent => {
  const feature = outlines.features.find((f) => featureKey(f) === key);
  if (feature === undefined) throw new Error(`no ${key}`);
  return extentOf(
    feature.geometry.coordinates
      .flat(2)
      .map(([lon = NaN, lat = NaN]: Position) => [lon, lat] as const),
  );
};

const hokkaidoVerticesIn = (extent: Extent): number => {
  const hokkaido = outlines.features.find((f) => featureKey(f) === HOKKAIDO);
  return (hokkaido?.geometry.coordinates.flat(2) ?? []).filter(
    ([lon = NaN, lat = NaN]) =>
      lon >= extent[0] && lon <= extent[2] && lat >= extent[1] && lat <= extent[3],
  ).length;
};

describe('extentOf and extentContains', () => {
  it('bounds the points, and knows a box inside another', () => {
    expect(
      extentOf([
        [1, 2],
        [3, -1],
        [2, 5],
      ]),
    ).toEqual([1, -1, 3, 5]);
    expect(extentContains([0, 0, 10, 10], [1, 1, 2, 2])).toBe(true);
    expect(extentContains([0, 0, 10, 10], [1, 1, 11, 2])).toBe(false);
    expect(() => extentOf([])).toThrow(/at least one point/);
  });
});

describe('nearestCoast', () => {
  it('keeps the nearest vertex and those within the reach beyond it', () => {
    const coast = [
      [0, 0],
      [0.1, 0],
      [1, 0],
    ] as const;
    // 0.1° of longitude at the equator is about 11 km.
    expect(nearestCoast([...coast], [[0, 0.01]], 15)).toEqual([
      [0, 0],
      [0.1, 0],
    ]);
    expect(nearestCoast([...coast], [], 15)).toEqual([]);
  });
});

describe('contextExtent', () => {
  it('shows each island with its neighbours and a stretch of Hokkaido', () => {
    for (const island of ISLANDS) {
      const extent = contextExtent(outlines, island.id);
      expect(extentContains(extent, boundsOf(island.id)), island.id).toBe(true);
      for (const neighbour of ISLAND_NEIGHBOURS[island.id] ?? []) {
        expect(extentContains(extent, boundsOf(neighbour)), `${island.id}: ${neighbour}`).toBe(
          true,
        );
      }
      expect(hokkaidoVerticesIn(extent), `${island.id}: Hokkaido`).toBeGreaterThan(5);
    }
  });

  it('gives Shikotan and Habomai a view of the Nemuro peninsula, not all of Hokkaido’s east', () => {
    const shikotan = contextExtent(outlines, 'shikotan');
    // Cape Nosappu, at about 145.82°E 43.38°N, is in view; Shiretoko's tip (44.35°N) adds nothing.
    expect(extentContains(shikotan, [145.8, 43.37, 145.83, 43.39])).toBe(true);
    expect(shikotan[0]).toBeGreaterThan(145.0);
    expect(shikotan[2] - shikotan[0]).toBeLessThan(2);
  });

  it('shows every island and Urup on the overview, inside the outlines’ region', () => {
    const overview = contextExtent(outlines, null);
    for (const key of [...ISLANDS.map((island) => island.id), 'Urup']) {
      expect(extentContains(overview, boundsOf(key)), key).toBe(true);
    }
    expect(hokkaidoVerticesIn(overview)).toBeGreaterThan(5);
    expect(extentContains(outlines.bbox, overview)).toBe(true);
  });

  it('leaves out neighbours the outlines lack, and refuses an unknown focus', () => {
    const extent = contextExtent(outlines, 'shikotan', { neighbours: { shikotan: ['atlantis'] } });
    expect(extentContains(extent, boundsOf('shikotan'))).toBe(true);
    expect(() => contextExtent(outlines, 'atlantis')).toThrow(/no island "atlantis"/);
  });
});

describe('expandToAspect', () => {
  it('widens a tall extent and heightens a wide one about its centre, to the Web Mercator shape asked', () => {
    const tall: Extent = [145.4, 43.2, 146.9, 44.5];
    const wide = expandToAspect(tall, 1.5);
    expect(mercatorAspectRatio(wide)).toBeCloseTo(1.5, 6);
    expect(wide[1]).toBe(43.2);
    expect(wide[3]).toBe(44.5);
    expect((wide[0] + wide[2]) / 2).toBeCloseTo(146.15, 6);
    const strip: Extent = [140, 44, 150, 45];
    const taller = expandToAspect(strip, 2);
    expect(mercatorAspectRatio(taller)).toBeCloseTo(2, 6);
    expect([taller[0], taller[2]]).toEqual([140, 150]);
    expect(extentContains(taller, strip)).toBe(true);
    expect(() => expandToAspect(strip, 0)).toThrow(/positive/);
  });
});

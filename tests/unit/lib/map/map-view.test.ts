import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { haversineKm, pointInPolygon } from '../../../../src/lib/map/geo.ts';
import type { LonLat } from '../../../../src/lib/map/geo.ts';
import { overlapArea } from '../../../../src/lib/map/labels.ts';
import { asTopology } from '../../../../src/lib/map/land.ts';
import { FIXED_PLACES, buildMapView, easternmostPoint, type MapView } from '../../../../src/lib/map/map-view.ts';
import { buildIslandOutlines, type IslandOutlines } from '../../../../src/lib/map/outlines.ts';

const ISLANDS = [
  { id: 'etorofu', lat: 45.0333, lon: 147.6167, names: { both: 'Etorofu (Iturup)', japanese: 'Etorofu', russian: 'Iturup' } },
  { id: 'kunashiri', lat: 44.1167, lon: 145.85, names: { both: 'Kunashiri (Kunashir)', japanese: 'Kunashiri', russian: 'Kunashir' } },
  { id: 'shikotan', lat: 43.8, lon: 146.75, names: { both: 'Shikotan', japanese: 'Shikotan', russian: 'Shikotan' } },
  { id: 'habomai', lat: 43.5, lon: 146.1333, names: { both: 'Habomai', japanese: 'Habomai', russian: 'Habomai' } },
];

let outlines: IslandOutlines;
let view: MapView;

beforeAll(() => {
  const path = createRequire(import.meta.url).resolve('world-atlas/land-10m.json');
  outlines = buildIslandOutlines(asTopology(JSON.parse(readFileSync(path, 'utf8'))), ISLANDS);
  view = buildMapView(outlines, ISLANDS);
});

const landAt = (lat: number, lon: number): string | null => {
  const point: LonLat = [lon, lat];
  const feature = outlines.features.find((f) =>
    f.geometry.coordinates.some((polygon) =>
      pointInPolygon(point, polygon.map((ring) => ring.map(([x = NaN, y = NaN]): LonLat => [x, y]))),
    ),
  );
  if (feature === undefined) return null;
  return feature.properties.kind === 'island' ? feature.properties.id : feature.properties.name;
};

describe('the places named on the map', () => {
  it('puts the seas in open water and Hokkaido on Hokkaido', () => {
    for (const place of FIXED_PLACES) {
      expect(landAt(place.lat, place.lon), place.name).toBe(place.kind === 'sea' ? null : place.name);
    }
  });

  it('finds Cape Nosappu as Hokkaido’s easternmost point, at about 43°23′N 145°49′E', () => {
    const hokkaido = outlines.features.find((f) => f.properties.kind === 'context' && f.properties.name === 'Hokkaido');
    expect(hokkaido).toBeDefined();
    const cape = easternmostPoint(hokkaido!);
    expect(haversineKm([cape.lon, cape.lat], [145 + 49 / 60, 43 + 23 / 60])).toBeLessThan(3);
  });
});

describe('buildMapView', () => {
  it('fits the region exactly: the viewBox has its Web Mercator shape', () => {
    expect(view.width).toBe(1000);
    expect(view.height).toBeGreaterThan(850);
    expect(view.height).toBeLessThan(900);
  });

  it('draws every island and the context land as SVG paths', () => {
    expect(view.islands.map((island) => island.id)).toEqual(ISLANDS.map((island) => island.id));
    for (const island of view.islands) expect(island.d).toMatch(/^M[\d.]+ [\d.]+L/);
    expect(view.contextPaths.map((path) => path.name)).toContain('Hokkaido');
  });

  it('places every label inside the map, and no island label on another label', () => {
    const labels = [...view.islands.map((island) => island.label), ...view.places.map((place) => place.label)];
    for (const { id, box } of labels) {
      expect(box.x, id).toBeGreaterThanOrEqual(0);
      expect(box.y, id).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, id).toBeLessThanOrEqual(view.width);
      expect(box.y + box.height, id).toBeLessThanOrEqual(view.height);
    }
    for (const island of view.islands) {
      for (const other of labels) {
        if (other.id !== island.id) expect(overlapArea(island.label.box, other.box), `${island.id} / ${other.id}`).toBe(0);
      }
    }
  });

  it('gives the interactive map the same anchors and sides, in degrees', () => {
    const etorofu = view.islands.find((island) => island.id === 'etorofu');
    expect(etorofu?.anchor).toEqual({ lat: 45.0333, lon: 147.6167, side: etorofu?.label.side });
    const cape = view.places.find((place) => place.kind === 'point');
    expect(cape?.name).toBe('Cape Nosappu');
    expect(cape?.dot?.lat).toBeCloseTo(cape?.anchor.lat ?? 0, 6);
  });
});

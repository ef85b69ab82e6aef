import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { haversineKm, pointInPolygon } from '../../../../src/lib/map/geo.ts';
import type { LonLat } from '../../../../src/lib/map/geo.ts';
import { overlapArea } from '../../../../src/lib/map/labels.ts';
import { asTopology } from '../../../../src/lib/map/land.ts';
import { contextExtent, expandToAspect } from '../../../../src/lib/map/extent.ts';
import { buildMapView, easternmostPoint, type MapView } from '../../../../src/lib/map/map-view.ts';
import { CONTEXT_PLACES } from '../../../../src/lib/map/places.ts';
import { buildIslandOutlines, type IslandOutlines } from '../../../../src/lib/map/outlines.ts';

const ISLANDS = [
  {
    id: 'etorofu',
    lat: 45.0333,
    lon: 147.6167,
    names: { both: 'Etorofu (Iturup)', japanese: 'Etorofu', russian: 'Iturup' },
  },
  {
    id: 'kunashiri',
    lat: 44.1167,
    lon: 145.85,
    names: { both: 'Kunashiri (Kunashir)', japanese: 'Kunashiri', russian: 'Kunashir' },
  },
  {
    id: 'shikotan',
    lat: 43.8,
    lon: 146.75,
    names: { both: 'Shikotan', japanese: 'Shikotan', russian: 'Shikotan' },
  },
  {
    id: 'habomai',
    lat: 43.5,
    lon: 146.1333,
    names: { both: 'Habomai', japanese: 'Habomai', russian: 'Habomai' },
  },
];

let outlines: IslandOutlines;
let view: MapView;

beforeAll(() => {
  const path = createRequire(import.meta.url).resolve('world-atlas/land-10m.json');
  outlines = buildIslandOutlines(asTopology(JSON.parse(readFileSync(path, 'utf8'))), ISLANDS);
  // As the site draws it (src/data/map.ts): the overview, grown to the shape of its frame.
  view = buildMapView(outlines, ISLANDS, {
    extent: expandToAspect(contextExtent(outlines, null), 1.3),
  });
});

const landAt = (lat: number, lon: number): string | null => {
  const point: LonLat = [lon, lat];
  const feature = outlines.features.find((f) =>
    f.geometry.coordinates.some((polygon) =>
      pointInPolygon(
        point,
        polygon.map((ring) => ring.map(([x = NaN, y = NaN]): LonLat => [x, y])),
      ),
    ),
  );
  if (feature === undefined) return null;
  return feature.properties.kind === 'island' ? feature.properties.id : feature.properties.name;
};

describe('the places named on the map', () => {
  it('puts every sea anchor in open water and every land anchor on the land it names', () => {
    for (const place of CONTEXT_PLACES) {
      for (const anchor of place.anchors) {
        expect(landAt(anchor.lat, anchor.lon), `${place.id} at ${anchor.lat}, ${anchor.lon}`).toBe(
          place.kind === 'sea' ? null : place.id,
        );
      }
    }
  });

  it('names Urup by the reader’s choice, like the islands', () => {
    const urup = CONTEXT_PLACES.find((place) => place.id === 'Urup');
    expect(urup?.names).toEqual({ both: 'Uruppu (Urup)', japanese: 'Uruppu', russian: 'Urup' });
  });

  it('finds Cape Nosappu as Hokkaido’s easternmost point, at about 43°23′N 145°49′E', () => {
    const hokkaido = outlines.features.find(
      (f) => f.properties.kind === 'context' && f.properties.name === 'Hokkaido',
    );
    expect(hokkaido).toBeDefined();
    const cape = easternmostPoint(hokkaido!);
    expect(haversineKm([cape.lon, cape.lat], [145 + 49 / 60, 43 + 23 / 60])).toBeLessThan(3);
  });
});

describe('buildMapView', () => {
  it('fits the extent exactly: the viewBox has its Web Mercator shape', () => {
    expect(view.width).toBe(1000);
    expect(view.height).toBe(Math.round(1000 / 1.3));
  });

  it('names Hokkaido, Urup, Cape Nosappu and both seas on the overview', () => {
    expect(view.places.map((place) => place.id).sort()).toEqual(
      ['Cape Nosappu', 'Hokkaido', 'Pacific Ocean', 'Sea of Okhotsk', 'Urup'].sort(),
    );
  });

  it('names on an island’s map only the places whose anchor is in its view', () => {
    const shikotan = buildMapView(outlines, ISLANDS, {
      extent: contextExtent(outlines, 'shikotan'),
    });
    const ids = shikotan.places.map((place) => place.id);
    expect(ids).toContain('Hokkaido');
    expect(ids).not.toContain('Urup');
    expect(ids).not.toContain('Sea of Okhotsk');
    for (const place of shikotan.places) {
      const { box } = place.label;
      expect(
        box.x >= 0 &&
          box.y >= 0 &&
          box.x + box.width <= shikotan.width &&
          box.y + box.height <= shikotan.height,
        place.id,
      ).toBe(true);
    }
  });

  it('draws every island and the context land as SVG paths', () => {
    expect(view.islands.map((island) => island.id)).toEqual(ISLANDS.map((island) => island.id));
    for (const island of view.islands) expect(island.d).toMatch(/^M-?[\d.]+ ?-?[\d.]+l/);
    expect(view.contextPaths.map((path) => path.name)).toContain('Hokkaido');
  });

  it('places every label inside the map, and no island label on another label', () => {
    const labels = [
      ...view.islands.map((island) => island.label),
      ...view.places.map((place) => place.label),
    ];
    for (const { id, box } of labels) {
      expect(box.x, id).toBeGreaterThanOrEqual(0);
      expect(box.y, id).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, id).toBeLessThanOrEqual(view.width);
      expect(box.y + box.height, id).toBeLessThanOrEqual(view.height);
    }
    for (const island of view.islands) {
      for (const other of labels) {
        if (other.id !== island.id)
          expect(overlapArea(island.label.box, other.box), `${island.id} / ${other.id}`).toBe(0);
      }
    }
  });

  it('gives the interactive map the same anchors and sides, in degrees', () => {
    const etorofu = view.islands.find((island) => island.id === 'etorofu');
    expect(etorofu?.anchor).toEqual({ lat: 45.0333, lon: 147.6167, side: etorofu?.label.side });
    const cape = view.places.find((place) => place.kind === 'point');
    expect(cape?.id).toBe('Cape Nosappu');
    expect(cape?.dot?.lat).toBeCloseTo(43.38, 1);
  });
});

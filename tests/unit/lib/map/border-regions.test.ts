import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { MultiPolygon } from 'geojson';
import {
  NORTHERN_KURILS_BOX,
  SAKHALIN_DIVIDE_LAT,
  borderRegionLand,
} from '../../../../src/lib/map/border-regions.ts';
import { asTopology } from '../../../../src/lib/map/land.ts';
import { buildIslandOutlines, type IslandOutlines } from '../../../../src/lib/map/outlines.ts';

const square = (west: number, south: number, size: number): number[][][] => [
  [
    [west, south],
    [west + size, south],
    [west + size, south + size],
    [west, south + size],
    [west, south],
  ],
];

const outlinesOf = (
  features: { kind: 'context' | 'island'; polygons: number[][][][] }[],
): IslandOutlines => ({
  type: 'FeatureCollection',
  bbox: [139, 41, 159, 53],
  features: features.map(({ kind, polygons }, index) => ({
    type: 'Feature',
    properties: kind === 'island' ? { kind, id: `island-${index}` } : { kind, name: null },
    geometry: { type: 'MultiPolygon', coordinates: polygons },
  })),
});

const latitudes = (land: MultiPolygon | undefined) =>
  (land?.coordinates ?? []).flat(2).map(([, lat]) => lat!);

describe('borderRegionLand', () => {
  it('cuts the polygon holding Sakhalin at the 50th parallel into its two regions', () => {
    const sakhalin = [
      [
        [142, 46],
        [143.5, 46],
        [143.5, 52],
        [142, 52],
        [142, 46],
      ],
    ];
    const land = borderRegionLand(outlinesOf([{ kind: 'context', polygons: [sakhalin] }]));
    expect(Math.max(...latitudes(land['southern-sakhalin']))).toBe(SAKHALIN_DIVIDE_LAT);
    expect(Math.min(...latitudes(land['southern-sakhalin']))).toBe(46);
    expect(Math.min(...latitudes(land['northern-sakhalin']))).toBe(SAKHALIN_DIVIDE_LAT);
    expect(Math.max(...latitudes(land['northern-sakhalin']))).toBe(52);
    expect(land['northern-kurils']).toBeUndefined();
  });

  it('counts as northern Kurils only context land wholly inside their box', () => {
    const urup = square(149.5, 45.6, 0.3);
    const kamchatkaTip = square(156, 50.8, 1.5); // runs north out of the box
    const hokkaido = square(142, 42.5, 2);
    const islandInBox = square(150, 46, 0.2); // an island of the fact file, not context land
    const land = borderRegionLand(
      outlinesOf([
        { kind: 'context', polygons: [urup, kamchatkaTip, hokkaido] },
        { kind: 'island', polygons: [islandInBox] },
      ]),
    );
    expect(land['northern-kurils']?.coordinates).toEqual([urup]);
    expect(land['southern-sakhalin']).toBeUndefined();
  });

  it('finds Urup, Shumshu and Sakhalin in the Natural Earth land the border maps draw', () => {
    const require = createRequire(import.meta.url);
    const topology = asTopology(
      JSON.parse(readFileSync(require.resolve('world-atlas/land-10m.json'), 'utf8')),
    );
    const outlines = buildIslandOutlines(
      topology,
      [
        { id: 'etorofu', lat: 45.0, lon: 147.7 },
        { id: 'kunashiri', lat: 44.1, lon: 145.9 },
        { id: 'shikotan', lat: 43.8, lon: 146.7 },
        { id: 'habomai', lat: 43.5, lon: 146.2 },
      ],
      { bbox: { west: 139.5, south: 41.0, east: 158.5, north: 52.5 }, simplifyTolerance: 0.01 },
    );
    const land = borderRegionLand(outlines);
    const kurils = land['northern-kurils']!.coordinates;
    const boxes = kurils.map((polygon) => {
      const points = polygon[0]!;
      return {
        west: Math.min(...points.map(([lon]) => lon!)),
        east: Math.max(...points.map(([lon]) => lon!)),
        north: Math.max(...points.map(([, lat]) => lat!)),
      };
    });
    // Urup's western tip lies at about 149.4° E, Shumshu's northern shore near 50.9° N.
    expect(Math.min(...boxes.map((box) => box.west))).toBeLessThan(149.6);
    expect(Math.max(...boxes.map((box) => box.north))).toBeGreaterThan(50.6);
    expect(Math.max(...boxes.map((box) => box.east))).toBeLessThanOrEqual(NORTHERN_KURILS_BOX.east);
    expect(kurils.length).toBeGreaterThan(10);
    // Sakhalin runs from Cape Crillon (about 45.9° N) past the map's northern edge.
    expect(Math.min(...latitudes(land['southern-sakhalin']))).toBeLessThan(46.1);
    expect(Math.max(...latitudes(land['northern-sakhalin']))).toBeCloseTo(52.5, 1);
  });
});

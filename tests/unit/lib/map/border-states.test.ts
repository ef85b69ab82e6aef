import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import {
  borderLinesGeoJson,
  holdingSentence,
  islandStatus,
  linePath,
  shadeOf,
  stateExtent,
  stateShading,
  stateYear,
  statusText,
} from '../../../../src/lib/map/border-states.ts';
import { pointInPolygon } from '../../../../src/lib/map/geo.ts';
import type { PolygonRings } from '../../../../src/lib/map/geo.ts';
import { asTopology } from '../../../../src/lib/map/land.ts';
import { islandCentres } from '../../../../src/lib/map/outline-asset.ts';
import { buildIslandOutlines } from '../../../../src/lib/map/outlines.ts';
import { BorderStateSchema, type BorderState } from '../../../../src/schemas/border.ts';
import { IslandSchema } from '../../../../src/schemas/island.ts';

const read = (file: string) =>
  parse(
    readFileSync(
      fileURLToPath(new URL(`../../../../content/facts/${file}`, import.meta.url)),
      'utf8',
    ),
  );
const states: BorderState[] = z.array(BorderStateSchema).parse(read('borders.yaml'));
const islands = z.array(IslandSchema).parse(read('islands.yaml'));

const example = BorderStateSchema.parse({
  id: '1956',
  label: '1956',
  title: 'Example',
  date: { start: '1956-10-19', end: '1956-12-12' },
  event: 'joint-declaration-1956',
  sources: ['a-source'],
  summary: 'An example.',
  holdings: [
    { islands: ['shikotan', 'habomai'], heldBy: 'soviet-union', claimedBy: ['japan'] },
    { regions: ['southern-sakhalin'], note: 'No border crossed it.' },
  ],
  lines: [
    {
      id: 'a-line',
      label: 'A line',
      kind: 'proposal',
      points: [
        [43.5, 145.5],
        [44.0, 146.5],
      ],
      schematic: true,
      note: 'Drawn for the test.',
      sources: ['a-source'],
    },
  ],
  extent: { west: 145, south: 43, east: 147, north: 45 },
});

describe('islandStatus and statusText', () => {
  it('finds who held and who claimed an island', () => {
    expect(islandStatus(example, 'habomai')).toEqual({
      heldBy: 'soviet-union',
      claimedBy: ['japan'],
      note: undefined,
    });
    expect(islandStatus(example, 'etorofu')).toBeNull();
  });

  it('says it in words, with "the" before the Soviet Union', () => {
    expect(statusText({ heldBy: 'soviet-union', claimedBy: ['japan'] })).toBe(
      'held by the Soviet Union, claimed by Japan',
    );
    expect(statusText({ heldBy: 'japan', claimedBy: [] })).toBe('held by Japan');
    expect(statusText({ heldBy: undefined, claimedBy: [] })).toBe('not divided by any border');
  });

  it('writes a holding as a sentence of the text equivalent', () => {
    const name = (id: string) => id[0]?.toUpperCase() + id.slice(1);
    expect(holdingSentence(example.holdings[0]!, name)).toBe(
      'Shikotan and Habomai: held by the Soviet Union, claimed by Japan.',
    );
    expect(holdingSentence(example.holdings[1]!, name)).toBe(
      'Sakhalin south of the 50th parallel: not divided by any border. No border crossed it.',
    );
  });
});

describe('stateYear, stateExtent and linePath', () => {
  it('takes the year a state began, or null for today', () => {
    expect(stateYear(example)).toBe(1956);
    expect(stateYear({ date: undefined })).toBeNull();
  });

  it('projects a line into the viewBox of its extent, north up', () => {
    expect(stateExtent(example)).toEqual([145, 43, 147, 45]);
    const d = linePath(example.lines[0]!.points, stateExtent(example), {
      width: 1000,
      height: 1000,
    });
    const [start, end] = [...d.matchAll(/[ML]([\d.]+) ([\d.]+)/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(d.startsWith('M')).toBe(true);
    // The north-east end is right of and above the south-west end.
    expect(end![0]).toBeGreaterThan(start![0]);
    expect(end![1]).toBeLessThan(start![1]);
    expect(start![0]).toBeGreaterThanOrEqual(0);
    expect(end![0]).toBeLessThanOrEqual(1000);
  });
});

describe('borderLinesGeoJson', () => {
  it('writes one Feature per line, coordinates as [lon, lat], with state, year, flag and sources', () => {
    const collection = borderLinesGeoJson([example]);
    expect(collection.features).toHaveLength(1);
    const [feature] = collection.features;
    expect(feature?.geometry.coordinates).toEqual([
      [145.5, 43.5],
      [146.5, 44.0],
    ]);
    expect(feature?.properties).toMatchObject({
      id: 'a-line',
      state: '1956',
      year: 1956,
      schematic: true,
      sources: ['a-source'],
    });
  });
});

describe('the border states of the fact file', () => {
  it('run from 1855 to today, in order, each with its holdings for all four islands', () => {
    expect(states.map((state) => state.id)).toEqual([
      '1855',
      '1875',
      '1905',
      '1945',
      '1956',
      'today',
    ]);
    const years = states.map(stateYear).filter((year) => year !== null);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    for (const state of states) {
      for (const island of islands)
        expect(islandStatus(state, island.id), `${state.id} ${island.id}`).not.toBeNull();
    }
  });

  it('give every line a unique id', () => {
    const ids = states.flatMap((state) => state.lines.map((line) => line.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('draw no line across the land of the four islands or Hokkaido', () => {
    const require = createRequire(import.meta.url);
    const topology = asTopology(
      JSON.parse(readFileSync(require.resolve('world-atlas/land-10m.json'), 'utf8')),
    );
    const outlines = buildIslandOutlines(topology, islandCentres(islands));
    const land: { name: string; polygon: PolygonRings }[] = outlines.features
      .filter((f) => f.properties.kind === 'island' || f.properties.name === 'Hokkaido')
      .flatMap((f) =>
        f.geometry.coordinates.map((polygon) => ({
          name: f.properties.kind === 'island' ? f.properties.id : String(f.properties.name),
          polygon: polygon.map((ring) =>
            ring.map(([lon = NaN, lat = NaN]) => [lon, lat]),
          ) as PolygonRings,
        })),
      );
    const crossings: string[] = [];
    for (const state of states) {
      for (const line of state.lines) {
        line.points.slice(1).forEach(([lat, lon], index) => {
          const [lat0, lon0] = line.points[index]!;
          for (let step = 0; step <= 50; step += 1) {
            const t = step / 50;
            const point: [number, number] = [lon0 + (lon - lon0) * t, lat0 + (lat - lat0) * t];
            const hit = land.find((shape) => pointInPolygon(point, shape.polygon));
            if (hit)
              crossings.push(
                `${line.id} crosses ${hit.name} at ${point[1].toFixed(3)}, ${point[0].toFixed(3)}`,
              );
          }
        });
      }
    }
    expect(crossings).toEqual([]);
  });

  it('keep the 1855 line between Etorofu and Urup, and Japan’s claim today on it', () => {
    const line1855 = states[0]!.lines[0]!;
    const claim = states.at(-1)!.lines.find((line) => line.kind === 'claim')!;
    expect(claim.points).toEqual(line1855.points);
    // The strait lies east of Etorofu's north-eastern tip (about 148.9° E) and west of Urup.
    for (const [, lon] of line1855.points) {
      expect(lon).toBeGreaterThan(148.9);
      expect(lon).toBeLessThan(149.5);
    }
  });
});

describe('stateShading', () => {
  it('shades each island and region by its holder, Russia and the Soviet Union alike', () => {
    const shading = stateShading({
      holdings: [
        {
          islands: ['etorofu'],
          regions: ['northern-kurils'],
          heldBy: 'soviet-union',
          claimedBy: ['japan'],
        },
        { islands: ['shikotan'], regions: ['southern-sakhalin'], heldBy: 'japan', claimedBy: [] },
        { islands: [], regions: ['northern-sakhalin'], claimedBy: [], note: 'Undivided.' },
      ],
    });
    expect(shading).toEqual({
      islands: { etorofu: 'russia', shikotan: 'japan' },
      regions: { 'northern-kurils': 'russia', 'southern-sakhalin': 'japan' },
    });
  });

  it('gives a party that is neither side no shade', () => {
    expect(shadeOf('united-states')).toBeUndefined();
    expect(shadeOf(undefined)).toBeUndefined();
  });
});

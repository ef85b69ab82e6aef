import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../../../src/lib/map/geo.ts';
import type { OutlineFeature } from '../../../../src/lib/map/outlines.ts';
import { closestVertices, lineAcrossStrait } from '../../../../src/lib/map/schematic-line.ts';

const square = (west: number, south: number, size: number, id: string): OutlineFeature => ({
  type: 'Feature',
  properties: { kind: 'island', id },
  geometry: {
    type: 'MultiPolygon',
    coordinates: [[[[west, south], [west + size, south], [west + size, south + size], [west, south + size], [west, south]]]],
  },
});

// Two islands side by side along the 45th parallel, 0.2° of longitude apart.
const westIsland = square(147, 45, 0.5, 'west');
const eastIsland = square(147.7, 45, 0.5, 'east');

describe('closestVertices', () => {
  it('finds the facing corners', () => {
    const [p, q] = closestVertices(westIsland, eastIsland);
    expect(p[0]).toBe(147.5);
    expect(q[0]).toBe(147.7);
  });
});

describe('lineAcrossStrait', () => {
  const line = lineAcrossStrait(westIsland, eastIsland, 40);

  it('runs through the middle of the gap, at right angles to it (here north–south)', () => {
    expect(line).toHaveLength(2);
    for (const [, lon] of line) expect(lon).toBeCloseTo(147.6, 6);
  });

  it('is as long as asked', () => {
    const [[lat1, lon1] = [0, 0], [lat2, lon2] = [0, 0]] = line;
    expect(haversineKm([lon1, lat1], [lon2, lat2])).toBeCloseTo(40, 0);
  });

  it('refuses features that touch', () => {
    expect(() => lineAcrossStrait(westIsland, westIsland, 10)).toThrow(/touch/);
  });
});

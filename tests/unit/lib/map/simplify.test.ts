import { describe, expect, it } from 'vitest';
import { distanceToSegment, simplifyLine, simplifyRing } from '../../../../src/lib/map/simplify.ts';
import type { LonLat, Ring } from '../../../../src/lib/map/geo.ts';

describe('distanceToSegment', () => {
  it('measures perpendicular distance inside the segment and endpoint distance beyond it', () => {
    expect(distanceToSegment([1, 1], [0, 0], [2, 0])).toBe(1);
    expect(distanceToSegment([5, 4], [0, 0], [2, 0])).toBe(5);
    expect(distanceToSegment([3, 4], [0, 0], [0, 0])).toBe(5);
  });
});

describe('simplifyLine', () => {
  // A zig-zag with small wiggles (0.01) and one large spike (1) at x = 5.
  const line: LonLat[] = [
    [0, 0],
    [1, 0.01],
    [2, 0],
    [3, -0.01],
    [4, 0],
    [5, 1],
    [6, 0],
    [7, 0.01],
    [8, 0],
  ];

  it('always keeps the first and last points', () => {
    const simplified = simplifyLine(line, 0.1);
    expect(simplified[0]).toEqual([0, 0]);
    expect(simplified[simplified.length - 1]).toEqual([8, 0]);
  });

  it('drops wiggles below the tolerance and keeps features above it', () => {
    expect(simplifyLine(line, 0.1)).toEqual([
      [0, 0],
      [4, 0],
      [5, 1],
      [6, 0],
      [8, 0],
    ]);
  });

  it('keeps every point at zero tolerance', () => {
    expect(simplifyLine(line, 0)).toEqual(line);
  });

  it('keeps only the endpoints when the tolerance exceeds every deviation', () => {
    expect(simplifyLine(line, 2)).toEqual([
      [0, 0],
      [8, 0],
    ]);
  });
});

describe('simplifyRing', () => {
  it('removes collinear points from a square and keeps it closed', () => {
    const square: Ring = [
      [0, 0],
      [1, 0],
      [2, 0],
      [2, 1],
      [2, 2],
      [1, 2],
      [0, 2],
      [0, 1],
      [0, 0],
    ];
    const simplified = simplifyRing(square, 0.01);
    expect(simplified).toHaveLength(5);
    expect(simplified[0]).toEqual(simplified[simplified.length - 1]);
    expect(new Set(simplified.map((p) => p.join()))).toEqual(new Set(['0,0', '2,0', '2,2', '0,2']));
  });

  it('leaves a small islet alone rather than collapsing it', () => {
    const islet: Ring = [
      [0, 0],
      [0.001, 0],
      [0.001, 0.001],
      [0, 0.001],
      [0, 0],
    ];
    expect(simplifyRing(islet, 0.01)).toEqual(islet);
  });
});

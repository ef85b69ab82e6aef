import { describe, expect, it } from 'vitest';
import { clipPolygonToBBox, clipRingToBBox } from '../../../../src/lib/map/clip.ts';
import { ringSignedArea, ringsBBox } from '../../../../src/lib/map/geo.ts';
import type { Ring } from '../../../../src/lib/map/geo.ts';

const unitBox = { west: 0, south: 0, east: 1, north: 1 };

describe('clipRingToBBox', () => {
  it('cuts a square that overhangs the box down to the overlap', () => {
    const overhanging: Ring = [
      [0.5, 0.5],
      [2, 0.5],
      [2, 2],
      [0.5, 2],
      [0.5, 0.5],
    ];
    const clipped = clipRingToBBox(overhanging, unitBox);
    expect(ringsBBox([clipped])).toEqual({ west: 0.5, south: 0.5, east: 1, north: 1 });
    expect(ringSignedArea(clipped)).toBeCloseTo(0.25, 12);
    expect(clipped[0]).toEqual(clipped[clipped.length - 1]);
  });

  it('adds the crossing points where an edge leaves the box', () => {
    // A triangle whose apex pokes out through the north edge at x = 0.5.
    const triangle: Ring = [
      [0.2, 0.2],
      [0.8, 0.2],
      [0.5, 1.8],
      [0.2, 0.2],
    ];
    const clipped = clipRingToBBox(triangle, unitBox);
    // slice: the closing position repeats the first, which is itself a crossing point.
    const onNorthEdge = clipped.slice(0, -1).filter(([, lat]) => lat === 1);
    expect(onNorthEdge).toHaveLength(2);
    expect(onNorthEdge.map(([lon]) => lon).sort()).toEqual(
      [0.35, 0.65].map((x) => expect.closeTo(x, 12)),
    );
  });

  it('keeps a ring that lies inside the box unchanged', () => {
    const inside: Ring = [
      [0.1, 0.1],
      [0.9, 0.1],
      [0.5, 0.9],
      [0.1, 0.1],
    ];
    expect(clipRingToBBox(inside, unitBox)).toEqual(inside);
  });

  it('returns nothing for a ring outside the box, even one whose bbox overlaps it', () => {
    const away: Ring = [
      [2, 2],
      [3, 2],
      [3, 3],
      [2, 2],
    ];
    expect(clipRingToBBox(away, unitBox)).toEqual([]);
    // An L around the box's north-east corner: its bbox covers the box, the shape does not.
    const lShape: Ring = [
      [-1, 1.5],
      [2, 1.5],
      [2, -1],
      [3, -1],
      [3, 2],
      [-1, 2],
      [-1, 1.5],
    ];
    expect(clipRingToBBox(lShape, unitBox)).toEqual([]);
  });
});

describe('clipPolygonToBBox', () => {
  it('drops holes outside the box and keeps those inside', () => {
    const outer: Ring = [
      [-1, -1],
      [3, -1],
      [3, 3],
      [-1, 3],
      [-1, -1],
    ];
    const holeInside: Ring = [
      [0.4, 0.4],
      [0.4, 0.6],
      [0.6, 0.6],
      [0.4, 0.4],
    ];
    const holeOutside: Ring = [
      [2, 2],
      [2, 2.5],
      [2.5, 2.5],
      [2, 2],
    ];
    const clipped = clipPolygonToBBox([outer, holeInside, holeOutside], unitBox);
    expect(clipped).toHaveLength(2);
    expect(clipped?.[1]).toEqual(holeInside);
  });

  it('returns null when the outer ring is outside', () => {
    expect(
      clipPolygonToBBox(
        [
          [
            [5, 5],
            [6, 5],
            [6, 6],
            [5, 5],
          ],
        ],
        unitBox,
      ),
    ).toBeNull();
  });
});

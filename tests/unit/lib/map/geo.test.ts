import { describe, expect, it } from 'vitest';
import {
  bboxesIntersect,
  closeRing,
  haversineKm,
  nearestVertexDistanceKm,
  orientPolygon,
  pointInPolygon,
  pointInRing,
  polygonArea,
  removeRepeatedPositions,
  ringSignedArea,
  ringsBBox,
  roundCoordinate,
} from '../../../../src/lib/map/geo.ts';
import type { LonLat, PolygonRings, Ring } from '../../../../src/lib/map/geo.ts';

const square = (west: number, south: number, size: number): Ring => [
  [west, south],
  [west + size, south],
  [west + size, south + size],
  [west, south + size],
  [west, south],
];

/** A 10×10 square with a 2×2 hole in the middle. */
const squareWithHole: PolygonRings = [square(0, 0, 10), square(4, 4, 2).reverse()];

describe('pointInRing', () => {
  it('tells inside from outside a concave ring', () => {
    // A "C" shape opening to the east: the notch (x 2..4, y 2..4) is outside.
    const cShape: Ring = [
      [0, 0],
      [4, 0],
      [4, 2],
      [2, 2],
      [2, 4],
      [4, 4],
      [4, 6],
      [0, 6],
      [0, 0],
    ];
    expect(pointInRing([1, 3], cShape)).toBe(true);
    expect(pointInRing([3, 3], cShape)).toBe(false);
    expect(pointInRing([3, 5], cShape)).toBe(true);
    expect(pointInRing([5, 3], cShape)).toBe(false);
  });

  it('counts a ray through a vertex once', () => {
    const diamond: Ring = [
      [0, -1],
      [1, 0],
      [0, 1],
      [-1, 0],
      [0, -1],
    ];
    // The eastward ray from (-0.5, 0) passes exactly through the vertex (1, 0).
    expect(pointInRing([-0.5, 0], diamond)).toBe(true);
    expect(pointInRing([-2, 0], diamond)).toBe(false);
  });
});

describe('pointInPolygon', () => {
  it('excludes points in a hole but includes the land around it', () => {
    expect(pointInPolygon([5, 5], squareWithHole)).toBe(false);
    expect(pointInPolygon([2, 2], squareWithHole)).toBe(true);
    expect(pointInPolygon([7, 5], squareWithHole)).toBe(true);
    expect(pointInPolygon([11, 5], squareWithHole)).toBe(false);
  });

  it('is false for an empty polygon', () => {
    expect(pointInPolygon([0, 0], [])).toBe(false);
  });
});

describe('areas and orientation', () => {
  it('gives counter-clockwise rings a positive area', () => {
    expect(ringSignedArea(square(0, 0, 2))).toBe(4);
    expect(ringSignedArea([...square(0, 0, 2)].reverse())).toBe(-4);
  });

  it('subtracts holes from a polygon area', () => {
    expect(polygonArea(squareWithHole)).toBe(96);
  });

  it('orients outer rings counter-clockwise and holes clockwise', () => {
    const backwards: PolygonRings = [[...square(0, 0, 10)].reverse(), square(4, 4, 2)];
    const [outer, hole] = orientPolygon(backwards);
    expect(ringSignedArea(outer ?? [])).toBeGreaterThan(0);
    expect(ringSignedArea(hole ?? [])).toBeLessThan(0);
  });
});

describe('haversineKm', () => {
  it('measures one degree of latitude as about 111 km', () => {
    expect(haversineKm([146, 43], [146, 44])).toBeCloseTo(111.2, 1);
  });

  it('shrinks a degree of longitude with latitude (cos 60° = 0.5)', () => {
    expect(haversineKm([0, 60], [1, 60])).toBeCloseTo(55.6, 1);
  });

  it('measures the distance to the nearest vertex of a polygon', () => {
    const polygon: PolygonRings = [square(1, 0, 1)];
    expect(nearestVertexDistanceKm([0, 0], polygon)).toBeCloseTo(haversineKm([0, 0], [1, 0]), 6);
  });
});

describe('bbox helpers', () => {
  it('bounds every ring', () => {
    expect(ringsBBox([square(1, 2, 3), square(-1, 0, 1)])).toEqual({
      west: -1,
      south: 0,
      east: 4,
      north: 5,
    });
  });

  it('detects overlap and separation', () => {
    const box = { west: 0, south: 0, east: 1, north: 1 };
    expect(bboxesIntersect(box, { west: 0.5, south: 0.5, east: 2, north: 2 })).toBe(true);
    expect(bboxesIntersect(box, { west: 1.5, south: 0, east: 2, north: 1 })).toBe(false);
  });
});

describe('ring tidying', () => {
  it('closes an open ring once', () => {
    const open: LonLat[] = [
      [0, 0],
      [1, 0],
      [0, 1],
    ];
    expect(closeRing(open)).toEqual([
      [0, 0],
      [1, 0],
      [0, 1],
      [0, 0],
    ]);
    expect(closeRing(closeRing(open))).toHaveLength(4);
  });

  it('drops consecutive duplicates only', () => {
    const ring: LonLat[] = [
      [0, 0],
      [0, 0],
      [1, 0],
      [0, 0],
    ];
    expect(removeRepeatedPositions(ring)).toEqual([
      [0, 0],
      [1, 0],
      [0, 0],
    ]);
  });

  it('rounds to the given decimals without producing -0', () => {
    expect(roundCoordinate(146.133333, 4)).toBe(146.1333);
    expect(Object.is(roundCoordinate(-0.00001, 4), 0)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { asTopology, landPolygons } from '../../../../src/lib/map/land.ts';

/** Two unit squares as one MultiPolygon, with absolute (untransformed) arc coordinates. */
const twoSquares = {
  type: 'Topology',
  arcs: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ],
    [
      [5, 5],
      [6, 5],
      [6, 6],
      [5, 6],
      [5, 5],
    ],
  ],
  objects: { land: { type: 'MultiPolygon', arcs: [[[0]], [[1]]] } },
};

describe('asTopology', () => {
  it('accepts a topology with the named object', () => {
    expect(asTopology(twoSquares)).toBe(twoSquares);
  });

  it('rejects other JSON with a readable message', () => {
    expect(() => asTopology({ type: 'FeatureCollection', features: [] })).toThrow(/TopoJSON/);
    expect(() => asTopology(twoSquares, 'countries')).toThrow(/"countries"/);
  });
});

describe('landPolygons', () => {
  it('splits a MultiPolygon into one polygon per part', () => {
    const polygons = landPolygons(asTopology(twoSquares));
    expect(polygons).toHaveLength(2);
    expect(polygons[1]?.[0]).toContainEqual([6, 6]);
  });
});

import { describe, expect, it } from 'vitest';
import type { MultiPolygon } from 'geojson';
import {
  createProjection,
  formatSvgNumber,
  geometryToSvgPath,
  mercatorAspectRatio,
} from '../../../../src/lib/map/projection.ts';

const region = [144.4, 42.6, 150.4, 46.4] as const;

describe('createProjection', () => {
  const projection = createProjection(region, { width: 800, height: 600, padding: 10 });

  it('maps a point in the region inside the viewBox', () => {
    const habomai = projection.projectPoint(43.5, 146 + 8 / 60);
    expect(habomai.x).toBeGreaterThan(10);
    expect(habomai.x).toBeLessThan(790);
    expect(habomai.y).toBeGreaterThan(10);
    expect(habomai.y).toBeLessThan(590);
  });

  it('puts north up and east right', () => {
    const south = projection.projectPoint(43, 146);
    const north = projection.projectPoint(45, 146);
    const east = projection.projectPoint(43, 148);
    expect(north.y).toBeLessThan(south.y);
    expect(east.x).toBeGreaterThan(south.x);
  });

  it('fills the height of a wide viewBox and centres the map across it', () => {
    // Projected, the region is a little wider than tall (about 1.13 : 1), so 1000×500 is height-bound.
    expect(mercatorAspectRatio(region)).toBeGreaterThan(1.1);
    expect(mercatorAspectRatio(region)).toBeLessThan(1000 / 500);
    const wide = createProjection(region, { width: 1000, height: 500, padding: 10 });
    const northWest = wide.projectPoint(46.4, 144.4);
    const southEast = wide.projectPoint(42.6, 150.4);
    expect(northWest.y).toBeCloseTo(10, 9);
    expect(southEast.y).toBeCloseTo(490, 9);
    expect(northWest.x).toBeCloseTo(1000 - southEast.x, 9);
    expect(northWest.x).toBeGreaterThan(10);
  });

  it('fills the width of a tall viewBox and centres the map down it', () => {
    const tall = createProjection(region, { width: 400, height: 800 });
    const northWest = tall.projectPoint(46.4, 144.4);
    const southEast = tall.projectPoint(42.6, 150.4);
    expect(northWest.x).toBeCloseTo(0, 9);
    expect(southEast.x).toBeCloseTo(400, 9);
    expect(northWest.y).toBeCloseTo(800 - southEast.y, 9);
    expect((southEast.x - northWest.x) / (southEast.y - northWest.y)).toBeCloseTo(
      mercatorAspectRatio(region),
      9,
    );
  });

  it('stretches latitude the way Web Mercator does', () => {
    // Equal steps of latitude take more room further north.
    const y = (lat: number) => projection.projectPoint(lat, 146).y;
    expect(y(45) - y(46)).toBeGreaterThan(y(43) - y(44));
  });

  it('agrees with projectPoint when given [lon, lat]', () => {
    expect(projection.project([147.5, 45])).toEqual(projection.projectPoint(45, 147.5));
  });

  it('refuses an empty bbox', () => {
    expect(() => createProjection([146, 44, 146, 45], { width: 100, height: 100 })).toThrow(
      RangeError,
    );
  });
});

describe('formatSvgNumber', () => {
  it.each([
    [12.34, '12.3'],
    [12.96, '13'],
    [-0.04, '0'],
    [7, '7'],
  ])('%s → %s', (value, expected) => {
    expect(formatSvgNumber(value)).toBe(expected);
  });
});

/** The absolute corners of each subpath of an `M x y l dx dy … z` path, as a browser reads them. */
function cornersOf(d: string): [number, number][][] {
  return [...d.matchAll(/M([^l]*)l([^z]*)z/g)].map(([, start, steps]) => {
    const numbers = (text: string) => (text.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
    const [x0, y0] = numbers(start!);
    const corners: [number, number][] = [[x0!, y0!]];
    const deltas = numbers(steps!);
    for (let index = 0; index < deltas.length; index += 2) {
      const [px, py] = corners[corners.length - 1]!;
      corners.push([px + deltas[index]!, py + deltas[index + 1]!]);
    }
    return corners;
  });
}

describe('geometryToSvgPath', () => {
  const identityLike = createProjection([0, 0, 10, 10], { width: 100, height: 100 });

  it('writes one closed subpath per ring, without the repeated closing point', () => {
    const geometry: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [1, 1],
            [2, 1],
            [2, 2],
            [1, 1],
          ],
        ],
        [
          [
            [5, 5],
            [6, 5],
            [6, 6],
            [5, 5],
          ],
        ],
      ],
    };
    const d = geometryToSvgPath(geometry, identityLike);
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d.match(/z/g)).toHaveLength(2);
    // Three distinct corners per triangle: one after M, two steps after l.
    expect(d).toMatch(/^M[\d.]+ [\d.]+l[-\d. ]+z/);
    expect(cornersOf(d)[0]).toHaveLength(3);
  });

  it('draws the same corners as absolute coordinates rounded to 0.1 would', () => {
    const ring = Array.from({ length: 40 }, (_, index) => {
      const angle = (index / 40) * 2 * Math.PI;
      return [5 + 3.217 * Math.cos(angle), 5 + 2.913 * Math.sin(angle)];
    });
    const d = geometryToSvgPath(
      { type: 'Polygon', coordinates: [[...ring, ring[0]!]] },
      identityLike,
    );
    const round = (value: number) => Math.round(value * 10) / 10;
    const expected = ring
      .map(([lon, lat]) => identityLike.project([lon!, lat!]))
      .map(({ x, y }) => [round(x), round(y)]);
    const drawn = cornersOf(d)[0]!;
    expect(drawn).toHaveLength(expected.length);
    drawn.forEach(([x, y], index) => {
      expect(x).toBeCloseTo(expected[index]![0]!, 9);
      expect(y).toBeCloseTo(expected[index]![1]!, 9);
    });
  });

  it('rounds to one decimal', () => {
    const d = geometryToSvgPath(
      {
        type: 'Polygon',
        coordinates: [
          [
            [1.234, 1.234],
            [5.678, 1.234],
            [5.678, 5.678],
            [1.234, 1.234],
          ],
        ],
      },
      identityLike,
    );
    expect(d).not.toMatch(/\.\d\d/);
  });

  it('drops rings that shrink below a triangle at this scale', () => {
    const speck = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [1, 1],
          [1.0001, 1],
          [1, 1.0001],
          [1, 1],
        ],
      ],
    };
    expect(geometryToSvgPath(speck, identityLike)).toBe('');
  });
});

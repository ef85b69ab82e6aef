import { closeRing, openRing, ringSignedArea } from './geo.ts';
import type { LonLat, Ring } from './geo.ts';

/** Planar distance (degrees) from a point to the segment a–b; falls back to point distance if a = b. */
export function distanceToSegment(point: LonLat, a: LonLat, b: LonLat): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0
      ? 0
      : Math.max(0, Math.min(1, ((point[0] - a[0]) * dx + (point[1] - a[1]) * dy) / lengthSquared));
  return Math.hypot(point[0] - (a[0] + t * dx), point[1] - (a[1] + t * dy));
}

/**
 * Douglas–Peucker simplification of a polyline: drops vertices that lie within `tolerance`
 * (degrees) of the simplified line. The first and last points are always kept.
 */
export function simplifyLine(points: readonly LonLat[], tolerance: number): LonLat[] {
  if (points.length <= 2 || tolerance <= 0) return [...points];
  const keep = new Array<boolean>(points.length).fill(false);
  keep[0] = true;
  keep[points.length - 1] = true;
  // An explicit stack instead of recursion: long coastlines would otherwise recurse deeply.
  const stack: [number, number][] = [[0, points.length - 1]];
  for (let range = stack.pop(); range !== undefined; range = stack.pop()) {
    const [start, end] = range;
    const farthest = farthestFromSegment(points, start, end);
    if (farthest.distance > tolerance) {
      keep[farthest.index] = true;
      stack.push([start, farthest.index], [farthest.index, end]);
    }
  }
  return points.filter((_, index) => keep[index]);
}

/** The vertex strictly between start and end that lies farthest from the segment joining them. */
function farthestFromSegment(
  points: readonly LonLat[],
  start: number,
  end: number,
): { index: number; distance: number } {
  const a = points[start];
  const b = points[end];
  let farthest = { index: start, distance: -1 };
  if (a === undefined || b === undefined) return farthest;
  for (let i = start + 1; i < end; i++) {
    const point = points[i];
    if (point === undefined) continue;
    const distance = distanceToSegment(point, a, b);
    if (distance > farthest.distance) farthest = { index: i, distance };
  }
  return farthest;
}

/**
 * Simplifies a closed ring with Douglas–Peucker. A ring has no natural endpoints, so it is split at
 * its first vertex and the vertex farthest from it, and each half is simplified separately. A ring
 * that would collapse below a triangle (a small islet at a coarse tolerance) is returned unchanged:
 * dropping islets is not this function's call.
 */
export function simplifyRing(ring: readonly LonLat[], tolerance: number): Ring {
  const open = openRing(ring);
  const first = open[0];
  if (first === undefined || open.length < 4) return closeRing(open);
  const splitIndex = indexOfFarthestFrom(first, open);
  const firstHalf = simplifyLine(open.slice(0, splitIndex + 1), tolerance);
  const secondHalf = simplifyLine([...open.slice(splitIndex), first], tolerance);
  const simplified = closeRing([...firstHalf, ...secondHalf.slice(1, -1)]);
  const keepsAnArea = simplified.length >= 4 && ringSignedArea(simplified) !== 0;
  return keepsAnArea ? simplified : closeRing(open);
}

function indexOfFarthestFrom(origin: LonLat, points: readonly LonLat[]): number {
  let bestIndex = 0;
  let bestDistance = -1;
  points.forEach((point, index) => {
    const distance = Math.hypot(point[0] - origin[0], point[1] - origin[1]);
    if (distance > bestDistance) {
      bestIndex = index;
      bestDistance = distance;
    }
  });
  return bestIndex;
}

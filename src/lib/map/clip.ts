import { closeRing, openRing, removeRepeatedPositions, ringSignedArea } from './geo.ts';
import type { BBox, LonLat, PolygonRings, Ring } from './geo.ts';

/** One side of the clipping rectangle: which points it keeps, and where a segment crosses it. */
interface ClipEdge {
  keeps: (point: LonLat) => boolean;
  intersect: (from: LonLat, to: LonLat) => LonLat;
}

/** Where segment from→to crosses the vertical line lon = x. */
function crossingAtLongitude(from: LonLat, to: LonLat, x: number): LonLat {
  const t = (x - from[0]) / (to[0] - from[0]);
  return [x, from[1] + t * (to[1] - from[1])];
}

/** Where segment from→to crosses the horizontal line lat = y. */
function crossingAtLatitude(from: LonLat, to: LonLat, y: number): LonLat {
  const t = (y - from[1]) / (to[1] - from[1]);
  return [from[0] + t * (to[0] - from[0]), y];
}

function edgesOf(box: BBox): ClipEdge[] {
  return [
    { keeps: (p) => p[0] >= box.west, intersect: (a, b) => crossingAtLongitude(a, b, box.west) },
    { keeps: (p) => p[0] <= box.east, intersect: (a, b) => crossingAtLongitude(a, b, box.east) },
    { keeps: (p) => p[1] >= box.south, intersect: (a, b) => crossingAtLatitude(a, b, box.south) },
    { keeps: (p) => p[1] <= box.north, intersect: (a, b) => crossingAtLatitude(a, b, box.north) },
  ];
}

/** One Sutherland–Hodgman pass: keeps the part of an open ring on the inner side of one edge. */
function clipAgainstEdge(points: readonly LonLat[], edge: ClipEdge): LonLat[] {
  const output: LonLat[] = [];
  let previous = points[points.length - 1];
  for (const current of points) {
    if (previous === undefined) break;
    const currentInside = edge.keeps(current);
    if (currentInside !== edge.keeps(previous)) output.push(edge.intersect(previous, current));
    if (currentInside) output.push(current);
    previous = current;
  }
  return output;
}

/**
 * Clips a ring to a rectangle (Sutherland–Hodgman). Returns a closed ring, or an empty array when
 * nothing with area is left. A concave ring that leaves and re-enters the box comes back as one
 * ring joined by zero-width runs along the box edge; they add no area and sit on the map's frame.
 */
export function clipRingToBBox(ring: readonly LonLat[], box: BBox): Ring {
  // Work on the open ring: the repeated closing position would otherwise count as an extra vertex.
  let points = openRing(ring);
  for (const edge of edgesOf(box)) points = clipAgainstEdge(points, edge);
  const clipped = closeRing(removeRepeatedPositions(points));
  return clipped.length >= 4 && ringSignedArea(clipped) !== 0 ? clipped : [];
}

/**
 * Clips a polygon to a rectangle. Returns null when its outer ring falls outside; holes that fall
 * outside are dropped.
 */
export function clipPolygonToBBox(polygon: PolygonRings, box: BBox): PolygonRings | null {
  const [outer, ...holes] = polygon;
  if (outer === undefined) return null;
  const clippedOuter = clipRingToBBox(outer, box);
  if (clippedOuter.length === 0) return null;
  const clippedHoles = holes.map((hole) => clipRingToBBox(hole, box)).filter((h) => h.length > 0);
  return [clippedOuter, ...clippedHoles];
}

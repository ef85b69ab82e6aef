/**
 * Small planar/spherical helpers for lon/lat polygons. Everything here works on plain
 * `[lon, lat]` tuples (GeoJSON axis order) so the outline builder never needs a geo library.
 */

/** A position in GeoJSON axis order: longitude first, then latitude, in degrees. */
export type LonLat = readonly [lon: number, lat: number];

/** A closed ring: the first and last positions are equal. */
export type Ring = LonLat[];

/** A polygon as GeoJSON nests it: the outer ring first, then any holes. */
export type PolygonRings = Ring[];

/** A rectangle in degrees; `west < east` (this module does not handle the antimeridian). */
export interface BBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** Mean Earth radius (IUGG), in kilometres. */
const EARTH_RADIUS_KM = 6371.0088;

const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;

/** Great-circle distance between two positions, in kilometres (haversine formula). */
export function haversineKm(a: LonLat, b: LonLat): number {
  const dLat = toRadians(b[1] - a[1]);
  const dLon = toRadians(b[0] - a[0]);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRadians(a[1])) * Math.cos(toRadians(b[1])) * Math.sin(dLon / 2) ** 2;
  // min() guards against rounding pushing h a hair above 1 for antipodal points.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Calls `visit` for every edge of a ring, including the one from the last position back to the
 * first (for a closed ring that extra edge has zero length and changes nothing).
 */
function forEachEdge(ring: readonly LonLat[], visit: (from: LonLat, to: LonLat) => void): void {
  let previous = ring[ring.length - 1];
  for (const current of ring) {
    if (previous !== undefined) visit(previous, current);
    previous = current;
  }
}

/**
 * Signed planar area of a ring in square degrees (shoelace formula): positive when the ring runs
 * counter-clockwise with longitude as x and latitude as y, which is RFC 7946's exterior order.
 */
export function ringSignedArea(ring: readonly LonLat[]): number {
  let twiceArea = 0;
  forEachEdge(ring, ([xj, yj], [xi, yi]) => {
    twiceArea += xj * yi - xi * yj;
  });
  return twiceArea / 2;
}

/** Planar area of a polygon in square degrees: the outer ring minus its holes. */
export function polygonArea(polygon: PolygonRings): number {
  return polygon.reduce(
    (total, ring, index) => total + (index === 0 ? 1 : -1) * Math.abs(ringSignedArea(ring)),
    0,
  );
}

/** Whether a point lies inside a ring, by even-odd ray casting (points on an edge may go either way). */
export function pointInRing(point: LonLat, ring: readonly LonLat[]): boolean {
  const [x, y] = point;
  let inside = false;
  forEachEdge(ring, ([xj, yj], [xi, yi]) => {
    // Count crossings of a ray going east from the point; the half-open test (yi > y) !== (yj > y)
    // counts a vertex exactly at the ray's height once, not twice.
    const crossesRay = yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi;
    if (crossesRay) inside = !inside;
  });
  return inside;
}

/** Whether a point lies inside a polygon: inside its outer ring and in none of its holes. */
export function pointInPolygon(point: LonLat, polygon: PolygonRings): boolean {
  const [outer, ...holes] = polygon;
  if (outer === undefined || !pointInRing(point, outer)) return false;
  return !holes.some((hole) => pointInRing(point, hole));
}

/** The bounding box of every position in the given rings. */
export function ringsBBox(rings: readonly (readonly LonLat[])[]): BBox {
  const box: BBox = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  for (const ring of rings) {
    for (const [lon, lat] of ring) {
      box.west = Math.min(box.west, lon);
      box.south = Math.min(box.south, lat);
      box.east = Math.max(box.east, lon);
      box.north = Math.max(box.north, lat);
    }
  }
  return box;
}

/** Whether two boxes overlap (touching edges count). */
export function bboxesIntersect(a: BBox, b: BBox): boolean {
  return a.west <= b.east && b.west <= a.east && a.south <= b.north && b.south <= a.north;
}

/** Great-circle distance from a point to the polygon's nearest vertex, in kilometres. */
export function nearestVertexDistanceKm(point: LonLat, polygon: PolygonRings): number {
  let nearest = Infinity;
  for (const ring of polygon) {
    for (const vertex of ring) nearest = Math.min(nearest, haversineKm(point, vertex));
  }
  return nearest;
}

/** Closes a ring by repeating its first position at the end, unless it already does. */
export function closeRing(ring: readonly LonLat[]): Ring {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first === undefined || last === undefined) return [];
  return first[0] === last[0] && first[1] === last[1] ? [...ring] : [...ring, first];
}

/** Drops the closing position of a ring, if it repeats the first one. */
export function openRing(ring: readonly LonLat[]): LonLat[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  const isClosed =
    ring.length > 1 &&
    first !== undefined &&
    last !== undefined &&
    first[0] === last[0] &&
    first[1] === last[1];
  return isClosed ? ring.slice(0, -1) : [...ring];
}

/** Drops positions equal to the one before them (they add bytes, not shape). */
export function removeRepeatedPositions(ring: readonly LonLat[]): Ring {
  return ring.filter((position, index) => {
    const previous = ring[index - 1];
    return previous === undefined || previous[0] !== position[0] || previous[1] !== position[1];
  });
}

/**
 * Orients a polygon as RFC 7946 asks (outer ring counter-clockwise, holes clockwise), so SVG's
 * non-zero fill and GeoJSON consumers agree on which side is land whatever the source order was.
 */
export function orientPolygon(polygon: PolygonRings): PolygonRings {
  return polygon.map((ring, index) => {
    const wantCounterClockwise = index === 0;
    const isCounterClockwise = ringSignedArea(ring) > 0;
    return isCounterClockwise === wantCounterClockwise ? ring : [...ring].reverse();
  });
}

/** Rounds a coordinate to a fixed number of decimals (4 decimals ≈ 11 m of latitude). */
export function roundCoordinate(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  // `+ 0` turns -0 into 0 so the serialised JSON never says "-0".
  return Math.round(value * factor) / factor + 0;
}

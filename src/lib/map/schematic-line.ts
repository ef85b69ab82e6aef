// Schematic lines, such as a historical border that ran "between island A and island B": drawn
// across the strait that separates the two outlines, not along any surveyed course.
import type { Position } from 'geojson';
import type { LonLat } from './geo.ts';
import type { OutlineFeature } from './outlines.ts';

/** Kilometres per degree of latitude, and of longitude at the equator (WGS 84, near enough here). */
const KM_PER_DEGREE_LAT = 110.574;
const KM_PER_DEGREE_LON = 111.32;

function vertices(feature: OutlineFeature): LonLat[] {
  return feature.geometry.coordinates.flatMap((polygon) =>
    (polygon[0] ?? []).map(([lon = NaN, lat = NaN]: Position): LonLat => [lon, lat]),
  );
}

/** The pair of outer-ring vertices, one from each feature, that lie closest together. */
export function closestVertices(a: OutlineFeature, b: OutlineFeature): [LonLat, LonLat] {
  let best: { pair: [LonLat, LonLat]; distance: number } | undefined;
  const others = vertices(b);
  for (const p of vertices(a)) {
    const kmPerLon = KM_PER_DEGREE_LON * Math.cos((p[1] * Math.PI) / 180);
    for (const q of others) {
      const distance = Math.hypot((q[0] - p[0]) * kmPerLon, (q[1] - p[1]) * KM_PER_DEGREE_LAT);
      if (best === undefined || distance < best.distance) best = { pair: [p, q], distance };
    }
  }
  if (best === undefined)
    throw new Error('Both features need vertices to find the strait between them.');
  return best.pair;
}

/**
 * A straight line `lengthKm` long across the narrowest gap between two landmasses: through the
 * middle of the gap, at right angles to it. Returned as [lat, lon] pairs, west end first.
 */
export function lineAcrossStrait(
  a: OutlineFeature,
  b: OutlineFeature,
  lengthKm: number,
): [number, number][] {
  const [p, q] = closestVertices(a, b);
  const midLon = (p[0] + q[0]) / 2;
  const midLat = (p[1] + q[1]) / 2;
  const kmPerLon = KM_PER_DEGREE_LON * Math.cos((midLat * Math.PI) / 180);
  // The gap as a vector in km, turned a quarter: the direction the line runs.
  const gapX = (q[0] - p[0]) * kmPerLon;
  const gapY = (q[1] - p[1]) * KM_PER_DEGREE_LAT;
  const length = Math.hypot(gapX, gapY);
  if (length === 0)
    throw new Error('The two features touch: there is no strait to draw a line across.');
  const alongX = -gapY / length;
  const alongY = gapX / length;
  const half = lengthKm / 2;
  const ends: [number, number][] = [1, -1].map((sign) => [
    midLat + (sign * half * alongY) / KM_PER_DEGREE_LAT,
    midLon + (sign * half * alongX) / kmPerLon,
  ]);
  return ends.sort((m, n) => m[1] - n[1]);
}

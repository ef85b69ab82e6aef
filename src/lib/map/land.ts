import { feature } from 'topojson-client';
import type { Geometry, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { LonLat, PolygonRings } from './geo.ts';

/**
 * Checks that a parsed JSON value looks like a TopoJSON topology holding the named object, so
 * callers can pass `JSON.parse(...)` output without a blind cast. Throws a readable error if not.
 */
export function asTopology(value: unknown, objectName = 'land'): Topology {
  if (!isRecord(value) || value.type !== 'Topology' || !Array.isArray(value.arcs)) {
    throw new TypeError('Expected a TopoJSON topology (an object with type "Topology" and arcs).');
  }
  if (!isRecord(value.objects) || !isRecord(value.objects[objectName])) {
    throw new TypeError(`The topology has no object named "${objectName}".`);
  }
  // The checks above cover what topojson-client reads first; the arcs' contents are trusted.
  return value as unknown as Topology;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every polygon of a topology object as its own ring list: MultiPolygons are split, so each island
 * can be tested, clipped and matched on its own.
 */
export function landPolygons(topology: Topology, objectName = 'land'): PolygonRings[] {
  const object = topology.objects[objectName];
  if (object === undefined)
    throw new TypeError(`The topology has no object named "${objectName}".`);
  const decoded = feature(topology, object);
  const geometries =
    decoded.type === 'FeatureCollection'
      ? decoded.features.map((f) => f.geometry)
      : [decoded.geometry];
  return geometries.flatMap(polygonsOf);
}

function polygonsOf(geometry: Geometry | null): PolygonRings[] {
  if (geometry === null) return [];
  switch (geometry.type) {
    case 'Polygon':
      return [geometry.coordinates.map(toRing)];
    case 'MultiPolygon':
      return geometry.coordinates.map((polygon) => polygon.map(toRing));
    case 'GeometryCollection':
      return geometry.geometries.flatMap(polygonsOf);
    default:
      // Points and lines have no area to draw as land.
      return [];
  }
}

function toRing(positions: Position[]): LonLat[] {
  return positions.map(([lon = NaN, lat = NaN]) => [lon, lat] as const);
}

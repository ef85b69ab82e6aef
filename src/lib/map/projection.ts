import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { BBox, LonLat } from './geo.ts';

/** A bbox either as an object or in GeoJSON order `[west, south, east, north]`. */
export type BBoxInput = BBox | readonly [west: number, south: number, east: number, north: number];

export interface ProjectionOptions {
  /** viewBox width. */
  width: number;
  /** viewBox height. */
  height: number;
  /** Empty margin kept on every side, in viewBox units. Default 0. */
  padding?: number;
}

export interface SvgPoint {
  x: number;
  y: number;
}

/** A Web Mercator projection fitted to an SVG viewBox `0 0 width height`, north up. */
export interface SvgProjection {
  readonly width: number;
  readonly height: number;
  /** Projects a GeoJSON-order position `[lon, lat]`. */
  project(position: LonLat): SvgPoint;
  /** Projects latitude/longitude (the fact file's order), e.g. for label anchors. */
  projectPoint(lat: number, lon: number): SvgPoint;
}

/** Leaflet's EPSG:3857 stops at this latitude; clamping keeps the log finite at the poles. */
const MAX_MERCATOR_LATITUDE = 85.0511287798;

/** Spherical Mercator in radians-scale units: x grows east, y grows north. */
function mercator([lon, lat]: LonLat): { x: number; y: number } {
  const clampedLat = Math.max(-MAX_MERCATOR_LATITUDE, Math.min(MAX_MERCATOR_LATITUDE, lat));
  const phi = (clampedLat * Math.PI) / 180;
  return { x: (lon * Math.PI) / 180, y: Math.log(Math.tan(Math.PI / 4 + phi / 2)) };
}

function toBBox(input: BBoxInput): BBox {
  if ('west' in input) return input;
  const [west, south, east, north] = input;
  return { west, south, east, north };
}

/** Width divided by height of the bbox once projected: use it to size a viewBox without margins. */
export function mercatorAspectRatio(bbox: BBoxInput): number {
  const box = toBBox(bbox);
  const southWest = mercator([box.west, box.south]);
  const northEast = mercator([box.east, box.north]);
  return (northEast.x - southWest.x) / (northEast.y - southWest.y);
}

/**
 * A Web Mercator projection (the shape Leaflet's default EPSG:3857 map shows) that fits the bbox
 * inside the viewBox, centred, with one scale for both axes so coastlines are not stretched.
 */
export function createProjection(bbox: BBoxInput, options: ProjectionOptions): SvgProjection {
  const box = toBBox(bbox);
  const padding = options.padding ?? 0;
  const southWest = mercator([box.west, box.south]);
  const northEast = mercator([box.east, box.north]);
  const spanX = northEast.x - southWest.x;
  const spanY = northEast.y - southWest.y;
  if (!(spanX > 0 && spanY > 0))
    throw new RangeError('The bbox must have west < east and south < north.');
  const innerWidth = options.width - 2 * padding;
  const innerHeight = options.height - 2 * padding;
  if (!(innerWidth > 0 && innerHeight > 0))
    throw new RangeError('The padding leaves no room to draw.');

  const scale = Math.min(innerWidth / spanX, innerHeight / spanY);
  // Centre the map on the axis that has room to spare.
  const offsetX = padding + (innerWidth - spanX * scale) / 2;
  const offsetY = padding + (innerHeight - spanY * scale) / 2;

  const project = (position: LonLat): SvgPoint => {
    const m = mercator(position);
    // SVG y grows downwards, so measure from the north edge to keep north up.
    return { x: offsetX + (m.x - southWest.x) * scale, y: offsetY + (northEast.y - m.y) * scale };
  };
  return {
    width: options.width,
    height: options.height,
    project,
    projectPoint: (lat, lon) => project([lon, lat]),
  };
}

/** Formats a number with at most one decimal and no "-0" or trailing ".0", to keep paths short. */
export function formatSvgNumber(value: number): string {
  const rounded = Math.round(value * 10) / 10 + 0;
  return String(rounded);
}

/**
 * An SVG path `d` for a Polygon or MultiPolygon: one `M…l…z` subpath per ring, coordinates
 * rounded to 0.1 viewBox units, with points that round onto the previous one dropped. Holes keep
 * the opposite winding of their outer ring, so the default non-zero fill rule leaves them empty.
 * After the first point each point is written relative to the one before (`l`): the steps along a
 * coastline are short, so the path is about a third shorter than with absolute coordinates (some
 * 12 KB gzip on the map page's seven maps), and since the steps are taken between the rounded
 * points the shape drawn is the same.
 */
export function geometryToSvgPath(
  geometry: Polygon | MultiPolygon,
  projection: SvgProjection,
): string {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons
    .flat()
    .map((ring) => ringToSubpath(ring, projection))
    .join('');
}

/** A ring's points in tenths of a viewBox unit, as whole numbers, so that steps between them are exact. */
function ringInTenths(ring: readonly Position[], projection: SvgProjection): [number, number][] {
  const points: [number, number][] = [];
  for (const [lon = NaN, lat = NaN] of ring) {
    const { x, y } = projection.project([lon, lat]);
    const point: [number, number] = [Math.round(x * 10), Math.round(y * 10)];
    const last = points[points.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
  }
  // `z` draws the closing edge, so a repeated first point is redundant.
  const [first] = points;
  const last = points[points.length - 1];
  if (points.length > 1 && first![0] === last![0] && first![1] === last![1]) points.pop();
  return points;
}

/** A number of tenths as SVG writes it: `-12` → `-1.2`, `30` → `3`, never `-0`. */
const tenths = (value: number) => String(value / 10 + 0);

/** Two numbers of a path: a minus sign separates them by itself, so no space is needed before one. */
const pair = (x: number, y: number) => `${tenths(x)}${y < 0 ? '' : ' '}${tenths(y)}`;

function ringToSubpath(ring: readonly Position[], projection: SvgProjection): string {
  const points = ringInTenths(ring, projection);
  if (points.length < 3) return ''; // Too small to see at this scale.
  const [[startX, startY], ...rest] = points as [[number, number], ...[number, number][]];
  let steps = '';
  let [previousX, previousY] = [startX, startY];
  for (const [x, y] of rest) {
    const step = pair(x - previousX, y - previousY);
    steps += steps === '' || step.startsWith('-') ? step : ` ${step}`;
    [previousX, previousY] = [x, y];
  }
  return `M${pair(startX, startY)}l${steps}z`;
}

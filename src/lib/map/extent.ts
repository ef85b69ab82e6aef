// What a map shows first: the island a page is about, the land around it and the nearest stretch
// of Hokkaido, so a reader always sees where an island lies. Pure: the outlines in, a box out.
import type { Position } from 'geojson';
import { haversineKm } from './geo.ts';
import type { LonLat } from './geo.ts';
import type { IslandOutlines, OutlineFeature } from './outlines.ts';

/** [west, south, east, north] in degrees, as GeoJSON and the map data write boxes. */
export type Extent = [west: number, south: number, east: number, north: number];

/** The context landmass every view includes a part of. */
export const HOKKAIDO = 'Hokkaido';

/**
 * The land an island's map shows around it: island ids, or context land by name (outlines.ts).
 * Etorofu's other neighbour is Urup, across the strait where the 1855 treaty drew the border.
 */
export const ISLAND_NEIGHBOURS: Readonly<Record<string, readonly string[]>> = {
  etorofu: ['kunashiri', 'Urup'],
  kunashiri: ['etorofu', 'shikotan', 'habomai'],
  shikotan: ['habomai', 'kunashiri'],
  habomai: ['shikotan', 'kunashiri'],
};

/** The general map (no island in focus) shows every island and Urup. */
export const OVERVIEW_CONTEXT: readonly string[] = ['Urup'];

export interface ExtentOptions {
  /** Neighbours by island id. Default {@link ISLAND_NEIGHBOURS}. */
  neighbours?: Readonly<Record<string, readonly string[]>>;
  /**
   * How much of Hokkaido's coast to include beyond its point nearest the land shown, in km.
   * Default 35 for an island's map, 70 for the overview.
   */
  hokkaidoReachKm?: number;
}

/** An island's id or a context landmass's name: how views and neighbours refer to land. */
export function featureKey(feature: OutlineFeature): string | null {
  return feature.properties.kind === 'island' ? feature.properties.id : feature.properties.name;
}

const toLonLat = ([lon = NaN, lat = NaN]: Position): LonLat => [lon, lat];

/** The outer rings' vertices of a feature: enough to bound it and to measure distances. */
function outerVertices(feature: OutlineFeature): LonLat[] {
  return feature.geometry.coordinates.flatMap((polygon) => (polygon[0] ?? []).map(toLonLat));
}

/** The smallest box holding every point. */
export function extentOf(points: readonly LonLat[]): Extent {
  if (points.length === 0) throw new Error('An extent needs at least one point.');
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of points) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [west, south, east, north];
}

/** Whether a box holds another wholly. */
export function extentContains(outer: Extent, inner: Extent): boolean {
  return (
    outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3]
  );
}

/**
 * The stretch of Hokkaido's coast nearest the given land: its vertex nearest to any of them, and
 * every vertex no more than `reachKm` further away, so the view shows a piece of Hokkaido, not a
 * point on its edge.
 */
export function nearestCoast(
  hokkaido: readonly LonLat[],
  land: readonly LonLat[],
  reachKm: number,
): LonLat[] {
  if (land.length === 0) return [];
  const distances = hokkaido.map((vertex) =>
    Math.min(...land.map((point) => haversineKm(vertex, point))),
  );
  const nearest = Math.min(...distances);
  return hokkaido.filter((_, index) => (distances[index] ?? Infinity) <= nearest + reachKm);
}

/**
 * The first view of a map: with `focus` an island id, that island, its neighbours and the stretch
 * of Hokkaido nearest the island; with `focus` null, every island, Urup and the nearest stretch of Hokkaido.
 * Neighbours the outlines lack are left out (a small content set may hold fewer islands); a focus
 * the outlines lack is an error.
 */
export function contextExtent(
  outlines: IslandOutlines,
  focus: string | null,
  options: ExtentOptions = {},
): Extent {
  const byKey = new Map(
    outlines.features.map((feature) => [featureKey(feature), feature] as const),
  );
  let members: string[];
  if (focus === null) {
    members = [
      ...outlines.features.flatMap((feature) =>
        feature.properties.kind === 'island' ? [feature.properties.id] : [],
      ),
      ...OVERVIEW_CONTEXT,
    ];
  } else {
    if (!byKey.has(focus))
      throw new Error(`The outlines have no island "${focus}" to centre a map on.`);
    members = [focus, ...((options.neighbours ?? ISLAND_NEIGHBOURS)[focus] ?? [])];
  }
  const verticesOf = (keys: readonly string[]) =>
    keys.flatMap((key) => {
      const feature = byKey.get(key);
      return feature ? outerVertices(feature) : [];
    });
  const land = verticesOf(members);
  // Hokkaido's coast nearest the island itself (not its neighbours), so Etorofu's map shows the
  // Shiretoko side of the strait rather than the whole of Hokkaido's east.
  const hokkaido = byKey.get(HOKKAIDO);
  const towards = focus === null ? land : verticesOf([focus]);
  // The overview reaches further into Hokkaido: Cape Nosappu lies 7 km from Habomai, and the
  // overview should show more of Hokkaido than the tip of the Nemuro peninsula.
  const reach = options.hokkaidoReachKm ?? (focus === null ? 70 : 35);
  const coast = hokkaido ? nearestCoast(outerVertices(hokkaido), towards, reach) : [];
  return extentOf([...land, ...coast]);
}

const mercatorY = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const latitudeOf = (y: number): number =>
  ((2 * Math.atan(Math.exp(y)) - Math.PI / 2) * 180) / Math.PI;

/**
 * The extent grown about its centre (never shrunk) until, once projected to Web Mercator, its
 * width over its height is `aspect`: the static map is drawn for a box of about that shape, so it
 * fills the frame instead of shrinking into a strip in the middle of it.
 */
export function expandToAspect(extent: Extent, aspect: number): Extent {
  if (!(aspect > 0)) throw new RangeError(`An aspect ratio must be positive (found ${aspect}).`);
  const [west, south, east, north] = extent;
  const toRadians = Math.PI / 180;
  const width = (east - west) * toRadians;
  const [bottom, top] = [mercatorY(south), mercatorY(north)];
  const height = top - bottom;
  if (width / height < aspect) {
    const grow = (height * aspect - width) / toRadians / 2;
    return [west - grow, south, east + grow, north];
  }
  const grow = (width / aspect - height) / 2;
  return [west, latitudeOf(bottom - grow), east, latitudeOf(top + grow)];
}

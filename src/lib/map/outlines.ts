import type { Feature, FeatureCollection, MultiPolygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { clipPolygonToBBox } from './clip.ts';
import {
  bboxesIntersect,
  closeRing,
  nearestVertexDistanceKm,
  orientPolygon,
  pointInPolygon,
  removeRepeatedPositions,
  ringSignedArea,
  ringsBBox,
  roundCoordinate,
} from './geo.ts';
import type { BBox, LonLat, PolygonRings, Ring } from './geo.ts';
import { landPolygons } from './land.ts';
import { simplifyRing } from './simplify.ts';

/** An island's reference centre, as the fact file gives it (decimal degrees). */
export interface IslandCentre {
  id: string;
  lat: number;
  lon: number;
}

/** A point that identifies a context landmass (the polygon containing it, or the nearest one). */
export interface ContextAnchor {
  name: string;
  lat: number;
  lon: number;
}

export interface OutlineOptions {
  /** Region to keep and clip to. Defaults to {@link DEFAULT_REGION_BBOX}. */
  bbox?: BBox;
  /**
   * Douglas–Peucker tolerance in degrees; 0 turns simplification off. Default 0.0002 (~20 m): below
   * a pixel at the map's deepest zoom, so it drops only points that add nothing to the drawing and
   * keeps all the detail of the (already generalised) world-atlas 1:10m land.
   */
  simplifyTolerance?: number;
  /** Decimals kept in output coordinates. Default 4 (~11 m). */
  coordinateDecimals?: number;
  /** How far (nearest vertex, km) a polygon may lie from an island centre it does not contain. */
  maxMatchDistanceKm?: number;
  /** Landmarks naming context polygons. Defaults to {@link DEFAULT_CONTEXT_ANCHORS}. */
  contextAnchors?: readonly ContextAnchor[];
  /** Name of the topology object holding the land. Default `land` (world-atlas). */
  objectName?: string;
  /** How error messages name the data set. Default `Natural Earth 1:10m land`. */
  sourceName?: string;
}

export interface IslandOutlineProperties {
  kind: 'island';
  id: string;
}

export interface ContextOutlineProperties {
  kind: 'context';
  /** `null` for land in the box that no anchor identifies. */
  name: string | null;
}

export type OutlineProperties = IslandOutlineProperties | ContextOutlineProperties;

export type OutlineFeature = Feature<MultiPolygon, OutlineProperties>;

/** The outlines, with `bbox` ([west, south, east, north]) set to the region they were clipped to. */
export interface IslandOutlines extends FeatureCollection<MultiPolygon, OutlineProperties> {
  bbox: [west: number, south: number, east: number, north: number];
}

/**
 * Hokkaido's east (from Tokachi to Shiretoko, the Nemuro peninsula, Cape Nosappu), the four
 * islands, the whole of Urup (to 150.57°E in Natural Earth) and the Kurils beyond it to Simushir,
 * with sea around them: wide enough that a map as wide as a desktop column, fitted to any of the
 * views extent.ts gives, never reaches the straight edge the clip leaves.
 */
export const DEFAULT_REGION_BBOX: Readonly<BBox> = {
  west: 141.8,
  south: 41.3,
  east: 153.8,
  north: 47.6,
};

/**
 * Checked against Natural Earth 1:10m: (43.3, 144.5) lies inland in Hokkaido near Shibecha, and
 * (45.9, 149.9) lies inside Urup, which spans about 45.80–45.97°N at that longitude.
 */
export const DEFAULT_CONTEXT_ANCHORS: readonly ContextAnchor[] = [
  { name: 'Hokkaido', lat: 43.3, lon: 144.5 },
  { name: 'Urup', lat: 45.9, lon: 149.9 },
];

const DEFAULTS = {
  simplifyTolerance: 0.0002,
  coordinateDecimals: 4,
  maxMatchDistanceKm: 25,
  objectName: 'land',
  sourceName: 'Natural Earth 1:10m land',
} as const;

/** Four decimals are plenty to recognise a coordinate in a message (146.1333, not 146.13333333333333). */
const formatDegrees = (value: number): string => String(roundCoordinate(value, 4));

/** Thrown when an island centre lies in no land polygon and near none. */
export class OutlineMatchError extends Error {
  readonly islandId: string;
  readonly lat: number;
  readonly lon: number;

  constructor(island: IslandCentre, maxDistanceKm: number, sourceName: string, box: BBox) {
    super(
      `Island "${island.id}" (${formatDegrees(island.lat)}, ${formatDegrees(island.lon)}) ` +
        `matches no land polygon within ` +
        `${maxDistanceKm} km in ${sourceName} ` +
        `(region ${box.west}–${box.east}°E, ${box.south}–${box.north}°N).`,
    );
    this.name = 'OutlineMatchError';
    this.islandId = island.id;
    this.lat = island.lat;
    this.lon = island.lon;
  }
}

/** Who a polygon was assigned to. */
type Owner = { kind: 'island'; id: string } | { kind: 'context'; name: string | null };

/**
 * Builds small GeoJSON outlines of the disputed islands and their surroundings from a land
 * topology (world-atlas `land-10m.json`): keeps the polygons in the region box, clips them to it,
 * simplifies and rounds them, and assigns each to an island (by containment, else by nearness) or
 * to context land. Throws {@link OutlineMatchError} if an island gets no polygon.
 */
export function buildIslandOutlines(
  topology: Topology,
  islands: readonly IslandCentre[],
  options: OutlineOptions = {},
): IslandOutlines {
  const box = options.bbox ?? DEFAULT_REGION_BBOX;
  const maxDistanceKm = options.maxMatchDistanceKm ?? DEFAULTS.maxMatchDistanceKm;
  assertUniqueIds(islands);

  const polygons = regionPolygons(
    landPolygons(topology, options.objectName ?? DEFAULTS.objectName),
    box,
    {
      tolerance: options.simplifyTolerance ?? DEFAULTS.simplifyTolerance,
      decimals: options.coordinateDecimals ?? DEFAULTS.coordinateDecimals,
    },
  );
  const anchors = options.contextAnchors ?? DEFAULT_CONTEXT_ANCHORS;
  const owners = assignOwners(polygons, islands, anchors, maxDistanceKm);

  const islandFeatures = islands.map((island) => {
    const own = polygons.filter((_, i) => isIsland(owners[i], island.id));
    if (own.length === 0) {
      throw new OutlineMatchError(
        island,
        maxDistanceKm,
        options.sourceName ?? DEFAULTS.sourceName,
        box,
      );
    }
    return toFeature(own, { kind: 'island', id: island.id });
  });

  return {
    type: 'FeatureCollection',
    bbox: [box.west, box.south, box.east, box.north],
    features: [...islandFeatures, ...contextFeatures(polygons, owners, anchors)],
  };
}

function assertUniqueIds(islands: readonly IslandCentre[]): void {
  const seen = new Set<string>();
  for (const { id } of islands) {
    if (seen.has(id)) throw new Error(`Island id "${id}" is listed twice.`);
    seen.add(id);
  }
}

/**
 * The land polygons that reach into the box, clipped to it, simplified, rounded and oriented
 * RFC 7946-style. Polygons left without area (slivers, points collapsed by rounding) are dropped.
 */
function regionPolygons(
  polygons: readonly PolygonRings[],
  box: BBox,
  { tolerance, decimals }: { tolerance: number; decimals: number },
): PolygonRings[] {
  const kept: PolygonRings[] = [];
  for (const polygon of polygons) {
    // The bbox test first: it spares clipping the thousands of polygons elsewhere in the world.
    if (!bboxesIntersect(ringsBBox(polygon), box)) continue;
    const clipped = clipPolygonToBBox(polygon, box);
    if (clipped === null) continue;
    const [outer, ...holes] = clipped.map((ring) => tidyRing(ring, tolerance, decimals));
    if (outer === undefined || outer.length === 0) continue;
    kept.push(orientPolygon([outer, ...holes.filter((hole) => hole.length > 0)]));
  }
  return kept;
}

/** Simplifies and rounds a ring; returns [] if nothing with area survives. */
function tidyRing(ring: Ring, tolerance: number, decimals: number): Ring {
  const rounded = simplifyRing(ring, tolerance).map(([lon, lat]): LonLat => [
    roundCoordinate(lon, decimals),
    roundCoordinate(lat, decimals),
  ]);
  const tidy = closeRing(removeRepeatedPositions(rounded));
  return tidy.length >= 4 && ringSignedArea(tidy) !== 0 ? tidy : [];
}

/**
 * Decides each polygon's owner, in order of confidence: an island whose centre it contains; a
 * context landmark it contains (so Hokkaido, whose Cape Nosappu lies under 30 km from the Habomai
 * centre, can never be taken for an islet); the nearest island centre within the distance limit;
 * otherwise context land, named if it is the polygon nearest an anchor that no polygon contains.
 */
function assignOwners(
  polygons: readonly PolygonRings[],
  islands: readonly IslandCentre[],
  anchors: readonly ContextAnchor[],
  maxDistanceKm: number,
): Owner[] {
  const owners: Owner[] = polygons.map((polygon) => {
    const container = islands.find((island) => pointInPolygon(toLonLat(island), polygon));
    if (container !== undefined) return { kind: 'island', id: container.id };
    const anchor = anchors.find((a) => pointInPolygon(toLonLat(a), polygon));
    if (anchor !== undefined) return { kind: 'context', name: anchor.name };
    const nearest = nearestWithin(polygon, islands, maxDistanceKm);
    if (nearest !== undefined) return { kind: 'island', id: nearest.id };
    return { kind: 'context', name: null };
  });
  nameNearestContextPolygons(polygons, owners, anchors, maxDistanceKm);
  return owners;
}

/** The island centre nearest to the polygon (by nearest vertex), if within the limit. */
function nearestWithin(
  polygon: PolygonRings,
  islands: readonly IslandCentre[],
  maxDistanceKm: number,
): IslandCentre | undefined {
  let best: { island: IslandCentre; distance: number } | undefined;
  for (const island of islands) {
    const distance = nearestVertexDistanceKm(toLonLat(island), polygon);
    if (distance <= maxDistanceKm && (best === undefined || distance < best.distance)) {
      best = { island, distance };
    }
  }
  return best?.island;
}

/** Names, for each anchor no polygon contains, the unnamed context polygon nearest to it. */
function nameNearestContextPolygons(
  polygons: readonly PolygonRings[],
  owners: Owner[],
  anchors: readonly ContextAnchor[],
  maxDistanceKm: number,
): void {
  const usedNames = new Set(
    owners.flatMap((o) => (o.kind === 'context' && o.name ? [o.name] : [])),
  );
  for (const anchor of anchors) {
    if (usedNames.has(anchor.name)) continue;
    let best: { index: number; distance: number } | undefined;
    polygons.forEach((polygon, index) => {
      const owner = owners[index];
      if (owner?.kind !== 'context' || owner.name !== null) return;
      const distance = nearestVertexDistanceKm(toLonLat(anchor), polygon);
      if (distance <= maxDistanceKm && (best === undefined || distance < best.distance)) {
        best = { index, distance };
      }
    });
    if (best !== undefined) owners[best.index] = { kind: 'context', name: anchor.name };
  }
}

/** Groups context polygons into one feature per name: named ones in anchor order, then unnamed. */
function contextFeatures(
  polygons: readonly PolygonRings[],
  owners: readonly Owner[],
  anchors: readonly ContextAnchor[],
): OutlineFeature[] {
  const names: (string | null)[] = [...anchors.map((anchor) => anchor.name), null];
  return names.flatMap((name) => {
    const named = polygons.filter((_, i) => {
      const owner = owners[i];
      return owner?.kind === 'context' && owner.name === name;
    });
    return named.length === 0 ? [] : [toFeature(named, { kind: 'context', name })];
  });
}

function isIsland(owner: Owner | undefined, id: string): boolean {
  return owner?.kind === 'island' && owner.id === id;
}

function toLonLat(point: { lat: number; lon: number }): LonLat {
  return [point.lon, point.lat];
}

function toFeature(
  polygons: readonly PolygonRings[],
  properties: OutlineProperties,
): OutlineFeature {
  return {
    type: 'Feature',
    properties,
    geometry: {
      type: 'MultiPolygon',
      coordinates: polygons.map((polygon) => polygon.map((ring) => ring.map(toPosition))),
    },
  };
}

function toPosition([lon, lat]: LonLat): Position {
  return [lon, lat];
}

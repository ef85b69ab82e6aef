// The static map, decided once per build: SVG paths for the land, and where each label goes.
// The same label anchors and sides feed the Leaflet map, so both show the same picture.
import type { Position } from 'geojson';
import { pointInPolygon } from './geo.ts';
import type { LonLat, PolygonRings } from './geo.ts';
import { estimateTextWidth, placeLabels } from './labels.ts';
import type { LabelRequest, LabelSide, PlacedLabel } from './labels.ts';
import type { MapLabelAnchor } from './map-data.ts';
import type { NamingChoice } from '../names.ts';
import type { IslandOutlines, OutlineFeature } from './outlines.ts';
import { createProjection, geometryToSvgPath, mercatorAspectRatio } from './projection.ts';
import type { SvgPoint, SvgProjection } from './projection.ts';

/** A place name drawn at a fixed point: cartographic layout, not a fact about the dispute. */
export interface FixedPlace {
  name: string;
  kind: 'sea' | 'land';
  lat: number;
  lon: number;
  /** Side of the point the text goes: `center`, or `right` to run east from a point at the edge. */
  side: 'center' | 'right';
}

/**
 * Where the seas and Hokkaido are named: points in open water (checked by the tests to lie in no
 * land polygon) and inland Hokkaido, chosen to leave the islands' surroundings clear.
 */
export const FIXED_PLACES: readonly FixedPlace[] = [
  { name: 'Sea of Okhotsk', kind: 'sea', lat: 46.0, lon: 146.3, side: 'center' },
  { name: 'Pacific Ocean', kind: 'sea', lat: 43.05, lon: 148.6, side: 'center' },
  // Hokkaido runs off the map's west edge, so its name starts there and runs east.
  { name: 'Hokkaido', kind: 'land', lat: 43.5, lon: 144.45, side: 'right' },
];

/** The context land whose easternmost point is Cape Nosappu, at the tip of the Nemuro peninsula. */
export const CAPE_NOSAPPU_LANDMASS = 'Hokkaido';

export interface MapViewIsland {
  id: string;
  names: Record<NamingChoice, string>;
  lat: number;
  lon: number;
}

export interface MapViewOptions {
  /** viewBox width; the height follows from the region's shape. Default 1000. */
  width?: number;
  /** Island label size used for placement: the largest the CSS will draw. Default 40. */
  islandFontSize?: number;
  /** Other labels' size used for placement. Default 32. */
  placeFontSize?: number;
}

export interface ViewIsland {
  id: string;
  d: string;
  label: PlacedLabel;
  anchor: MapLabelAnchor;
}

export interface ViewPlace {
  name: string;
  kind: 'sea' | 'land' | 'point';
  label: PlacedLabel;
  anchor: MapLabelAnchor;
  /** A point place's dot, in viewBox units and in degrees. */
  dot?: { svg: SvgPoint; lat: number; lon: number };
}

export interface MapView {
  width: number;
  height: number;
  /** Land that is not one of the islands (Hokkaido, Urup, the Notsuke spit). */
  contextPaths: { name: string | null; d: string }[];
  islands: ViewIsland[];
  places: ViewPlace[];
}

const toLonLat = ([lon = NaN, lat = NaN]: Position): LonLat => [lon, lat];

/** The vertex furthest east in a feature: for Hokkaido in this region, Cape Nosappu. */
export function easternmostPoint(feature: OutlineFeature): { lat: number; lon: number } {
  let best: LonLat | undefined;
  for (const polygon of feature.geometry.coordinates) {
    for (const position of polygon[0] ?? []) {
      const point = toLonLat(position);
      if (best === undefined || point[0] > best[0]) best = point;
    }
  }
  if (best === undefined) throw new Error('The feature has no vertices.');
  return { lon: best[0], lat: best[1] };
}

function ownerOf(feature: OutlineFeature): string | null {
  return feature.properties.kind === 'island' ? feature.properties.id : feature.properties.name;
}

/** A function telling which land (island id or context name) lies at a viewBox point. */
function landLookup(
  outlines: IslandOutlines,
  projection: SvgProjection,
): (x: number, y: number) => string | null {
  const projected: { owner: string; polygon: PolygonRings }[] = outlines.features.flatMap((feature) =>
    feature.geometry.coordinates.map((polygon) => ({
      owner: ownerOf(feature) ?? 'land',
      polygon: polygon.map((ring) =>
        ring.map((position): LonLat => {
          const { x, y } = projection.project(toLonLat(position));
          return [x, y];
        }),
      ),
    })),
  );
  return (x, y) => projected.find(({ polygon }) => pointInPolygon([x, y], polygon))?.owner ?? null;
}

/** The longest of an island's name forms: a label placed for it fits every naming choice. */
function longestName(names: Record<NamingChoice, string>): string {
  return Object.values(names).reduce((a, b) => (b.length > a.length ? b : a));
}

function anchorOf(lat: number, lon: number, side: LabelSide): MapLabelAnchor {
  return { lat, lon, side };
}

/**
 * Projects the outlines into an SVG viewBox fitted exactly to their region (so Leaflet, fitted to
 * the same box, shows the same extent) and places the labels of the islands, then of the seas,
 * Hokkaido and Cape Nosappu.
 */
export function buildMapView(
  outlines: IslandOutlines,
  islands: readonly MapViewIsland[],
  options: MapViewOptions = {},
): MapView {
  const width = options.width ?? 1000;
  const height = Math.round(width / mercatorAspectRatio(outlines.bbox));
  const islandFontSize = options.islandFontSize ?? 40;
  const placeFontSize = options.placeFontSize ?? 32;
  const projection = createProjection(outlines.bbox, { width, height });
  const landAt = landLookup(outlines, projection);

  const islandFeature = (id: string) =>
    outlines.features.find((f) => f.properties.kind === 'island' && f.properties.id === id);
  const contextFeature = (name: string) =>
    outlines.features.find((f) => f.properties.kind === 'context' && f.properties.name === name);

  const islandRequests: LabelRequest[] = islands.map((island) => ({
    id: island.id,
    anchor: projection.projectPoint(island.lat, island.lon),
    width: estimateTextWidth(longestName(island.names), islandFontSize),
    height: islandFontSize * 1.2,
    mayCover: [island.id],
  }));

  const cape = contextFeature(CAPE_NOSAPPU_LANDMASS);
  const capePoint = cape ? easternmostPoint(cape) : undefined;
  const placeRequests: LabelRequest[] = [
    ...FIXED_PLACES.map((place) => ({
      id: place.name,
      anchor: projection.projectPoint(place.lat, place.lon),
      width: estimateTextWidth(place.name, placeFontSize),
      height: placeFontSize * 1.2,
      sides: [place.side],
      mayCover: place.kind === 'land' ? [place.name] : [],
    })),
    ...(capePoint
      ? [
          {
            id: 'Cape Nosappu',
            anchor: projection.projectPoint(capePoint.lat, capePoint.lon),
            width: estimateTextWidth('Cape Nosappu', placeFontSize),
            height: placeFontSize * 1.2,
            sides: ['below', 'below-left', 'below-right', 'left'] as const,
            mayCover: [CAPE_NOSAPPU_LANDMASS],
          },
        ]
      : []),
  ];

  const placed = placeLabels([...islandRequests, ...placeRequests], {
    bounds: { x: 0, y: 0, width, height },
    gap: islandFontSize * 0.4,
    landAt,
  });
  const labelOf = (id: string): PlacedLabel => {
    const label = placed.find((p) => p.id === id);
    if (label === undefined) throw new Error(`No label was placed for "${id}".`);
    return label;
  };

  return {
    width,
    height,
    contextPaths: outlines.features.flatMap((feature) =>
      feature.properties.kind === 'context'
        ? [{ name: feature.properties.name, d: geometryToSvgPath(feature.geometry, projection) }]
        : [],
    ),
    islands: islands.map((island) => {
      const feature = islandFeature(island.id);
      if (feature === undefined) throw new Error(`The outlines have no feature for island "${island.id}".`);
      const label = labelOf(island.id);
      return {
        id: island.id,
        d: geometryToSvgPath(feature.geometry, projection),
        label,
        anchor: anchorOf(island.lat, island.lon, label.side),
      };
    }),
    places: [
      ...FIXED_PLACES.map((place): ViewPlace => {
        const label = labelOf(place.name);
        return { name: place.name, kind: place.kind, label, anchor: anchorOf(place.lat, place.lon, label.side) };
      }),
      ...(capePoint
        ? [
            ((): ViewPlace => {
              const label = labelOf('Cape Nosappu');
              return {
                name: 'Cape Nosappu',
                kind: 'point',
                label,
                anchor: anchorOf(capePoint.lat, capePoint.lon, label.side),
                dot: { svg: projection.projectPoint(capePoint.lat, capePoint.lon), ...capePoint },
              };
            })(),
          ]
        : []),
    ],
  };
}

// The static map, decided once per build for each view (the overview, each island's page): SVG
// paths for the land, and where each label goes. Without JavaScript this is the map; with it,
// Leaflet starts on the same extent and places its labels afresh for the reader's screen.
import type { MultiPolygon, Position } from 'geojson';
import { pointInPolygon, ringsBBox } from './geo.ts';
import type { LonLat, PolygonRings } from './geo.ts';
import type { Extent } from './extent.ts';
import { contains, estimateTextWidth, overlapArea, placeLabels } from './labels.ts';
import type { LabelRequest, PlacedLabel, Rect } from './labels.ts';
import type { MapLabelAnchor } from './map-data.ts';
import type { NamingChoice } from '../names.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { IslandOutlines, OutlineFeature } from './outlines.ts';
import { CAPE_NOSAPPU, CONTEXT_PLACES, POINT_SIDES, placeNames } from './places.ts';
import type { ContextPlace, PlaceAnchor } from './places.ts';
import { createProjection, geometryToSvgPath, mercatorAspectRatio } from './projection.ts';
import type { SvgPoint, SvgProjection } from './projection.ts';

/** The context land whose easternmost point is Cape Nosappu, at the tip of the Nemuro peninsula. */
export const CAPE_NOSAPPU_LANDMASS = 'Hokkaido';

export interface MapViewIsland {
  id: string;
  names: Record<NamingChoice, string>;
  lat: number;
  lon: number;
}

export interface MapViewOptions {
  /** What the SVG shows: its viewBox is fitted to this box. Default: the outlines' whole region. */
  extent?: Extent;
  /** viewBox width; the height follows from the extent's shape. Default 1000. */
  width?: number;
  /** Island label size used for placement: the largest the CSS will draw. Default 40. */
  islandFontSize?: number;
  /** Other labels' size used for placement. Default 32. */
  placeFontSize?: number;
  /** Context places to name. Default {@link CONTEXT_PLACES}. */
  places?: readonly ContextPlace[];
  /** Land to draw again by region, for shading (a border state's regions); none by default. */
  regions?: Readonly<Record<string, MultiPolygon | undefined>>;
  /**
   * The language the map is printed in. Places are laid out by their English names, with room
   * for this language's names too when they run wider (得撫島（ウルップ島） is wider than
   * "Uruppu (Urup)"). Default English.
   */
  locale?: Locale;
}

export interface ViewIsland {
  id: string;
  d: string;
  label: PlacedLabel;
  anchor: MapLabelAnchor;
}

export interface ViewPlace {
  id: string;
  names: Record<NamingChoice, string>;
  kind: 'sea' | 'land' | 'point';
  label: PlacedLabel;
  /** A point place's dot, in viewBox units and in degrees. */
  dot?: { svg: SvgPoint; lat: number; lon: number };
}

export interface MapView {
  width: number;
  height: number;
  /** Land that is not one of the islands (Hokkaido, Urup, the Notsuke spit). */
  contextPaths: { name: string | null; d: string }[];
  /** The land of each region asked for in the options, drawn over the context land. */
  regionPaths: { region: string; d: string }[];
  islands: ViewIsland[];
  /** The places named in this view: those with an anchor in it and room for their label. */
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
  const projected: { owner: string; polygon: PolygonRings }[] = outlines.features.flatMap(
    (feature) =>
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
  // Label placement asks thousands of points per view: a point outside a polygon's box is
  // outside the polygon, which spares walking the long coastlines for most of them.
  const boxed = projected.map((entry) => ({ ...entry, box: ringsBBox(entry.polygon.slice(0, 1)) }));
  return (x, y) =>
    boxed.find(
      ({ polygon, box }) =>
        x >= box.west &&
        x <= box.east &&
        y >= box.south &&
        y <= box.north &&
        pointInPolygon([x, y], polygon),
    )?.owner ?? null;
}

/** The widest of a name's forms: a label placed for it fits every naming choice. */
export function longestName(names: Record<NamingChoice, string>): string {
  const width = (name: string) => estimateTextWidth(name, 100);
  return Object.values(names).reduce((a, b) => (width(b) > width(a) ? b : a));
}

/** The first anchor that falls inside the box (a view shows only part of Hokkaido, say). */
function anchorInside(
  anchors: readonly PlaceAnchor[],
  projection: SvgProjection,
  box: Rect,
): SvgPoint | undefined {
  for (const anchor of anchors) {
    const point = projection.projectPoint(anchor.lat, anchor.lon);
    if (
      point.x >= box.x &&
      point.y >= box.y &&
      point.x <= box.x + box.width &&
      point.y <= box.y + box.height
    ) {
      return point;
    }
  }
  return undefined;
}

/** The box inset by a share of its size on each side. */
function inset(box: Rect, share: number): Rect {
  return {
    x: box.x + box.width * share,
    y: box.y + box.height * share,
    width: box.width * (1 - 2 * share),
    height: box.height * (1 - 2 * share),
  };
}

/**
 * Projects the outlines into an SVG viewBox fitted to the extent (so Leaflet, fitted to the same
 * box, starts on the same picture) and places the labels: the islands first, then Hokkaido, Urup,
 * Cape Nosappu and the seas, each at the first of its anchors inside the view. A place label that
 * does not fit inside the view, or would cover an earlier label, is left out rather than drawn
 * cut or overlapping; island labels always stay.
 */
export function buildMapView(
  outlines: IslandOutlines,
  islands: readonly MapViewIsland[],
  options: MapViewOptions = {},
): MapView {
  const extent = options.extent ?? outlines.bbox;
  const width = options.width ?? 1000;
  const height = Math.round(width / mercatorAspectRatio(extent));
  const islandFontSize = options.islandFontSize ?? 40;
  const placeFontSize = options.placeFontSize ?? 32;
  const locale = options.locale ?? 'en';
  const projection = createProjection(extent, { width, height });
  const landAt = landLookup(outlines, projection);
  const bounds: Rect = { x: 0, y: 0, width, height };
  const inView = inset(bounds, 0.02);

  const islandFeature = (id: string) =>
    outlines.features.find((f) => f.properties.kind === 'island' && f.properties.id === id);
  const contextFeature = (name: string) =>
    outlines.features.find((f) => f.properties.kind === 'context' && f.properties.name === name);

  const islandRequests: LabelRequest[] = islands.map((island) => ({
    id: island.id,
    anchor: projection.projectPoint(island.lat, island.lon),
    // Island labels are semibold (MapSvg.astro).
    width: estimateTextWidth(longestName(island.names), islandFontSize, true),
    height: islandFontSize * 1.2,
    mayCover: [island.id],
  }));

  const requestFor = (
    id: string,
    names: Record<NamingChoice, string>,
    anchor: SvgPoint,
    kind: ViewPlace['kind'],
  ): Omit<LabelRequest, 'sides'> => ({
    id,
    anchor,
    // Land names are set in spaced capitals (MapSvg.astro), about a third wider than lower case.
    width:
      Math.max(
        estimateTextWidth(longestName(names), placeFontSize),
        estimateTextWidth(longestName(placeNames(id, locale, names)), placeFontSize),
      ) * (kind === 'land' ? 1.35 : 1),
    height: placeFontSize * 1.2,
  });

  // Each place with one label request per anchor inside the view, best first.
  const candidates: { info: Omit<ViewPlace, 'label'>; requests: LabelRequest[] }[] = [];
  const cape = contextFeature(CAPE_NOSAPPU_LANDMASS);
  const capePoint = cape ? easternmostPoint(cape) : undefined;
  const anchorsInView = (anchors: readonly PlaceAnchor[]) =>
    anchors.flatMap((anchor) => {
      const point = anchorInside([anchor], projection, inView);
      return point ? [point] : [];
    });
  for (const place of options.places ?? CONTEXT_PLACES) {
    candidates.push({
      info: { id: place.id, names: place.names, kind: place.kind },
      requests: anchorsInView(place.anchors).map((anchor) => ({
        ...requestFor(place.id, place.names, anchor, place.kind),
        sides: place.sides,
        mayCover: place.kind === 'land' ? [place.id] : [],
      })),
    });
    // Cape Nosappu right after Hokkaido, so it is placed before the seas take the room around it.
    if (place.id === CAPE_NOSAPPU_LANDMASS && capePoint) {
      const svg = projection.projectPoint(capePoint.lat, capePoint.lon);
      const names = { both: CAPE_NOSAPPU, japanese: CAPE_NOSAPPU, russian: CAPE_NOSAPPU };
      candidates.push({
        info: { id: CAPE_NOSAPPU, names, kind: 'point', dot: { svg, ...capePoint } },
        requests: anchorsInView([capePoint]).map(() => ({
          ...requestFor(CAPE_NOSAPPU, names, svg, 'point'),
          sides: POINT_SIDES,
          mayCover: [CAPE_NOSAPPU_LANDMASS],
        })),
      });
    }
  }

  // Places are added one at a time, each at its first anchor where the label lies inside the view
  // and on no label placed before it; a place with no such anchor is left out. Placement is greedy
  // in order, so adding a label never moves the ones before it.
  const placementOptions = { bounds, gap: islandFontSize * 0.4, landAt };
  const accepted: LabelRequest[] = [];
  const keptInfo: Omit<ViewPlace, 'label'>[] = [];
  for (const { info, requests } of candidates) {
    for (const request of requests) {
      const trial = placeLabels([...islandRequests, ...accepted, request], placementOptions);
      const label = trial[trial.length - 1];
      if (label === undefined || !contains(bounds, label.box)) continue;
      if (trial.slice(0, -1).some((other) => overlapArea(other.box, label.box) > 0)) continue;
      accepted.push(request);
      keptInfo.push(info);
      break;
    }
  }
  const placed = placeLabels([...islandRequests, ...accepted], placementOptions);
  const labelOf = (id: string): PlacedLabel => {
    const label = placed.find((p) => p.id === id);
    if (label === undefined) throw new Error(`No label was placed for "${id}".`);
    return label;
  };
  const keptPlaces: ViewPlace[] = keptInfo.map((info) => ({ ...info, label: labelOf(info.id) }));

  return {
    width,
    height,
    contextPaths: outlines.features.flatMap((feature) =>
      feature.properties.kind === 'context'
        ? [{ name: feature.properties.name, d: geometryToSvgPath(feature.geometry, projection) }]
        : [],
    ),
    regionPaths: Object.entries(options.regions ?? {}).flatMap(([region, land]) =>
      land ? [{ region, d: geometryToSvgPath(land, projection) }] : [],
    ),
    islands: islands.map((island) => {
      const feature = islandFeature(island.id);
      if (feature === undefined)
        throw new Error(`The outlines have no feature for island "${island.id}".`);
      const label = labelOf(island.id);
      return {
        id: island.id,
        d: geometryToSvgPath(feature.geometry, projection),
        label,
        anchor: { lat: island.lat, lon: island.lon, side: label.side },
      };
    }),
    places: keptPlaces,
  };
}

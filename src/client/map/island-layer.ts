import {
  Polygon,
  geoJSON,
  type GeoJSON as GeoJSONLayer,
  type GeoJSONOptions,
  type PolylineOptions,
} from 'leaflet';
import type { Feature, MultiPolygon } from 'geojson';
import type { IslandOutlines, OutlineProperties } from '../../lib/map/outlines.ts';

const fetched = new Map<string, Promise<IslandOutlines>>();

/** The outlines file, fetched once however many maps a page has. */
export function fetchOutlines(url: string): Promise<IslandOutlines> {
  let outlines = fetched.get(url);
  if (outlines === undefined) {
    outlines = requestOutlines(url);
    fetched.set(url, outlines);
  }
  return outlines;
}

/** Fetches the outlines and checks they have the shape the map draws before trusting them. */
async function requestOutlines(url: string): Promise<IslandOutlines> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The outlines (${url}) answered ${response.status}.`);
  const value: unknown = await response.json();
  if (
    typeof value !== 'object' ||
    value === null ||
    !('type' in value) ||
    value.type !== 'FeatureCollection' ||
    !('features' in value) ||
    !Array.isArray(value.features)
  ) {
    throw new Error(`The outlines (${url}) are not a GeoJSON FeatureCollection.`);
  }
  return value as IslandOutlines;
}

export interface LandLayers {
  /** Everything, to add to the map in one go. */
  layer: GeoJSONLayer;
  /** Each island's shape, by island id. */
  islands: Map<string, Polygon>;
}

/**
 * Draws the land: context land plain, each island as an interactive shape. Colours come from the
 * stylesheet (classes below), so the site's light and dark tokens apply; Leaflet's own style only
 * sets line widths.
 */
export function landLayers(outlines: IslandOutlines): LandLayers {
  const islands = new Map<string, Polygon>();
  const options: GeoJSONOptions<OutlineProperties, MultiPolygon> & PolylineOptions = {
    // Leaflet simplifies shapes on screen by this many pixels (default 1): the outlines are already
    // lean, so it keeps every point it is given, and coasts stay smooth when zoomed in.
    smoothFactor: 0.3,
    style: (feature) => {
      const properties = feature?.properties;
      const island = properties?.kind === 'island';
      return {
        className:
          properties?.kind === 'island'
            ? `map-island map-island--${properties.id}`
            : `map-land map-land--${(properties?.name ?? 'other').toLowerCase()}`,
        weight: island ? 1.5 : 0.75,
        fillOpacity: 1,
        interactive: island,
      };
    },
    onEachFeature: (feature: Feature<MultiPolygon, OutlineProperties>, shape) => {
      // GeoJSON (Multi)Polygons become Leaflet polygons, which know their bounds.
      if (feature.properties.kind === 'island' && shape instanceof Polygon)
        islands.set(feature.properties.id, shape);
    },
  };
  const layer = geoJSON<OutlineProperties, MultiPolygon>(outlines, options);
  return { layer, islands };
}

/**
 * Makes an island's shape a keyboard control once it is on the map: focusable, named, and
 * announced as opening a dialog. Leaflet has no option for this on vector shapes.
 */
export function makeFocusable(shape: Polygon, name: string): SVGElement | undefined {
  const element = shape.getElement();
  if (!(element instanceof SVGElement)) return undefined;
  element.setAttribute('tabindex', '0');
  element.setAttribute('role', 'button');
  element.setAttribute('aria-haspopup', 'dialog');
  element.setAttribute('aria-label', name);
  return element;
}

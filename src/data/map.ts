// The map's build-time data: the island outlines cut from Natural Earth, their published file and
// the static map's layout. Computed once per build (module-level memo), whichever page or endpoint
// asks first, because decoding the 1:10m world takes a noticeable fraction of a second.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { getFacts } from './facts.ts';
import { localePath, toLocale } from '../i18n/locales.ts';
import { asTopology } from '../lib/map/land.ts';
import { buildMapIsland } from '../lib/map/map-data.ts';
import type {
  MapIsland,
  MapLabelAnchor,
  MapLine,
  MapPlace,
  MapTiles,
} from '../lib/map/map-data.ts';
import { contextExtent, expandToAspect, type Extent } from '../lib/map/extent.ts';
import {
  CAPE_NOSAPPU_LANDMASS,
  buildMapView,
  easternmostPoint,
  type MapView,
  type MapViewIsland,
} from '../lib/map/map-view.ts';
import { CAPE_NOSAPPU, CONTEXT_PLACES, POINT_SIDES } from '../lib/map/places.ts';
import { outlinesAsset, islandCentres, type OutlinesAsset } from '../lib/map/outline-asset.ts';
import { buildIslandOutlines } from '../lib/map/outlines.ts';
import { TOGGLE_BORDER_STATE } from '../lib/map/map-ids.ts';
import type { BorderLine, BorderState } from '../schemas/border.ts';
import { stateExtent } from '../lib/map/border-states.ts';
import { borderRegionLand } from '../lib/map/border-regions.ts';
import type { Event } from '../schemas/event.ts';
import type { Source } from '../schemas/source.ts';
import { tilesFromEnv } from '../lib/map/tiles.ts';
import { islandNameForms } from '../lib/names.ts';
import { routes } from '../lib/routes.ts';
import { url } from '../lib/urls.ts';

import { OUTLINES_SOURCE_ID } from '../schemas/source.ts';

/** A line of a border state with what the page says about it. */
export interface MapLineInfo {
  line: MapLine;
  state: BorderState;
  border: BorderLine;
  event: Event;
  sources: Source[];
}

export interface MapBuild {
  asset: OutlinesAsset;
  /** What a map shows first: with an island id, that island and its surroundings; with null, all. */
  extent(focus: string | null): Extent;
  /** The static map of that extent. */
  view(focus: string | null): MapView;
  islands: MapIsland[];
  places: MapPlace[];
  attributionSource: { publisher: string; url?: string | undefined };
  tiles: MapTiles | null;
  lines: MapLineInfo[];
  /** Each border state's static map, wider than the islands' maps where the state needs it. */
  borderViews: { state: BorderState; extent: Extent; view: MapView }[];
}

/**
 * The land the border states' maps draw: from Hokkaido to Kamchatka and up Sakhalin past 50° N.
 * Built only for the static maps (never published as an asset), simplified to about 1 km, which
 * is under a pixel at their scale.
 */
const BORDER_REGION = { west: 139.5, south: 41.0, east: 158.5, north: 52.5 };
const BORDER_SIMPLIFY_DEGREES = 0.01;
const BORDER_ASPECT = 1.3;

/** The lines the toggle under every map draws: those of one border state of the fact file. */
function toggleLines(facts: Awaited<ReturnType<typeof getFacts>>): MapLineInfo[] {
  const state = facts.borders.find((border) => border.id === TOGGLE_BORDER_STATE);
  if (state === undefined) return [];
  return state.lines.map((line) => ({
    line: { id: line.id, label: line.label, points: line.points.map(([lat, lon]) => [lat, lon]) },
    state,
    border: line,
    event: facts.event(state.event),
    sources: line.sources.map((id) => facts.source(id)),
  }));
}

/**
 * The shapes the static maps are drawn for: island maps run from about 1.2 (a phone) to 2 (a
 * desktop column), the overview from about 1.1 to 1.6 (IslandMap.astro's height presets).
 */
const ISLAND_ASPECT = 1.5;
const OVERVIEW_ASPECT = 1.3;

const cached = new Map<string, Promise<MapBuild>>();

async function load(locale: string | undefined): Promise<MapBuild> {
  // The outlines are the same in every language; the islands' names and the map's words are not.
  const facts = await getFacts(locale);
  // Its links lead to the pages in this language, its names are written as this language writes them.
  const language = toLocale(locale);
  const require = createRequire(import.meta.url);
  const topology = asTopology(
    JSON.parse(readFileSync(require.resolve('world-atlas/land-10m.json'), 'utf8')),
  );
  // Throws OutlineMatchError, naming the island and its coordinates, if one matches no polygon:
  // the build stops rather than publish a map with an island missing.
  const outlines = buildIslandOutlines(topology, islandCentres(facts.islands));
  const viewIslands: MapViewIsland[] = facts.islands.map((island) => ({
    id: island.id,
    names: islandNameForms(island, language),
    lat: island.coordinates.lat,
    lon: island.coordinates.lon,
  }));
  const extents = new Map<string | null, Extent>();
  const extent = (focus: string | null): Extent => {
    let found = extents.get(focus);
    if (found === undefined) {
      found = contextExtent(outlines, focus);
      extents.set(focus, found);
    }
    return found;
  };
  const views = new Map<string | null, MapView>();
  const view = (focus: string | null): MapView => {
    let found = views.get(focus);
    if (found === undefined) {
      found = buildMapView(outlines, viewIslands, {
        extent: expandToAspect(extent(focus), focus === null ? OVERVIEW_ASPECT : ISLAND_ASPECT),
        locale: language,
      });
      views.set(focus, found);
    }
    return found;
  };
  const overview = view(null);
  const hokkaido = outlines.features.find(
    (f) => f.properties.kind === 'context' && f.properties.name === CAPE_NOSAPPU_LANDMASS,
  );
  const cape = hokkaido ? easternmostPoint(hokkaido) : undefined;
  const places: MapPlace[] = CONTEXT_PLACES.flatMap((place): MapPlace[] => [
    {
      id: place.id,
      names: place.names,
      kind: place.kind,
      anchors: [...place.anchors],
      sides: [...place.sides],
    },
    ...(place.id === CAPE_NOSAPPU_LANDMASS && cape
      ? [
          {
            id: CAPE_NOSAPPU,
            names: { both: CAPE_NOSAPPU, japanese: CAPE_NOSAPPU, russian: CAPE_NOSAPPU },
            kind: 'point' as const,
            anchors: [cape],
            sides: [...POINT_SIDES],
            point: cape,
          },
        ]
      : []),
  ]);
  const source = facts.source(OUTLINES_SOURCE_ID);
  return {
    asset: outlinesAsset(outlines),
    extent,
    view,
    islands: facts.islands.map((island) =>
      buildMapIsland(
        island,
        anchorOf(overview, island.id),
        {
          islandHref: (id) => url(localePath(language, routes.island(id))),
          sourceHref: (id) => url(localePath(language, routes.source(id))),
          publisherOf: (id) => facts.source(id).publisher,
        },
        language,
      ),
    ),
    places,
    attributionSource: { publisher: source.publisher, url: source.url },
    tiles: tilesFromEnv(process.env),
    lines: toggleLines(facts),
    borderViews: (() => {
      const wide = buildIslandOutlines(topology, islandCentres(facts.islands), {
        bbox: BORDER_REGION,
        simplifyTolerance: BORDER_SIMPLIFY_DEGREES,
      });
      const regions = borderRegionLand(wide);
      return facts.borders.map((state) => {
        const box = expandToAspect(stateExtent(state), BORDER_ASPECT);
        return {
          state,
          extent: box,
          view: buildMapView(wide, viewIslands, { extent: box, regions, locale: language }),
        };
      });
    })(),
  };
}

function anchorOf(view: MapView, islandId: string): MapLabelAnchor {
  const anchor = view.islands.find((island) => island.id === islandId)?.anchor;
  if (anchor === undefined) throw new Error(`The map view has no label for island "${islandId}".`);
  return anchor;
}

/** The map's data; built once per production build, afresh on each request in dev. */
export function getMapBuild(locale?: string): Promise<MapBuild> {
  if (import.meta.env.DEV) return load(locale);
  const key = locale ?? 'en';
  let build = cached.get(key);
  if (!build) {
    build = load(locale);
    cached.set(key, build);
  }
  return build;
}

/** The URL (base included) of the outlines GeoJSON, whose name carries its content hash. */
export async function outlinesUrl(): Promise<string> {
  return url((await getMapBuild()).asset.path);
}

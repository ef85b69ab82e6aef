// The interactive map: Leaflet on the same Web Mercator projection and extent as the static SVG,
// drawn from the outlines file in the site's colours, with no tiles unless the build configured
// some. Loaded lazily by init.ts; Leaflet's stylesheet is bundled with the site (a hashed file)
// but fetched only here, so a page's first paint never waits for it.
import leafletStylesheet from 'leaflet/dist/leaflet.css?url';
import {
  CRS,
  control,
  latLngBounds,
  map as createMap,
  popup as createPopup,
  tileLayer,
  type LatLngBounds,
  type Map as LeafletMap,
} from 'leaflet';
import type { MapIsland } from '../../lib/map/map-data.ts';
import type { NamingChoice } from '../../lib/names.ts';
import { readNamingChoice } from '../naming.ts';
import { fetchOutlines, landLayers, makeFocusable } from './island-layer.ts';
import { labelsLayer } from './labels-layer.ts';
import { lineLayers } from './lines-layer.ts';
import { renderPopup } from './popup.ts';
import { readMapData } from './read-data.ts';
import { loadStylesheet } from './stylesheet.ts';

export interface IslandMapController {
  /** Flies to the island and opens its popup; focus returns to `opener` when it closes. */
  showIsland(id: string, opener?: HTMLElement): void;
  /** Back to the whole region, popup closed. */
  showAll(): void;
  /** Shows or hides a schematic line; returns whether it is now shown. */
  toggleLine(id: string): boolean;
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** How far in the map may zoom: enough to tell the Habomai islets apart, not beyond the data's detail. */
const MAX_ZOOM = 11;

export async function mountIslandMap(root: HTMLElement): Promise<IslandMapController> {
  const data = readMapData(root);
  const frame = root.querySelector<HTMLElement>('[data-map-frame]');
  if (frame === null) throw new Error('This map has no frame.');
  const [outlines] = await Promise.all([fetchOutlines(data.outlinesUrl), loadStylesheet(leafletStylesheet)]);

  const container = document.createElement('div');
  container.className = 'island-map__leaflet';
  frame.append(container);
  const [west, south, east, north] = data.bbox;
  const region = latLngBounds([south, west], [north, east]);

  const map = createMap(container, {
    crs: CRS.EPSG3857,
    // Fractional zoom, so the region fills the box exactly as the SVG did.
    zoomSnap: 0,
    zoomDelta: 0.5,
    maxZoom: MAX_ZOOM,
    // Some slack around the region, so a popup near its edge can pan into view.
    maxBounds: region.pad(0.3),
    maxBoundsViscosity: 1,
    // The wheel scrolls the page: a map across the page must not trap it. Buttons and +/− zoom.
    scrollWheelZoom: false,
    zoomAnimation: !reducedMotion(),
    // Placed below, so the zoom buttons never sit under a popup, which opens upwards.
    zoomControl: false,
  });
  control.zoom({ position: 'bottomright' }).addTo(map);
  // No "Leaflet" prefix: on a phone it pushes the attribution over the scale bar, and the
  // data's credit is the one that must show.
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(data.attribution);
  control.scale({ imperial: false, maxWidth: 120 }).addTo(map);
  if (data.tiles) {
    root.classList.add('has-tiles');
    tileLayer(data.tiles.url, {
      attribution: data.tiles.attribution,
      referrerPolicy: 'strict-origin-when-cross-origin',
    }).addTo(map);
  }

  const fitRegion = (animate: boolean) => {
    map.setMinZoom(0);
    map.fitBounds(region, { animate });
    map.setMinZoom(map.getBoundsZoom(region, true));
  };
  fitRegion(false);
  map.on('resize', () => map.setMinZoom(map.getBoundsZoom(region, true)));

  const land = landLayers(outlines);
  land.layer.addTo(map);
  const islandsById = new Map(data.islands.map((island) => [island.id, island]));

  const controller = interactions(map, root, islandsById);
  for (const [id, shape] of land.islands) {
    const island = islandsById.get(id);
    if (island === undefined) continue;
    const element = makeFocusable(shape, island.names[readNamingChoice()]);
    if (data.focus === id) element?.classList.add('is-focus');
    shape.on('click', () => controller.open(id, element ?? null));
    shape.on('mouseover', () => element?.classList.add('is-hover'));
    shape.on('mouseout', () => element?.classList.remove('is-hover'));
    element?.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      controller.open(id, element);
    });
    controller.shapes.set(id, { element, bounds: shape.getBounds() });
  }
  labelsLayer(data.islands, data.places, (id) => controller.open(id, controller.shapes.get(id)?.element ?? null)).addTo(map);

  const lines = lineLayers(data.lines);

  document.addEventListener('naming-change', () => controller.renameAll());
  root.classList.add('is-interactive');

  return {
    showIsland: (id, opener) => {
      const bounds = controller.shapes.get(id)?.bounds;
      if (bounds === undefined) return;
      const open = () => controller.open(id, opener ?? null);
      const targetZoom = Math.min(map.getBoundsZoom(bounds.pad(0.6)), 9);
      const target = bounds.getCenter();
      const alreadyThere =
        Math.abs(map.getZoom() - targetZoom) < 0.05 && map.distance(map.getCenter(), target) < 500;
      if (alreadyThere) {
        open();
        return;
      }
      map.once('moveend', open);
      if (reducedMotion()) map.setView(target, targetZoom, { animate: false });
      else map.flyTo(target, targetZoom, { duration: 0.6 });
    },
    showAll: () => {
      map.closePopup();
      if (reducedMotion()) fitRegion(false);
      else map.flyToBounds(region, { duration: 0.6 });
    },
    toggleLine: (id) => {
      const layer = lines.get(id);
      if (layer === undefined) return false;
      if (map.hasLayer(layer)) layer.remove();
      else layer.addTo(map);
      return map.hasLayer(layer);
    },
  };
}

interface ShapeEntry {
  element: SVGElement | undefined;
  bounds: LatLngBounds;
}

/**
 * One popup per map, reused: opening it records what opened it (a shape, a label or a button);
 * Escape or the close button closes it and hands focus back there.
 */
function interactions(map: LeafletMap, root: HTMLElement, islands: Map<string, MapIsland>) {
  const shapes = new Map<string, ShapeEntry>();
  const popup = createPopup({
    maxWidth: Math.min(260, map.getSize().x - 64),
    closeButton: true,
    autoPanPadding: [12, 12],
  });
  map.on('resize', () => {
    popup.options.maxWidth = Math.min(260, map.getSize().x - 64);
  });
  let openId: string | null = null;
  let opener: HTMLElement | SVGElement | null = null;
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('button[data-map-island]')];

  const setActive = (id: string | null) => {
    for (const [shapeId, shape] of shapes) shape.element?.classList.toggle('is-active', shapeId === id);
    for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.mapIsland === id));
  };

  const renderInto = (id: string, choice: NamingChoice) => {
    const island = islands.get(id);
    if (island === undefined) return null;
    const content = renderPopup(island, choice);
    popup.setContent(content);
    return content;
  };

  const open = (id: string, from: HTMLElement | SVGElement | null) => {
    const island = islands.get(id);
    if (island === undefined) return;
    opener = from;
    openId = id;
    const content = renderInto(id, readNamingChoice());
    popup.setLatLng([island.label.lat, island.label.lon]).openOn(map);
    setActive(id);
    content?.focus({ preventScroll: true });
  };

  map.on('popupclose', () => {
    const returnTo = opener;
    openId = null;
    opener = null;
    setActive(null);
    const active = document.activeElement;
    const focusWasInPopup = active === null || active === document.body || popup.getElement()?.contains(active);
    if (returnTo && focusWasInPopup && returnTo.isConnected) returnTo.focus({ preventScroll: true });
  });

  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || openId === null) return;
    const returnTo = opener;
    map.closePopup();
    returnTo?.focus({ preventScroll: true });
  });

  const renameAll = () => {
    const choice = readNamingChoice();
    for (const [id, shape] of shapes) {
      const island = islands.get(id);
      if (island) shape.element?.setAttribute('aria-label', island.names[choice]);
    }
    if (openId !== null) {
      const hadFocus = popup.getElement()?.contains(document.activeElement) ?? false;
      const content = renderInto(openId, choice);
      if (hadFocus) content?.focus({ preventScroll: true });
    }
  };

  return { shapes, open, renameAll };
}

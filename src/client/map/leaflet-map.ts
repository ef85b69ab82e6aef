// The interactive map: Leaflet on the same Web Mercator projection and extent as the static SVG,
// drawn from the outlines file in the site's colours, with no tiles unless the build configured
// some. Loaded lazily by init.ts; Leaflet's stylesheet is bundled with the site (a hashed file)
// but fetched only here, so no page's first paint waits for it.
import leafletStylesheet from 'leaflet/dist/leaflet.css?url';
import {
  CRS,
  control,
  latLngBounds,
  map as createMap,
  tileLayer,
  type LatLngBounds,
} from 'leaflet';
import { readNamingChoice } from '../naming.ts';
import { createCamera } from './camera.ts';
import { fetchOutlines, landLayers, makeFocusable } from './island-layer.ts';
import { createLabelsLayer } from './labels-layer.ts';
import { lineLayers } from './lines-layer.ts';
import { createPopupController } from './popup-controller.ts';
import { readMapData } from './read-data.ts';
import { MAP_TEXT_EN } from '../../lib/map/map-data.ts';
import { loadStylesheet } from './stylesheet.ts';

export interface IslandMapController {
  /** Flies to the island and opens its popup; focus returns to `opener` when it closes. */
  showIsland(id: string, opener?: HTMLElement): void;
  /** Back to the whole region, popup closed. */
  showAll(): void;
  /** Shows or hides a schematic line; returns whether it is now shown. */
  toggleLine(id: string): boolean;
}

/** How far in the map may zoom: enough to tell the Habomai islets apart, not beyond the data's detail. */
const MAX_ZOOM = 11;

export async function mountIslandMap(root: HTMLElement): Promise<IslandMapController> {
  const data = readMapData(root);
  const frame = root.querySelector<HTMLElement>('[data-map-frame]');
  if (frame === null) throw new Error('This map has no frame.');
  const [outlines] = await Promise.all([
    fetchOutlines(data.outlinesUrl),
    loadStylesheet(leafletStylesheet),
  ]);

  const container = document.createElement('div');
  container.className = 'island-map__leaflet';
  frame.append(container);
  const toBounds = ([west, south, east, north]: [number, number, number, number]): LatLngBounds =>
    latLngBounds([south, west], [north, east]);
  const region = toBounds(data.bbox);

  const map = createMap(container, {
    crs: CRS.EPSG3857,
    // Fractional zoom, so the region fills the box exactly as the SVG did.
    zoomSnap: 0,
    zoomDelta: 0.5,
    maxZoom: MAX_ZOOM,
    // The outlines reach well beyond every view (outlines.ts), so the reader may pan to their edge.
    maxBounds: region,
    maxBoundsViscosity: 1,
    // The wheel scrolls the page: a map across the page must not trap it. Buttons and +/− zoom.
    scrollWheelZoom: false,
    zoomAnimation: !window.matchMedia('(prefers-reduced-motion: reduce)').matches,
    // Placed below, so the zoom buttons never sit under a popup, which opens upwards.
    zoomControl: false,
    attributionControl: false,
  });
  // The page's words (its map data), or English.
  const text = data.text ?? MAP_TEXT_EN;
  control
    .zoom({ position: 'bottomright', zoomInTitle: text.zoomIn, zoomOutTitle: text.zoomOut })
    .addTo(map);
  control.scale({ imperial: false, maxWidth: 120 }).addTo(map);
  if (data.tiles) {
    // The caption under the map credits the outlines; a tile layer's credit must show on the map
    // itself. No "Leaflet" prefix: on a phone it pushes the credit over the scale bar.
    // The control is made here (the map has none), so the credit is given to it directly.
    control.attribution({ prefix: false }).addAttribution(data.tiles.attribution).addTo(map);
    root.classList.add('has-tiles');
    tileLayer(data.tiles.url, { referrerPolicy: 'strict-origin-when-cross-origin' }).addTo(map);
  }
  const camera = createCamera(map, {
    home: toBounds(data.view),
    overview: toBounds(data.overview),
  });

  const islands = new Map(data.islands.map((island) => [island.id, island]));
  const popups = createPopupController(map, root, islands, text);
  const land = landLayers(outlines);
  land.layer.addTo(map);

  const islandBounds = new Map<string, LatLngBounds>();
  const shapeElements = new Map<string, SVGElement>();
  for (const [id, shape] of land.islands) {
    const island = islands.get(id);
    if (island === undefined) continue;
    islandBounds.set(id, shape.getBounds());
    const element = makeFocusable(shape, island.names[readNamingChoice()]);
    if (element === undefined) continue;
    shapeElements.set(id, element);
    popups.attachShape(id, element);
    element.classList.toggle('is-focus', data.focus === id);
    shape.on('click', () => popups.open(id, element));
    shape.on('mouseover', () => element.classList.add('is-hover'));
    shape.on('mouseout', () => element.classList.remove('is-hover'));
    element.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      popups.open(id, element);
    });
  }
  const labels = createLabelsLayer(map, data.islands, data.places, data.focus, (id) =>
    popups.open(id, shapeElements.get(id) ?? null),
  );
  const lines = lineLayers(data.lines);

  document.addEventListener('naming-change', () => {
    popups.rename();
    labels.remeasure();
  });
  root.classList.add('is-interactive');

  return {
    showIsland: (id, opener) => {
      const bounds = islandBounds.get(id);
      if (bounds !== undefined) camera.showBounds(bounds, () => popups.open(id, opener ?? null));
    },
    showAll: () => {
      map.closePopup();
      camera.showRegion(true);
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

// The interactive map's labels: placed afresh whenever the view changes, in screen pixels, by the
// same collision rules the tests check (lib/map/labels.ts): inside the frame, clear of the zoom
// buttons, the scale bar and the attribution, never on another label; a label with no room is
// stacked, moved out on a leader line, or left out, but never cut.
import { divIcon, marker, type LatLngExpression, type Map as LeafletMap } from 'leaflet';
import {
  placeLabelsInFrame,
  type FrameLabelRequest,
  type LabelSize,
  type Rect,
} from '../../lib/map/labels.ts';
import type { LabelSide, MapIsland, MapPlace } from '../../lib/map/map-data.ts';
import type { NamingChoice } from '../../lib/names.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The sides an island's label tries: beside it first, so the label does not hide its shape. */
const ISLAND_SIDES: readonly LabelSide[] = [
  'right',
  'left',
  'below',
  'above',
  'below-right',
  'above-right',
  'below-left',
  'above-left',
  'center',
];

interface LabelEntry {
  id: string;
  element: HTMLElement;
  anchors: { lat: number; lon: number }[];
  sides: readonly LabelSide[];
  size?: LabelSize;
  stacked?: LabelSize;
}

/** A label element: the text in every naming form, the site's CSS showing the reader's choice. */
function labelElement(kind: string, names: Record<NamingChoice, string>): HTMLElement {
  const label = document.createElement('span');
  label.className = `map-label map-label--${kind}`;
  label.setAttribute('aria-hidden', 'true');
  const text = document.createElement('span');
  text.className = 'map-label__text';
  if (names.japanese === names.russian) {
    text.textContent = names.both;
  } else {
    for (const form of ['both', 'japanese', 'russian'] as const) {
      const span = document.createElement('span');
      span.className = `island-name__${form}`;
      span.textContent = names[form];
      text.append(span);
    }
  }
  label.append(text);
  return label;
}

/** A box relative to the map's container. */
function boxWithin(element: Element, origin: DOMRect): Rect {
  const box = element.getBoundingClientRect();
  return {
    x: box.left - origin.left,
    y: box.top - origin.top,
    width: box.width,
    height: box.height,
  };
}

export interface LabelsLayer {
  /** Places every label for the current view. */
  update(): void;
  /** Measures the labels again (after a change of naming choice or of font size), then places them. */
  remeasure(): void;
}

/**
 * Adds the labels of the islands (the focus island first) and of the places around them, and
 * keeps them placed as the reader pans and zooms. Island labels open the island's popup when
 * clicked, like its shape; the shapes carry the names for assistive technology.
 */
export function createLabelsLayer(
  map: LeafletMap,
  islands: readonly MapIsland[],
  places: readonly MapPlace[],
  focus: string | null,
  onIslandClick: (id: string) => void,
): LabelsLayer {
  const container = map.getContainer();
  // A pane of its own, above the shapes and below popups (650: Leaflet's tooltip pane, between its
  // marker and popup panes). Panes move with the map, so positions are given in its layer points.
  const layer = map.createPane('map-labels');
  layer.classList.add('map-labels');
  layer.style.zIndex = '650';
  const leaders = document.createElementNS(SVG_NS, 'svg');
  leaders.classList.add('map-labels__leaders');
  leaders.setAttribute('aria-hidden', 'true');
  layer.append(leaders);

  const ordered = [...islands].sort((a, b) => Number(b.id === focus) - Number(a.id === focus));
  const entries: LabelEntry[] = [];
  for (const island of ordered) {
    const element = labelElement('island', island.names);
    element.classList.toggle('is-focus', island.id === focus);
    element.dataset.label = island.id;
    element.addEventListener('click', () => onIslandClick(island.id));
    entries.push({ id: island.id, element, anchors: [island.label], sides: ISLAND_SIDES });
  }
  for (const place of places) {
    const element = labelElement(place.kind, place.names);
    element.dataset.label = place.id;
    entries.push({ id: place.id, element, anchors: place.anchors, sides: place.sides });
    if (place.point) {
      const at: LatLngExpression = [place.point.lat, place.point.lon];
      marker(at, {
        icon: divIcon({ className: 'map-dot', iconSize: [8, 8] }),
        interactive: false,
        keyboard: false,
      }).addTo(map);
    }
  }
  for (const entry of entries) layer.append(entry.element);

  const measure = () => {
    for (const entry of entries) {
      entry.element.hidden = false;
      entry.element.classList.remove('is-stacked');
      entry.size = { width: entry.element.offsetWidth, height: entry.element.offsetHeight };
      entry.element.classList.add('is-stacked');
      const stacked = { width: entry.element.offsetWidth, height: entry.element.offsetHeight };
      entry.element.classList.remove('is-stacked');
      // Only a label that stacks narrower has a stacked form worth trying.
      entry.stacked = stacked.width < entry.size.width ? stacked : undefined;
    }
  };

  const update = () => {
    const origin = container.getBoundingClientRect();
    const size = map.getSize();
    const obstacles = [...container.querySelectorAll('.leaflet-control')]
      .map((control) => boxWithin(control, origin))
      .filter((box) => box.width > 0 && box.height > 0);
    const requests: FrameLabelRequest[] = entries.map((entry) => ({
      id: entry.id,
      anchors: entry.anchors.map((anchor) => map.latLngToContainerPoint([anchor.lat, anchor.lon])),
      size: entry.size ?? { width: 0, height: 0 },
      ...(entry.stacked ? { stacked: entry.stacked } : {}),
      sides: entry.sides,
    }));
    const { placed } = placeLabelsInFrame(requests, {
      frame: { x: 0, y: 0, width: size.x, height: size.y },
      obstacles,
      gap: 6,
      margin: 2,
    });
    const byId = new Map(placed.map((label) => [label.id, label]));
    const offset = map.containerPointToLayerPoint([0, 0]);
    leaders.replaceChildren();
    leaders.setAttribute('viewBox', `0 0 ${size.x} ${size.y}`);
    leaders.setAttribute('width', String(size.x));
    leaders.setAttribute('height', String(size.y));
    leaders.style.left = `${offset.x}px`;
    leaders.style.top = `${offset.y}px`;
    for (const entry of entries) {
      const label = byId.get(entry.id);
      entry.element.hidden = label === undefined;
      if (label === undefined) continue;
      entry.element.classList.toggle('is-stacked', label.stacked);
      entry.element.style.left = `${label.box.x + offset.x}px`;
      entry.element.style.top = `${label.box.y + offset.y}px`;
      if (label.leader) {
        // From the anchor to the nearest point of the label's box.
        const x = Math.max(label.box.x, Math.min(label.anchor.x, label.box.x + label.box.width));
        const y = Math.max(label.box.y, Math.min(label.anchor.y, label.box.y + label.box.height));
        const line = document.createElementNS(SVG_NS, 'line');
        line.setAttribute('x1', String(label.anchor.x));
        line.setAttribute('y1', String(label.anchor.y));
        line.setAttribute('x2', String(x));
        line.setAttribute('y2', String(y));
        leaders.append(line);
      }
    }
  };

  // A zoom animation scales the panes by CSS; labels wait for it to end rather than drift.
  map.on('zoomanim', () => layer.classList.add('is-zooming'));
  map.on('zoomend', () => layer.classList.remove('is-zooming'));
  map.on('move zoom zoomend viewreset', update);
  map.on('resize', () => {
    measure();
    update();
  });
  measure();
  update();

  return {
    update,
    remeasure: () => {
      measure();
      update();
    },
  };
}

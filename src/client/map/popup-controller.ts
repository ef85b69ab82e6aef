import { popup as createPopup, type Map as LeafletMap } from 'leaflet';
import { MAP_TEXT_EN, type MapIsland, type MapText } from '../../lib/map/map-data.ts';
import { readNamingChoice } from '../naming.ts';
import { renderPopup } from './popup.ts';

export interface PopupController {
  /** Opens the island's popup and moves focus into it; `opener` gets focus back when it closes. */
  open(id: string, opener: HTMLElement | SVGElement | null): void;
  /** Registers an island's shape, so it is marked while its popup is open and renamed with the choice. */
  attachShape(id: string, element: SVGElement): void;
  /** Applies the current naming choice to shape names and to an open popup. */
  rename(): void;
}

/** Keeps the popup inside narrow maps, with room for the close button. */
const popupWidth = (map: LeafletMap): number => Math.max(160, Math.min(260, map.getSize().x - 64));

/**
 * One popup per map, reused. Opening it records what opened it (a shape, a label or a button);
 * Escape anywhere in the map's section, or the close button, closes it and hands focus back there.
 */
export function createPopupController(
  map: LeafletMap,
  root: HTMLElement,
  islands: ReadonlyMap<string, MapIsland>,
  text: MapText = MAP_TEXT_EN,
): PopupController {
  const popup = createPopup({
    maxWidth: popupWidth(map),
    closeButton: true,
    autoPanPadding: [12, 12],
  });
  map.on('resize', () => {
    popup.options.maxWidth = popupWidth(map);
  });
  const shapes = new Map<string, SVGElement>();
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('button[data-map-island]')];
  let openId: string | null = null;
  let opener: HTMLElement | SVGElement | null = null;

  const markActive = (id: string | null) => {
    for (const [shapeId, element] of shapes) element.classList.toggle('is-active', shapeId === id);
    for (const button of buttons)
      button.setAttribute('aria-pressed', String(button.dataset.mapIsland === id));
  };

  const render = (id: string): HTMLElement | null => {
    const island = islands.get(id);
    if (island === undefined) return null;
    const content = renderPopup(island, readNamingChoice(), text);
    popup.setContent(content);
    return content;
  };

  map.on('popupclose', () => {
    const returnTo = opener;
    openId = null;
    opener = null;
    markActive(null);
    const active = document.activeElement;
    const focusWasInPopup =
      active === null || active === document.body || popup.getElement()?.contains(active);
    if (returnTo?.isConnected && focusWasInPopup) returnTo.focus({ preventScroll: true });
  });

  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || openId === null) return;
    const returnTo = opener;
    map.closePopup();
    returnTo?.focus({ preventScroll: true });
  });

  return {
    open: (id, from) => {
      const island = islands.get(id);
      if (island === undefined) return;
      opener = from;
      openId = id;
      const content = render(id);
      popup.setLatLng([island.label.lat, island.label.lon]).openOn(map);
      markActive(id);
      content?.focus({ preventScroll: true });
    },
    attachShape: (id, element) => {
      shapes.set(id, element);
    },
    rename: () => {
      const choice = readNamingChoice();
      for (const [id, element] of shapes) {
        const island = islands.get(id);
        if (island) element.setAttribute('aria-label', island.names[choice]);
      }
      if (openId !== null) {
        const hadFocus = popup.getElement()?.contains(document.activeElement) ?? false;
        const content = render(openId);
        if (hadFocus) content?.focus({ preventScroll: true });
      }
    },
  };
}

import { divIcon, layerGroup, marker, type LayerGroup } from 'leaflet';
import type { MapIsland, MapLabelAnchor, MapPlace } from '../../lib/map/map-data.ts';

const escapeText = (text: string): string => {
  const span = document.createElement('span');
  span.textContent = text;
  return span.innerHTML;
};

/** A label as a zero-size icon at its anchor; CSS moves the text to the side placement chose. */
function labelMarker(anchor: MapLabelAnchor, kind: string, html: string, interactive: boolean) {
  return marker([anchor.lat, anchor.lon], {
    icon: divIcon({
      className: `map-label map-label--${kind} map-label--${anchor.side}`,
      html: `<span class="map-label__text" aria-hidden="true">${html}</span>`,
      iconSize: [0, 0],
    }),
    interactive,
    keyboard: false,
  });
}

/**
 * The map's labels, at the anchors and sides placed at build time for the static map. Island
 * labels carry the three name forms the site's CSS chooses between, so the naming choice applies
 * without a redraw; they open the island's popup when clicked, like its shape.
 */
export function labelsLayer(
  islands: readonly MapIsland[],
  places: readonly MapPlace[],
  onIslandClick: (id: string) => void,
): LayerGroup {
  const layer = layerGroup();
  for (const place of places) {
    if (place.point) {
      marker([place.point.lat, place.point.lon], {
        icon: divIcon({ className: 'map-dot', iconSize: [8, 8] }),
        interactive: false,
        keyboard: false,
      }).addTo(layer);
    }
    labelMarker(place.label, place.kind, escapeText(place.name), false).addTo(layer);
  }
  for (const island of islands) {
    const html = (['both', 'japanese', 'russian'] as const)
      .map((form) => `<span class="island-name__${form}">${escapeText(island.names[form])}</span>`)
      .join('');
    labelMarker(island.label, 'island', html, true)
      .on('click', () => onIslandClick(island.id))
      .addTo(layer);
  }
  return layer;
}

import { divIcon, layerGroup, marker, polyline, type LayerGroup } from 'leaflet';
import type { MapLine } from '../../lib/map/map-data.ts';

/**
 * Each schematic line as a dashed stroke, by line id, labelled to the left of its west end: for
 * the 1855 border that is open sea, clear of both islands and of the map's right edge.
 */
export function lineLayers(lines: readonly MapLine[]): Map<string, LayerGroup> {
  const layers = new Map<string, LayerGroup>();
  for (const line of lines) {
    const group = layerGroup();
    polyline(line.points, {
      className: 'map-line',
      weight: 2.5,
      dashArray: '8 6',
      interactive: false,
    }).addTo(group);
    const west = line.points[0];
    if (west) {
      const text = document.createElement('span');
      text.className = 'map-label__text';
      text.textContent = line.label;
      marker(west, {
        icon: divIcon({
          className: 'map-label map-label--line map-label--left',
          html: text,
          iconSize: [0, 0],
        }),
        interactive: false,
        keyboard: false,
      }).addTo(group);
    }
    layers.set(line.id, group);
  }
  return layers;
}

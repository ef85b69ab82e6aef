import { parseMapData, type MapData } from '../../lib/map/map-data.ts';

/** The data the page serialized for this map, from its `<script type="application/json">`. */
export function readMapData(root: HTMLElement): MapData {
  const text = root.querySelector('script[data-map-data]')?.textContent;
  if (!text) throw new Error('This map has no data element.');
  return parseMapData(JSON.parse(text));
}

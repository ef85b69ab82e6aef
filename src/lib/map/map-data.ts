// The data the interactive map needs, as the page serializes it into a JSON script element and the
// client script reads it back. Kept free of Node and Astro imports: the browser bundle uses it.
import { islandNameForms, type NamingChoice } from '../names.ts';
import type { Island } from '../../schemas/island.ts';

/** An island's area as the popup shows it: the first sourced figure and who published it. */
export interface MapArea {
  /** "3,168 km²" */
  text: string;
  /** The source's publisher, e.g. "Ministry of Foreign Affairs of Japan". */
  source: string;
  /** The source's entry in the bibliography (base included). */
  sourceHref: string;
  /** How many other sourced figures the fact file keeps, shown on the island page. */
  otherFigures: number;
}

/** Where a label sits relative to its anchor point (see labels.ts). */
export type LabelSide =
  | 'center'
  | 'right'
  | 'left'
  | 'above'
  | 'below'
  | 'above-right'
  | 'above-left'
  | 'below-right'
  | 'below-left';

/** A label's anchor in degrees and the side of it the text goes. */
export interface MapLabelAnchor {
  lat: number;
  lon: number;
  side: LabelSide;
}

/** One island as the map script needs it. */
export interface MapIsland {
  id: string;
  /** The island's name under each naming choice. */
  names: Record<NamingChoice, string>;
  /** Its page (base included). */
  href: string;
  area: MapArea | null;
  label: MapLabelAnchor;
}

/** A place named on the map that is not one of the islands: a sea, Hokkaido, Urup, a cape. */
export interface MapPlace {
  id: string;
  /** The name under each naming choice (Urup's follows it; the others read the same in all). */
  names: Record<NamingChoice, string>;
  kind: 'sea' | 'land' | 'point';
  /** Points the label may sit at, best first: the map uses the first one in view. */
  anchors: { lat: number; lon: number }[];
  /** Sides of the anchor to try, best first. */
  sides: LabelSide[];
  /** Where a point place's dot goes. */
  point?: { lat: number; lon: number };
}

/** A schematic line the reader can switch on, such as the 1855 border. */
export interface MapLine {
  id: string;
  /** Shown beside the line, e.g. "1855 border (schematic)". */
  label: string;
  /** [lat, lon] pairs. */
  points: [number, number][];
}

/** An optional background tile layer, configured at build time. */
export interface MapTiles {
  url: string;
  attribution: string;
}

/** Everything one map instance needs: serialized at build time, read once by the script. */
export interface MapData {
  /** The outlines GeoJSON (base included, content-hashed name). */
  outlinesUrl: string;
  /** [west, south, east, north]: the region the outlines cover; the map never pans beyond it. */
  bbox: [number, number, number, number];
  /** [west, south, east, north]: the first view, the extent the static SVG shows (extent.ts). */
  view: [number, number, number, number];
  /** [west, south, east, north]: what "Show all" shows, every island with Urup and Hokkaido. */
  overview: [number, number, number, number];
  islands: MapIsland[];
  places: MapPlace[];
  /** Schematic lines, off until the reader switches them on. */
  lines: MapLine[];
  /** The island the surrounding page is about, highlighted; null on general maps. */
  focus: string | null;
  tiles: MapTiles | null;
  /** The words the script prints, in the page's language; absent on English pages. */
  text?: MapText;
}

/**
 * The words the interactive map prints (the dictionaries' `map.client`): strings only, so the page
 * can serialize them; `{area}`, `{name}` and `{count}` are filled in by the script.
 */
export interface MapText {
  area: string;
  sourceOpen: string;
  sourceClose: string;
  otherFigure: string;
  otherFigures: string;
  about: string;
  zoomIn: string;
  zoomOut: string;
}

/**
 * The English words, which English pages leave out of their data: the same as the English
 * dictionary's `map.client` (a unit test keeps them equal), written out so the browser bundle
 * does not carry the whole dictionary.
 */
export const MAP_TEXT_EN: MapText = {
  area: 'Area: {area}',
  sourceOpen: ' (source: ',
  sourceClose: ')',
  otherFigure: 'Another source gives a different figure: see the island page.',
  otherFigures: '{count} other sources give different figures: see the island page.',
  about: 'About {name}',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
};

/** A text with its `{key}` placeholders filled in. */
export function fillText(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

/**
 * "3168" → "3,168 km²": digits grouped as the language writes them (Russian "3 168 км²", with a
 * no-break space and a decimal comma), without relying on the runtime's locale data.
 */
export function formatArea(
  squareKilometres: number,
  locale: 'en' | 'ja' | 'ru' = 'en',
  unit = 'km²',
): string {
  const [whole = '0', fraction] = String(squareKilometres).split('.');
  const [group, decimal] = locale === 'ru' ? ['\u00a0', ','] : [',', '.'];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${fraction === undefined ? grouped : `${grouped}${decimal}${fraction}`} ${unit}`;
}

/** What the popup of an island says, in the reader's naming choice. */
export interface PopupModel {
  title: string;
  /** "Area: 3,168 km²", or null when the fact file has no area. */
  areaText: string | null;
  source: { name: string; href: string } | null;
  /** A pointer to the other sourced figures, when sources disagree. */
  otherFiguresText: string | null;
  link: { text: string; href: string };
}

export function popupModel(
  island: MapIsland,
  choice: NamingChoice,
  text: MapText = MAP_TEXT_EN,
): PopupModel {
  const name = island.names[choice];
  const { area } = island;
  return {
    title: name,
    areaText: area ? fillText(text.area, { area: area.text }) : null,
    source: area ? { name: area.source, href: area.sourceHref } : null,
    otherFiguresText:
      area && area.otherFigures > 0
        ? area.otherFigures === 1
          ? text.otherFigure
          : fillText(text.otherFigures, { count: area.otherFigures })
        : null,
    link: { text: fillText(text.about, { name }), href: island.href },
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks the shape of data read back from the page before the script trusts it: a page built by
 * an older or broken template fails with a clear message instead of half a map.
 */
export function parseMapData(value: unknown): MapData {
  if (
    !isRecord(value) ||
    typeof value.outlinesUrl !== 'string' ||
    !isBox(value.bbox) ||
    !isBox(value.view) ||
    !isBox(value.overview) ||
    !Array.isArray(value.islands) ||
    !value.islands.every(isMapIsland) ||
    !Array.isArray(value.places) ||
    !value.places.every(isMapPlace) ||
    !Array.isArray(value.lines) ||
    !(value.focus === null || typeof value.focus === 'string') ||
    !(value.tiles === null || isMapTiles(value.tiles)) ||
    !(value.text === undefined || isMapText(value.text))
  ) {
    throw new TypeError('The map data on this page is not in the expected shape.');
  }
  // Every field the script reads was checked above.
  return value as unknown as MapData;
}

function isBox(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length === 4 &&
    value.every((n) => typeof n === 'number' && Number.isFinite(n))
  );
}

function isMapPlace(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    isRecord(value.names) &&
    typeof value.names.both === 'string' &&
    typeof value.names.japanese === 'string' &&
    typeof value.names.russian === 'string' &&
    Array.isArray(value.anchors) &&
    value.anchors.every(
      (anchor) =>
        isRecord(anchor) && typeof anchor.lat === 'number' && typeof anchor.lon === 'number',
    ) &&
    Array.isArray(value.sides)
  );
}

function isMapIsland(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.href === 'string' &&
    isRecord(value.names) &&
    typeof value.names.both === 'string' &&
    typeof value.names.japanese === 'string' &&
    typeof value.names.russian === 'string' &&
    isRecord(value.label)
  );
}

function isMapText(value: unknown): boolean {
  return isRecord(value) && Object.keys(MAP_TEXT_EN).every((key) => typeof value[key] === 'string');
}

function isMapTiles(value: unknown): boolean {
  return isRecord(value) && typeof value.url === 'string' && typeof value.attribution === 'string';
}

/** How the map reaches the rest of the site: links (base included) and source look-ups. */
export interface MapLinks {
  islandHref(id: string): string;
  sourceHref(id: string): string;
  publisherOf(sourceId: string): string;
}

/** An island as the map script needs it: names, link, and its first sourced area. */
export function buildMapIsland(
  island: Island,
  label: MapLabelAnchor,
  links: MapLinks,
  locale: 'en' | 'ja' | 'ru' = 'en',
): MapIsland {
  const [first, ...others] = island.area;
  return {
    id: island.id,
    names: islandNameForms(island, locale),
    href: links.islandHref(island.id),
    area: first
      ? {
          text: formatArea(first.value, locale),
          source: links.publisherOf(first.source),
          sourceHref: links.sourceHref(first.source),
          otherFigures: others.filter((other) => other.value !== first.value).length,
        }
      : null,
    label,
  };
}

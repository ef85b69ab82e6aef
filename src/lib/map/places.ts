// The places the map names besides the four islands: Hokkaido and Urup (the land on either side),
// the two seas and Cape Nosappu. Cartographic labels, not facts about the dispute; Urup's name
// follows the reader's naming choice like the islands' names do.
import type { NamingChoice } from '../names.ts';
import type { LabelSide } from './map-data.ts';
import { map as englishWords } from '../../i18n/dictionaries/en/map.ts';
import type { Locale } from '../../i18n/locales.ts';
import { mapWords } from './words.ts';

export interface PlaceAnchor {
  lat: number;
  lon: number;
}

export interface ContextPlace {
  /** The place's key: for land, the context name the outlines give it (outlines.ts). */
  id: string;
  kind: 'sea' | 'land';
  /** The name under each naming choice. */
  names: Record<NamingChoice, string>;
  /**
   * Points the label may sit at, best first, each checked by the unit tests to lie on the land it
   * names (or in open water, for a sea): a map shows only part of Hokkaido, so the label goes at
   * the first point that is in view.
   */
  anchors: readonly PlaceAnchor[];
  /** Sides of the anchor to try, best first. */
  sides: readonly LabelSide[];
}

const same = (name: string): Record<NamingChoice, string> => ({
  both: name,
  japanese: name,
  russian: name,
});

/** Around an anchor in open water or inland: on it first, then beside it. */
const AROUND: readonly LabelSide[] = ['center', 'right', 'left', 'below', 'above'];

export const CONTEXT_PLACES: readonly ContextPlace[] = [
  {
    id: 'Hokkaido',
    kind: 'land',
    names: same(englishWords.places.hokkaido),
    anchors: [
      { lat: 43.55, lon: 144.97 }, // inland, near Nakashibetsu
      { lat: 44.0, lon: 145.05 }, // the base of the Shiretoko peninsula
      { lat: 43.4, lon: 145.2 }, // inland, north of Lake Furen
      { lat: 43.35, lon: 145.7 }, // the Nemuro peninsula, west of Cape Nosappu
      { lat: 43.5, lon: 144.45 }, // inland, near Shibecha
      // The Shiretoko peninsula: on Etorofu's map it is the only part of Hokkaido in the frame.
      { lat: 44.15, lon: 145.15 },
      { lat: 44.28, lon: 145.28 },
      { lat: 44.32, lon: 145.33 },
    ],
    sides: AROUND,
  },
  {
    id: 'Urup',
    kind: 'land',
    // 得撫島 Uruppu-tō in Japanese, Уруп (Urup) in Russian.
    names: { ...englishWords.places.urup },
    anchors: [
      { lat: 45.9, lon: 149.9 },
      { lat: 45.75, lon: 149.6 },
      { lat: 46.1, lon: 150.2 },
    ],
    sides: [
      'left',
      'above-left',
      'below-right',
      'right',
      'above',
      'below',
      'below-left',
      'above-right',
    ],
  },
  {
    id: 'Sea of Okhotsk',
    kind: 'sea',
    names: same(englishWords.places.seaOfOkhotsk),
    anchors: [
      { lat: 46.0, lon: 146.3 },
      { lat: 45.6, lon: 147.0 },
      { lat: 45.2, lon: 145.8 },
      { lat: 44.9, lon: 146.2 },
    ],
    sides: AROUND,
  },
  {
    id: 'Pacific Ocean',
    kind: 'sea',
    names: same(englishWords.places.pacificOcean),
    anchors: [
      { lat: 43.05, lon: 148.6 },
      { lat: 43.3, lon: 147.3 },
      { lat: 42.95, lon: 146.3 },
      { lat: 43.1, lon: 145.9 },
    ],
    sides: AROUND,
  },
];

/** The point Cape Nosappu is labelled at: the easternmost vertex of Hokkaido (map-view.ts). */
export const CAPE_NOSAPPU = englishWords.places.capeNosappu;

/** Each place's words in the dictionaries, by the place's id (its English name). */
const PLACE_KEYS: Record<string, keyof typeof englishWords.places> = {
  Hokkaido: 'hokkaido',
  Urup: 'urup',
  'Sea of Okhotsk': 'seaOfOkhotsk',
  'Pacific Ocean': 'pacificOcean',
  [CAPE_NOSAPPU]: 'capeNosappu',
};

/**
 * A place's name under each naming choice in a language. The maps are laid out with the English
 * names (map-view.ts); a page in another language prints these at the same places. A place the
 * dictionaries do not know keeps `fallback`.
 */
export function placeNames(
  id: string,
  locale: Locale,
  fallback: Record<NamingChoice, string>,
): Record<NamingChoice, string> {
  const key = PLACE_KEYS[id];
  if (key === undefined || locale === 'en') return fallback;
  const words = mapWords(locale).places[key];
  return typeof words === 'string' ? same(words) : { ...words };
}

/** Sides for a point place's label: below and beside the dot, never on it. */
export const POINT_SIDES: readonly LabelSide[] = [
  'below',
  'below-left',
  'below-right',
  'left',
  'above',
  'above-left',
];

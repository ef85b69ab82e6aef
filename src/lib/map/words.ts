// The words of the maps in each language: the dictionaries' map section (src/i18n/dictionaries/),
// imported on its own so the map's lib functions do not pull in every page's words.
import { map as en } from '../../i18n/dictionaries/en/map.ts';
import { map as ja } from '../../i18n/dictionaries/ja/map.ts';
import { map as ru } from '../../i18n/dictionaries/ru/map.ts';
import type { Locale } from '../../i18n/locales.ts';

const WORDS: Record<Locale, typeof en> = { en, ja, ru };

/** The map section's words in a language. */
export function mapWords(locale: Locale): typeof en {
  return WORDS[locale];
}

import type { Island } from '../schemas/island.ts';
import type { Locale } from '../i18n/locales.ts';
import { islands as en } from '../i18n/dictionaries/en/islands.ts';
import { islands as ja } from '../i18n/dictionaries/ja/islands.ts';
import { islands as ru } from '../i18n/dictionaries/ru/islands.ts';

// The islands' words straight from their dictionaries, not through src/i18n/ui.ts: the map's
// browser script reaches this module, and must not carry the rest of the dictionaries.
const WORDS: Record<Locale, typeof en> = { en, ja, ru };

/** Which names a reader chose to see: both sides', or one side's. */
export type NamingChoice = 'both' | 'japanese' | 'russian';

/** The choices in the order the control offers them: "Place names: Japanese · Russian · both". */
export const NAMING_CHOICES: readonly { value: NamingChoice; label: string }[] = [
  { value: 'japanese', label: 'Japanese' },
  { value: 'russian', label: 'Russian' },
  { value: 'both', label: 'both' },
];

/**
 * The name an island goes by under a naming choice: "Etorofu (Iturup)", "Etorofu" or "Iturup";
 * in Japanese 択捉島（イトゥルップ島）. The names are the entry's (already in the page's language
 * where the facts are translated); the locale only says how both are written together.
 */
export function islandName(
  island: Pick<Island, 'names'>,
  choice: NamingChoice = 'both',
  locale: Locale = 'en',
): string {
  const japanese = island.names.japanese.english;
  const russian = island.names.russian.english;
  if (choice === 'japanese') return japanese;
  if (choice === 'russian') return russian;
  return japanese === russian ? japanese : WORDS[locale].bothNames(japanese, russian);
}

/** All three forms at once, for pages that let the reader switch without another request. */
export function islandNameForms(
  island: Pick<Island, 'names'>,
  locale: Locale = 'en',
): Record<NamingChoice, string> {
  return {
    both: islandName(island, 'both', locale),
    japanese: islandName(island, 'japanese', locale),
    russian: islandName(island, 'russian', locale),
  };
}

/** "island" or "islet group", for sentences (ja 島・群島, ru остров, группа островов). */
export function islandKindLabel(island: Pick<Island, 'kind'>, locale: Locale = 'en'): string {
  return WORDS[locale].kinds[island.kind];
}

/** Link text split around the island name it contains, so the name can follow the naming choice. */
export interface NameInText {
  before: string;
  after: string;
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Finds an island's name in the text of a link to it: "Etorofu (Iturup)", "Iturup", or
 * "the Habomai islets" (the name inside other words). The longest form is tried first, so
 * "Etorofu (Iturup)" is read as one name, not as "Etorofu" followed by " (Iturup)". A name only
 * counts as a whole word, except in Japanese, which writes words without spaces (択捉島の面積).
 * Undefined when the text names the island some other way.
 */
export function findIslandName(
  text: string,
  island: Pick<Island, 'names'>,
  locale: Locale = 'en',
): NameInText | undefined {
  const forms = [...new Set(Object.values(islandNameForms(island, locale)))].sort(
    (a, b) => b.length - a.length,
  );
  const [before, after] =
    locale === 'ja' ? ['', ''] : ['(?<![\\p{L}\\p{N}])', '(?![\\p{L}\\p{N}])'];
  for (const form of forms) {
    const match = new RegExp(`${before}${escapeRegExp(form)}${after}`, 'u').exec(text);
    if (match)
      return { before: text.slice(0, match.index), after: text.slice(match.index + form.length) };
  }
  return undefined;
}

/**
 * The words the pages print, one dictionary per language (src/i18n/dictionaries/). English is
 * the model: every other dictionary has the type of the English one, so a key missing in any
 * language fails `astro check`, and tests/unit/i18n/dictionaries.test.ts fails on it too.
 */
import { en } from './dictionaries/en.ts';
import { ja } from './dictionaries/ja.ts';
import { ru } from './dictionaries/ru.ts';
import { localePath, toLocale, type Locale } from './locales.ts';
import { url } from '../lib/urls.ts';

export type UiStrings = typeof en;

export const DICTIONARIES: Record<Locale, UiStrings> = { en, ja, ru };

/** The dictionary of a language. */
export function ui(locale: Locale): UiStrings {
  return DICTIONARIES[locale];
}

/** What a component needs to speak its page's language: the language, its words and its links. */
export interface LocaleContext {
  locale: Locale;
  t: UiStrings;
  /** A site path (from `routes`) in this language, with the deployment base: `/ja/map/`. */
  href: (path: string) => string;
}

/** The context of the page being built, from `Astro.currentLocale`. */
export function localeContext(current: string | undefined): LocaleContext {
  const locale = toLocale(current);
  return { locale, t: ui(locale), href: (path: string) => url(localePath(locale, path)) };
}

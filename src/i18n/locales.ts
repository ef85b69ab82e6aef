/**
 * The site's languages. English is served at the root (its addresses never change); every other
 * language under its own prefix: `/ja/islands/etorofu/`, `/ru/islands/etorofu/`. Paths here are
 * without the deployment base (see `url()` in src/lib/urls.ts).
 */
export const LOCALES = ['en', 'ja', 'ru'] as const;

/** A language the site is written in, as a BCP 47 tag (also `<html lang>` and Pagefind's index). */
export type Locale = (typeof LOCALES)[number];

/** The language of the root addresses and of every original text. */
export const DEFAULT_LOCALE: Locale = 'en';

/** The languages other than English: each is a translation of the English site. */
export const TRANSLATED_LOCALES = LOCALES.filter(
  (locale): locale is Exclude<Locale, 'en'> => locale !== DEFAULT_LOCALE,
);

/** Each language's name in itself, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  ja: '日本語',
  ru: 'Русский',
};

/** Each language's name in English, for the content check's messages to editors. */
export const LOCALE_ENGLISH_NAMES: Record<Locale, string> = {
  en: 'English',
  ja: 'Japanese',
  ru: 'Russian',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Astro's `currentLocale` (or a route's `lang` parameter) as one of the site's languages. */
export function toLocale(value: string | undefined): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** `localePath('ja', '/islands/etorofu/')` → `/ja/islands/etorofu/`; English keeps the path. */
export function localePath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  const rest = path.startsWith('/') ? path : `/${path}`;
  return `/${locale}${rest === '/' ? '/' : rest}`;
}

/**
 * The language of a site path and the same path in English: `/ja/map/` → ja, `/map/`. A path
 * whose first segment is not a language code is English (`/japan-s-case/` is not Japanese).
 */
export function splitLocale(path: string): { locale: Locale; path: string } {
  const match = /^\/([a-z]{2})(\/.*|$)/.exec(path);
  if (match && isLocale(match[1]) && match[1] !== DEFAULT_LOCALE) {
    return { locale: match[1], path: match[2] || '/' };
  }
  return { locale: DEFAULT_LOCALE, path };
}

/** The `lang` parameter of a page under `src/pages/[...lang]/`: undefined for English. */
export function langParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

/** `getStaticPaths` for a page with no other dynamic segment: one copy per language. */
export function localeStaticPaths(): { params: { lang: string | undefined } }[] {
  return LOCALES.map((locale) => ({ params: { lang: langParam(locale) } }));
}

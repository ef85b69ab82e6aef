import { routes } from '../../src/lib/routes.ts';
import { LOCALE_ENGLISH_NAMES, TRANSLATED_LOCALES, localePath } from '../../src/i18n/locales.ts';

/**
 * Which budget a page is held to: reading pages must stay light, map pages carry Leaflet and the
 * island outlines, the search page carries Pagefind (reported, not budgeted).
 */
export type PageKind = 'reading' | 'map' | 'search';

/** One kind of page the benchmark weighs. */
export interface PageType {
  /** Short key used in the JSON results. */
  id: string;
  /** What the table calls it. */
  label: string;
  /** Site path without the base. A `*` segment stands for the first built page that matches. */
  path: string;
  kind: PageKind;
  /** Whether `--lighthouse` audits it. */
  lighthouse: boolean;
}

/**
 * The pages the benchmark weighs: the one place to add, remove or re-class a page. A page that the
 * build did not produce (the map and the timeline are built on other branches) is reported as
 * "not built" rather than failing the run.
 */
const ENGLISH_PAGE_TYPES: readonly PageType[] = [
  { id: 'home', label: 'Home (with map)', path: routes.home(), kind: 'map', lighthouse: true },
  // Etorofu is one of the four islands the schema requires, so this page always exists.
  {
    id: 'island',
    label: 'Island page',
    path: routes.island('etorofu'),
    kind: 'map',
    lighthouse: true,
  },
  { id: 'timeline', label: 'Timeline', path: routes.timeline(), kind: 'reading', lighthouse: true },
  { id: 'article', label: 'Article', path: routes.article('*'), kind: 'reading', lighthouse: true },
  { id: 'quotes', label: 'Quotes', path: routes.quotes(), kind: 'reading', lighthouse: false },
  { id: 'search', label: 'Search', path: routes.search(), kind: 'search', lighthouse: false },
  { id: 'map', label: 'Map', path: routes.map(), kind: 'map', lighthouse: false },
];

/**
 * Every page type in every language: the Japanese and Russian pages are held to the same budgets
 * and audited by Lighthouse like the English ones (their text, fonts and scripts differ).
 */
export const PAGE_TYPES: readonly PageType[] = [
  ...ENGLISH_PAGE_TYPES,
  ...TRANSLATED_LOCALES.flatMap((locale) =>
    ENGLISH_PAGE_TYPES.map((type) => ({
      ...type,
      id: `${type.id}-${locale}`,
      label: `${type.label}, ${LOCALE_ENGLISH_NAMES[locale]}`,
      path: localePath(locale, type.path),
    })),
  ),
];

/**
 * The site paths of the pages in a built site, from the HTML files' paths relative to dist/
 * (`articles/x/index.html` → `/articles/x/`). Files other than index.html (404.html) are not pages
 * a reader navigates to and are left out.
 */
export function builtPagePaths(htmlFiles: readonly string[]): string[] {
  return htmlFiles
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => `/${file.slice(0, -'index.html'.length)}`)
    .sort();
}

/**
 * The concrete path to weigh for a page type: the path itself when it was built, or for a pattern
 * with `*` segments the first matching built path in alphabetical order. Undefined when the build
 * has no such page.
 */
export function resolvePagePath(
  pattern: string,
  builtPaths: readonly string[],
): string | undefined {
  if (!pattern.includes('*')) return builtPaths.includes(pattern) ? pattern : undefined;
  const escaped = pattern
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]+');
  const matcher = new RegExp(`^${escaped}$`);
  return [...builtPaths].sort().find((path) => matcher.test(path));
}

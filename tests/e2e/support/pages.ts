import { fileURLToPath } from 'node:url';
import { listBuiltPages, type BuiltPage } from '../../../tools/links/built-pages.ts';
import { splitLocale } from '../../../src/i18n/locales.ts';

const DIST = fileURLToPath(new URL('../../../dist/', import.meta.url));

/**
 * The pages the per-page scans open: every English page, and in Japanese and Russian one page of
 * each kind (the first island, article, actor … of each). A translated page has the English
 * page's markup with other words; scanning one of each kind per language catches what the words
 * change (contrast of a longer label, a name that no longer matches its text) without tripling
 * the suite's run time.
 */
export function pagesToScan(): BuiltPage[] {
  const seen = new Set<string>();
  return listBuiltPages(DIST).filter(({ path }) => {
    const { locale, path: english } = splitLocale(`/${path}`);
    if (locale === 'en') return true;
    const segments = english.split('/').filter(Boolean);
    const kind = segments.length >= 2 ? [...segments.slice(0, -1), '*'].join('/') : english;
    const key = `${locale}:${kind}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

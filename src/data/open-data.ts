// The data set's record (its version, its day and its citation), made the same way for
// /data/facts.json and the /data/ page so that both name one version.
import { dataRecord } from '../lib/facts-export.ts';
import { routes } from '../lib/routes.ts';
import { SITE } from '../lib/site.ts';
import { absoluteUrl } from '../lib/urls.ts';
import type { PageRecord } from '../lib/cite/record.ts';
import { getFacts } from './facts.ts';
import { DEFAULT_LOCALE, localePath, type Locale } from '../i18n/locales.ts';
import { getFileHistory } from './history.ts';

/** What a citation of the data calls it. */
export const DATA_TITLE = `${SITE.name}: the fact file as open data`;

/**
 * The record of the data in one language: each language's files hold their own text, so each has
 * its own version (a hash of what it holds) and its own /data/ page to cite.
 */
export async function getDataRecord(
  site: URL | undefined,
  locale: Locale = DEFAULT_LOCALE,
): Promise<PageRecord> {
  // astro.config.mjs always sets `site` (localhost when SITE_URL is unset).
  if (!site) throw new Error('the data files need the site address');
  return dataRecord(
    await getFacts(locale),
    {
      title: DATA_TITLE,
      siteName: SITE.name,
      url: absoluteUrl(site, localePath(locale, routes.data())),
    },
    getFileHistory(),
  );
}

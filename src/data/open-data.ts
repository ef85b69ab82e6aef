// The data set's record (its version, its day and its citation), made the same way for
// /data/facts.json and the /data/ page so that both name one version.
import { dataRecord } from '../lib/facts-export.ts';
import { routes } from '../lib/routes.ts';
import { SITE } from '../lib/site.ts';
import { absoluteUrl } from '../lib/urls.ts';
import type { PageRecord } from '../lib/cite/record.ts';
import { getFacts } from './facts.ts';
import { getFileHistory } from './history.ts';

/** What a citation of the data calls it. */
export const DATA_TITLE = `${SITE.name}: the fact file as open data`;

export async function getDataRecord(site: URL | undefined): Promise<PageRecord> {
  // astro.config.mjs always sets `site` (localhost when SITE_URL is unset).
  if (!site) throw new Error('the data files need the site address');
  return dataRecord(
    await getFacts(),
    { title: DATA_TITLE, siteName: SITE.name, url: absoluteUrl(site, routes.data()) },
    getFileHistory(),
  );
}

import type { APIRoute, GetStaticPaths } from 'astro';
import { getFacts, staticPaths } from '../../../data/facts.ts';
import { collectionCsv } from '../../../lib/data-export/columns.ts';
import { absoluteUrl } from '../../../lib/urls.ts';
import { localePath, toLocale } from '../../../i18n/locales.ts';
import type { FactCollectionName } from '../../../schemas/index.ts';

/** One CSV per fact collection and language (`/data/islands.csv`, `/ja/data/islands.csv`). */
export const getStaticPaths = (() => staticPaths('data-csv')) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site, currentLocale }) => {
  const locale = toLocale(currentLocale);
  const facts = await getFacts(locale);
  const name = params.collection as FactCollectionName;
  // astro.config.mjs always sets `site` (localhost when SITE_URL is unset).
  if (!site) throw new Error('the CSV files need the site address for their page column');
  // Each row's page column leads to the entry's page in the file's language.
  const context = { pageUrl: (path: string) => absoluteUrl(site, localePath(locale, path)) };
  // Each collection's entries have their own type; the registry pairs them, TypeScript cannot.
  const csv = collectionCsv(name, facts[name] as never[], context);
  return new Response(csv, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};

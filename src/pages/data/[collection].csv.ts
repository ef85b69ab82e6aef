import type { APIRoute, GetStaticPaths } from 'astro';
import { getFacts } from '../../data/facts.ts';
import { collectionCsv } from '../../lib/data-export/columns.ts';
import { absoluteUrl } from '../../lib/urls.ts';
import { FACT_COLLECTION_NAMES, type FactCollectionName } from '../../schemas/index.ts';

/** One CSV per fact collection (`/data/islands.csv`), its columns documented on /data/. */
export const getStaticPaths = (() =>
  FACT_COLLECTION_NAMES.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const facts = await getFacts();
  const name = params.collection as FactCollectionName;
  // astro.config.mjs always sets `site` (localhost when SITE_URL is unset).
  if (!site) throw new Error('the CSV files need the site address for their page column');
  const context = { pageUrl: (path: string) => absoluteUrl(site, path) };
  // Each collection's entries have their own type; the registry pairs them, TypeScript cannot.
  const csv = collectionCsv(name, facts[name] as never[], context);
  return new Response(csv, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};

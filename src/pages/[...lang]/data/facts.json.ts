import type { APIRoute, GetStaticPaths } from 'astro';
import { getFacts, staticPaths } from '../../../data/facts.ts';
import { getDataRecord } from '../../../data/open-data.ts';
import { factsDocument } from '../../../lib/facts-export.ts';
import { routes } from '../../../lib/routes.ts';
import { absoluteUrl } from '../../../lib/urls.ts';
import { toLocale } from '../../../i18n/locales.ts';

export const getStaticPaths = (() => staticPaths('data-facts-json')) satisfies GetStaticPaths;

/**
 * Every validated fact as one JSON document, for anyone who wants the data: in English at
 * /data/facts.json, and with the text fields in Japanese or Russian at /ja/… and /ru/…, each with
 * the version of what it holds. One schema describes them all.
 */
export const GET: APIRoute = async ({ site, currentLocale }) => {
  const locale = toLocale(currentLocale);
  const facts = await getFacts(locale);
  const { citable } = await getDataRecord(site, locale);
  const document = factsDocument(
    facts,
    { version: citable.version, versionDate: citable.versionDate },
    absoluteUrl(site!, routes.dataFile('facts.schema.json')),
  );
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

import type { APIRoute } from 'astro';
import { getFacts } from '../../data/facts.ts';
import { getDataRecord } from '../../data/open-data.ts';
import { factsDocument } from '../../lib/facts-export.ts';
import { routes } from '../../lib/routes.ts';
import { absoluteUrl } from '../../lib/urls.ts';

/** Every validated fact as one JSON document, for anyone who wants the data. */
export const GET: APIRoute = async ({ site }) => {
  const facts = await getFacts();
  const { citable } = await getDataRecord(site);
  const document = factsDocument(
    facts,
    { version: citable.version, versionDate: citable.versionDate },
    absoluteUrl(site!, routes.dataFile('facts.schema.json')),
  );
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

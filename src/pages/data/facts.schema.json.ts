import type { APIRoute } from 'astro';
import { factsJsonSchema } from '../../lib/data-export/facts-schema.ts';
import { routes } from '../../lib/routes.ts';
import { absoluteUrl } from '../../lib/urls.ts';

/** The JSON Schema of /data/facts.json, generated from the content schemas at each build. */
export const GET: APIRoute = ({ site }) => {
  // astro.config.mjs always sets `site` (localhost when SITE_URL is unset).
  if (!site) throw new Error('the schema needs the site address for its $id');
  const schema = factsJsonSchema(absoluteUrl(site, routes.dataFile('facts.schema.json')));
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};

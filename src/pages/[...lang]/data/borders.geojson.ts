import type { APIRoute, GetStaticPaths } from 'astro';
import { getFacts, staticPaths } from '../../../data/facts.ts';
import { borderLinesGeoJson } from '../../../lib/map/border-states.ts';

export const getStaticPaths = (() => staticPaths('data-borders-geojson')) satisfies GetStaticPaths;

/**
 * The lines of every border state (content/facts/borders.yaml) as one GeoJSON FeatureCollection:
 * one Feature per line, with its state id, year, kind, schematic flag and source ids, and its
 * label and note in the language of the file's address.
 */
export const GET: APIRoute = async ({ currentLocale }) => {
  const facts = await getFacts(currentLocale);
  return new Response(`${JSON.stringify(borderLinesGeoJson(facts.borders))}\n`, {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
};

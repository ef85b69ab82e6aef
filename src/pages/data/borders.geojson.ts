import type { APIRoute } from 'astro';
import { getFacts } from '../../data/facts.ts';
import { borderLinesGeoJson } from '../../lib/map/border-states.ts';

/**
 * The lines of every border state (content/facts/borders.yaml) as one GeoJSON FeatureCollection:
 * one Feature per line, with its state id, year, kind, schematic flag and source ids.
 */
export const GET: APIRoute = async () => {
  const facts = await getFacts();
  return new Response(`${JSON.stringify(borderLinesGeoJson(facts.borders))}\n`, {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
};

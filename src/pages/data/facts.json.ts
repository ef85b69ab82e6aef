import type { APIRoute } from 'astro';
import { getFacts } from '../../data/facts.ts';
import { factsDocument } from '../../lib/facts-export.ts';

/** Every validated fact as one JSON document, for anyone who wants the data. */
export const GET: APIRoute = async () => {
  const facts = await getFacts();
  return new Response(JSON.stringify(factsDocument(facts, new Date()), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

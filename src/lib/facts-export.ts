import { FACT_COLLECTION_NAMES } from '../schemas/index.ts';
import type { FactInput } from './facts-index.ts';

/**
 * Version of the published data's shape. Raise the major number when a field is removed or changes
 * meaning, the minor number when one is added.
 */
export const FACTS_SCHEMA_VERSION = '1.0';

/** The public data document behind /data/facts.json: every validated fact, with its version and build date. */
export function factsDocument(facts: FactInput, builtAt: Date) {
  return {
    schemaVersion: FACTS_SCHEMA_VERSION,
    builtAt: builtAt.toISOString(),
    licence: 'CC BY 4.0',
    ...Object.fromEntries(FACT_COLLECTION_NAMES.map((name) => [name, facts[name]])),
    articles: facts.articles.map((article) => ({ slug: article.slug, ...article.data })),
  };
}

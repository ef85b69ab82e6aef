/**
 * A source as a schema.org CreativeWork: its title, its publisher, its address when the fact file
 * has one (never guessed), its date and language. The sources page describes every source in
 * full; articles, quotes and claims embed the same node, with the same id, where they cite it.
 */
import type { Source } from '../../schemas/source.ts';
import { nodeIds, type Absolute } from './ids.ts';
import { schemaDateRange } from './dates.ts';
import type { JsonLdNode } from './page.ts';

export function sourceWork(abs: Absolute, source: Source): JsonLdNode {
  // A treaty signed over several days has a range: its publication is the first day.
  const published = source.date ? schemaDateRange(source.date).startDate : undefined;
  return {
    '@type': 'CreativeWork',
    '@id': nodeIds.source(abs, source.id),
    name: source.title,
    publisher: { '@type': 'Organization', name: source.publisher },
    ...(source.url ? { url: source.url } : {}),
    ...(published ? { datePublished: published } : {}),
    ...(source.language ? { inLanguage: source.language } : {}),
  };
}

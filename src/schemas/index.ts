/**
 * The content contract in one place: which file holds which collection, the schema its entries
 * pass, and the ids each entry names in other collections.
 */
import type { z } from 'zod';
import { ActorSchema, actorReferences } from './actor.ts';
import { ArticleSchema, articleReferences } from './article.ts';
import { ClaimSchema, claimReferences } from './claim.ts';
import type { CollectionName, Reference } from './common.ts';
import { EventSchema, eventReferences } from './event.ts';
import { IslandSchema, islandReferences } from './island.ts';
import { QuoteSchema, quoteReferences } from './quote.ts';
import { SourceSchema, sourceReferences } from './source.ts';

export type { CollectionName, Reference } from './common.ts';

/** A fact collection: a YAML list of entries in `content/facts/<file>`. */
export interface FactCollection<S extends z.ZodType = z.ZodType> {
  /** File name under content/facts/. */
  file: string;
  /** What one entry is called in messages: "island", "quote". */
  noun: string;
  schema: S;
  references: (entry: z.output<S>) => Reference[];
}

function collection<S extends z.ZodType>(
  file: string,
  noun: string,
  schema: S,
  references: (entry: z.output<S>) => Reference[],
): FactCollection<S> {
  return { file, noun, schema, references };
}

/** Every fact collection, in the order the check reads them. */
export const FACT_COLLECTIONS = {
  sources: collection('sources.yaml', 'source', SourceSchema, sourceReferences),
  islands: collection('islands.yaml', 'island', IslandSchema, islandReferences),
  actors: collection('actors.yaml', 'actor', ActorSchema, actorReferences),
  events: collection('events.yaml', 'event', EventSchema, eventReferences),
  quotes: collection('quotes.yaml', 'quote', QuoteSchema, quoteReferences),
  claims: collection('claims.yaml', 'claim', ClaimSchema, claimReferences),
} as const;

export type FactCollectionName = keyof typeof FACT_COLLECTIONS;

/** What one entry of each collection is called in messages. */
export const NOUNS: Record<CollectionName, string> = {
  sources: 'source',
  islands: 'island',
  actors: 'actor',
  events: 'event',
  quotes: 'quote',
  claims: 'claim',
  articles: 'article',
};

export const ARTICLES = { dir: 'articles', schema: ArticleSchema, references: articleReferences } as const;

export { ActorSchema, ArticleSchema, ClaimSchema, EventSchema, IslandSchema, QuoteSchema, SourceSchema };
export type { Actor } from './actor.ts';
export type { Article } from './article.ts';
export type { Claim } from './claim.ts';
export type { Event } from './event.ts';
export type { Island } from './island.ts';
export type { Quote } from './quote.ts';
export type { Source } from './source.ts';
export { REQUIRED_ISLAND_IDS } from './island.ts';
export { REQUIRED_SOURCE_IDS } from './source.ts';

import { z } from 'zod';
import { HistoricalDateSchema } from './date.ts';
import { IdSchema, TextSchema, idRef, idRefList } from './common.ts';

/** A verbatim quotation with who said it, when, where and in what context. */
export const QuoteSchema = z.strictObject({
  /** Unique id, kebab-case: `putin-sovereign-territory`. */
  id: IdSchema,
  /** The words exactly as the source prints them, without surrounding quotation marks. */
  text: TextSchema.meta({
    description: 'Verbatim, as the source prints it, without the outer quotation marks.',
  }),
  /** True when the text is a fragment of a longer sentence, so pages show it with an ellipsis. */
  fragment: z.boolean().default(false),
  /** The id of the actor who said it. */
  speaker: idRef('actors'),
  /** When it was said; approximate if the source only implies it. */
  date: HistoricalDateSchema,
  /** The occasion and what the words are about, in our own words. */
  context: TextSchema,
  /** The id of the source that prints it. */
  source: idRef('sources'),
  /** The event it was said at, if any. */
  event: idRef('events').optional(),
  /** Ids of the islands it concerns. */
  islands: idRefList('islands').default([]),
});

export type Quote = z.output<typeof QuoteSchema>;
export type QuoteInput = z.input<typeof QuoteSchema>;

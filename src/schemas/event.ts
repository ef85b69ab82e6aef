import { z } from 'zod';
import { HistoricalDateSchema } from './date.ts';
import { IdSchema, TextSchema, idRefList } from './common.ts';
import { CorrectionListSchema } from './correction.ts';

/** A dated event in the history of the dispute. */
export const EventSchema = z.strictObject({
  /** Unique id, kebab-case, ending with the year by convention: `nagato-summit-2016`. */
  id: IdSchema,
  /** A short title: "Abe–Putin summit in Nagato". */
  title: TextSchema,
  /** When it happened: a year, month, day, range, or alternatives where sources differ. */
  date: HistoricalDateSchema,
  /** What happened, in two or three neutral sentences of our own. */
  summary: TextSchema,
  /** Ids of the islands it concerns (may be empty). */
  islands: idRefList('islands').default([]),
  /** Ids of the actors involved (may be empty). */
  actors: idRefList('actors').default([]),
  /** Ids of the sources it is read in: at least one. */
  sources: idRefList('sources').min(1, { message: 'an event needs at least one source' }),
  /** Kebab-case tags for filtering: treaty, war, summit… */
  tags: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)).default([]),
  /** Statements this entry made that were wrong, and what it says now (see correction.ts). */
  corrections: CorrectionListSchema,
});

export type Event = z.output<typeof EventSchema>;
export type EventInput = z.input<typeof EventSchema>;

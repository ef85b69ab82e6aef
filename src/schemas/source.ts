import { z } from 'zod';
import { HistoricalDateSchema, PartialDateSchema } from './date.ts';
import { HttpsUrlSchema, IdSchema, TextSchema } from './common.ts';

/** What sort of document a source is. */
export const SourceKindSchema = z
  .enum(['news', 'government', 'treaty', 'reference', 'dataset', 'book', 'academic'])
  .meta({ description: 'news, government, treaty, reference, dataset, book or academic.' });

/** A source: a document a fact, quote or article was read in. */
export const SourceSchema = z.strictObject({
  /** Unique id, kebab-case, such as `japan-times-2016-12`. */
  id: IdSchema,
  /** The document's title as published (or a descriptive title for an untitled one). */
  title: TextSchema.meta({ description: 'Title as published.' }),
  /** Who published it: a newspaper, a ministry, the parties to a treaty. */
  publisher: TextSchema.meta({ description: 'Who published or issued it.' }),
  /** When it was published or signed. Leave it out when nobody recorded it: never guess one. */
  date: HistoricalDateSchema.optional(),
  /** What sort of document it is. */
  kind: SourceKindSchema,
  /** Where to read it: an absolute https URL, only when known. Never guess one. */
  url: HttpsUrlSchema.optional(),
  /** The day the copy at `url` was read (`2026-12-02`): set it on every source that has a url. */
  accessed: PartialDateSchema.optional().meta({
    description: 'The day the copy at url was read, such as 2026-12-02.',
  }),
  /** Language of the document, as a BCP 47 tag (en, ja, ru). */
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/)
    .optional()
    .meta({ description: 'BCP 47 tag: en, ja, ru.' }),
  /** What the site takes from it, or how it was dated. */
  note: TextSchema.optional(),
});

export type Source = z.output<typeof SourceSchema>;

/** The data set the map's island outlines come from: every map credits it, so it must exist. */
export const OUTLINES_SOURCE_ID = 'natural-earth';

/** Sources the site's own pages name, which the check therefore requires. */
export const REQUIRED_SOURCE_IDS = [OUTLINES_SOURCE_ID] as const;
export type SourceInput = z.input<typeof SourceSchema>;

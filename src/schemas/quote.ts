import { z } from 'zod';
import { HistoricalDateSchema } from './date.ts';
import { IdSchema, TextSchema, idRef, idRefList } from './common.ts';

/** A language as a BCP 47 tag: `ja`, `ru`, `en`. */
const LanguageTagSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, {
    message: 'a language is a BCP 47 tag such as `ja` or `ru`',
  })
  .meta({ description: 'The language of the original words, as a BCP 47 tag: ja, ru.' });

/**
 * The words in the language they were spoken or written in, verbatim from a stored source that
 * prints them. Pages show them beside the English, marked with their language.
 */
export const QuoteOriginalSchema = z
  .strictObject({
    /** The language of the original words (BCP 47: `ja`, `ru`). Required: pages mark the text with it. */
    language: LanguageTagSchema,
    /** The original words exactly as that source prints them, without the outer quotation marks. */
    text: TextSchema.meta({
      description: 'The original words, verbatim, without the outer quotation marks.',
    }),
    /** The id of the source that prints the original words (it may differ from the English one's). */
    source: idRef('sources'),
  })
  .meta({
    description:
      'The words in their original language, with the language and the source that prints them.',
  });

/** Who made the English of a quote first said in another language. */
export const TranslationBySchema = z.enum(['official', 'source', 'site']).meta({
  description:
    'official: the speaker’s government published it; source: the source quoted gives it; site: this site translated the original.',
});

/** Whose translation the English `text` is, for words first said in another language. */
export const QuoteTranslationSchema = z
  .strictObject({
    /** official (the speaker's government's own English), source (the quoting source's), or site (ours). */
    by: TranslationBySchema,
    /** What else a reader should know: "provisional translation", "retranslated from the interpreter". */
    note: TextSchema.optional().meta({
      description: 'What else a reader should know about the translation.',
    }),
  })
  .meta({ description: 'Whose translation the English text is.' });

/** A verbatim quotation with who said it, when, where and in what context. */
export const QuoteSchema = z
  .strictObject({
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
    /** The words in their original language, when a stored source prints them. */
    original: QuoteOriginalSchema.optional(),
    /** Whose translation the English `text` is, when the words were first said in another language. */
    translation: QuoteTranslationSchema.optional(),
  })
  .superRefine((quote, ctx) => {
    // The English of words kept in another language is a translation: say whose.
    if (quote.original && !quote.translation) {
      ctx.addIssue({
        code: 'custom',
        path: ['translation'],
        message:
          'a quote with an `original` needs a `translation` saying whose English it is (expected `by: official`, `source` or `site`)',
        input: undefined,
      });
    }
    // A translation made here must show the words it was made from.
    if (quote.translation?.by === 'site' && !quote.original) {
      ctx.addIssue({
        code: 'custom',
        path: ['translation', 'by'],
        message:
          'a translation by this site needs the `original` words it was made from (expected an `original` with language, text and source)',
        input: quote.translation.by,
      });
    }
  });

export type Quote = z.output<typeof QuoteSchema>;
export type QuoteInput = z.input<typeof QuoteSchema>;

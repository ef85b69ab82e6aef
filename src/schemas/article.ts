import { z } from 'zod';
import { PartialDateSchema } from './date.ts';
import { TextSchema, idRefList } from './common.ts';
import { CorrectionListSchema } from './correction.ts';

/** The frontmatter of a Markdown article in content/articles/. The file name is its slug. */
export const ArticleSchema = z
  .strictObject({
    /** The headline, shown as the page's h1. */
    title: TextSchema,
    /** One sentence saying what the article explains; used in lists, search results and previews. */
    description: TextSchema.max(200, {
      message: 'keep the description to one sentence (at most 200 characters)',
    }),
    /** The day it was first published: 2026-11-27. */
    published: PartialDateSchema.refine((date) => date.day !== undefined, {
      message: 'give the full day, e.g. 2026-11-27',
    }),
    /** The day it was last changed in substance, if it was. */
    updated: PartialDateSchema.refine((date) => date.day !== undefined, {
      message: 'give the full day, e.g. 2026-11-27',
    }).optional(),
    /** Ids of the islands it is about (may be empty). */
    islands: idRefList('islands').default([]),
    /** Ids of the actors it discusses (may be empty). */
    actors: idRefList('actors').default([]),
    /** Ids of the events it discusses (may be empty). */
    events: idRefList('events').default([]),
    /** Ids of the sources it cites: at least one. */
    sources: idRefList('sources').min(1, { message: 'an article cites at least one source' }),
    /** Kebab-case topic tags: history, diplomacy… */
    tags: z
      .array(
        z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
          message: 'a tag is lower-case words joined by hyphens',
        }),
      )
      .default([]),
    /**
     * Where it comes in the list of articles: 1 first, then 2… Articles without an order follow
     * the ordered ones, newest first, then by title. Give the natural first read (the overview) 1.
     */
    order: z
      .number()
      .int({ message: 'the order is a whole number' })
      .positive({ message: 'the order starts at 1' })
      .optional(),
    /** Statements it made that were wrong, and what it says now (see correction.ts). */
    corrections: CorrectionListSchema,
    /** True keeps it out of the built site, feeds and search; it shows in `npm run dev` only. */
    draft: z.boolean().default(false),
  })
  .superRefine((article, context) => {
    const published = dayNumber(article.published);
    if (article.updated && dayNumber(article.updated) < published) {
      context.addIssue({
        code: 'custom',
        path: ['updated'],
        message: `an article cannot be updated before it was published (expected ${isoDay(article.published)} or later, found ${isoDay(article.updated)})`,
      });
    }
    // A day of slack for time zones; a later date is a typo, or an article that is not out yet (a draft).
    if (!article.draft && published > todayNumber() + 1) {
      context.addIssue({
        code: 'custom',
        path: ['published'],
        message: `the publication day is in the future (expected today or earlier, or draft: true, found ${isoDay(article.published)})`,
      });
    }
  });

type Day = { year: number; month?: number; day?: number };
const dayNumber = (date: Day) =>
  Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1) / 86_400_000;
const todayNumber = () => Math.floor(Date.now() / 86_400_000);
const isoDay = (date: Day) =>
  [String(date.year).padStart(4, '0'), date.month, date.day]
    .filter((part) => part !== undefined)
    .map((part) => String(part).padStart(2, '0'))
    .join('-');

export type Article = z.output<typeof ArticleSchema>;
export type ArticleInput = z.input<typeof ArticleSchema>;

import { z } from 'zod';
import { PartialDateSchema } from './date.ts';
import { TextSchema, idRefList, refs, type Reference } from './common.ts';

/** The frontmatter of a Markdown article in content/articles/. The file name is its slug. */
export const ArticleSchema = z.strictObject({
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
      z
        .string()
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
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
  /** True keeps it out of the built site, feeds and search; it shows in `npm run dev` only. */
  draft: z.boolean().default(false),
});

export type Article = z.output<typeof ArticleSchema>;
export type ArticleInput = z.input<typeof ArticleSchema>;

/** Every id an article's frontmatter names. */
export function articleReferences(article: Article): Reference[] {
  return [
    ...refs(['islands'], 'islands', article.islands),
    ...refs(['actors'], 'actors', article.actors),
    ...refs(['events'], 'events', article.events),
    ...refs(['sources'], 'sources', article.sources),
  ];
}

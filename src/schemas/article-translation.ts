import { z } from 'zod';
import { TextSchema, idRef } from './common.ts';

/**
 * The frontmatter of a translated article, `content/articles/<lang>/<slug>.md`: its own title and
 * description, the English article it translates, and the hash of the English file it was made
 * from, and the words of its corrections. Everything else (dates, islands, sources, tags, the
 * corrections' dates) is the original's, so the facts an article names are the same in every
 * language.
 */
export const ArticleTranslationSchema = z.strictObject({
  /** The headline in this language. */
  title: TextSchema,
  /** One sentence saying what the article explains, in this language. */
  description: TextSchema.max(200, {
    message: 'keep the description to one sentence (at most 200 characters)',
  }),
  /** The English article it translates: its file name without `.md`, the same as this file's. */
  translationOf: idRef('articles'),
  /**
   * The first 12 hex characters of the SHA-256 of the English file the translation was made
   * from (`npm run translations -- <slug>` prints it). When the English file changes, the
   * translation is listed as older than the original, on its page and by the content check.
   */
  originalHash: z
    .string()
    .regex(/^[0-9a-f]{12}$/, { message: 'twelve lower-case hex characters, e.g. 3f2a9c0b1d4e' }),
  /**
   * The English article's corrections in this language, one for each and in the same order (their
   * dates are the original's). Required when the English article records corrections.
   */
  corrections: z
    .array(
      z.strictObject({
        /** What the page said that was wrong. */
        wrong: TextSchema,
        /** What it says now, and why. */
        changed: TextSchema,
      }),
    )
    .optional(),
});

export type ArticleTranslation = z.output<typeof ArticleTranslationSchema>;

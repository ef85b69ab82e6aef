import { z } from 'zod';
import { PartialDateSchema, comparePartialDates, type PartialDate } from './date.ts';
import { TextSchema } from './common.ts';

/**
 * A correction an editor records where the error was: in an article's frontmatter or in a fact
 * entry (an event, an island, an actor). Each one shows on its page and on /corrections/ with its
 * own feed. A correction is for a statement that was wrong; rewording and additions are not
 * corrections and need none.
 */
export const CorrectionSchema = z.strictObject({
  /** The day the text was corrected (the day the fix went live): 2026-12-02. */
  date: PartialDateSchema.superRefine((date, context) => {
    if (date.day === undefined)
      context.addIssue({
        code: 'custom',
        message: `give the full day (expected a day such as 2026-12-02, found ${iso(date)})`,
      });
  }),
  /** What the page said that was wrong, in a sentence of our own: "It called Shikotan …". */
  wrong: TextSchema,
  /** What it says now, and why (the source that shows it): "It now says …". */
  changed: TextSchema,
});

/** The list of an entry's corrections; empty when it has none. */
export const CorrectionListSchema = z
  .array(CorrectionSchema)
  .default([])
  .superRefine((list, context) => {
    // Oldest first in the file, as they happened, so a new one is added at the end.
    list.forEach((correction, index) => {
      const previous = list[index - 1];
      if (previous && comparePartialDates(correction.date, previous.date) < 0) {
        context.addIssue({
          code: 'custom',
          path: [index, 'date'],
          message: `list corrections oldest first (expected ${iso(previous.date)} or later, found ${iso(correction.date)})`,
        });
      }
    });
  });

const iso = (date: PartialDate) =>
  [date.year, date.month, date.day]
    .filter((part) => part !== undefined)
    .map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0'))
    .join('-');

export type Correction = z.output<typeof CorrectionSchema>;

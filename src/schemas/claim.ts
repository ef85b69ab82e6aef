import { z } from 'zod';
import { PartialDateSchema } from './date.ts';
import { IdSchema, PartySchema, TextSchema, idRef, idRefList } from './common.ts';

/** A government's own words on a point in dispute, quoted verbatim from a source, with who said them. */
export const OfficialWordingSchema = z.strictObject({
  /** The words exactly as the source prints them, without the quotation marks. */
  text: TextSchema.meta({ description: 'The words exactly as the source prints them.' }),
  /** Who said or wrote them, with their office: "Maria Zakharova, spokeswoman of the Russian foreign ministry". */
  speaker: TextSchema.meta({ description: 'Who said or wrote them, with their office.' }),
  /** When they were said or published, where the source records it. */
  date: PartialDateSchema.optional().meta({ description: 'When they were said or published.' }),
  /** The id of the source the words are read in; it must be one of the position's sources. */
  source: idRef('sources'),
  /** Language of `text` as a BCP 47 tag, when it is not English (ja, ru). */
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/)
    .optional()
    .meta({ description: 'BCP 47 tag of the quoted text when it is not English: ja, ru.' }),
  /** An English rendering of a quote in another language, saying whose translation it is. */
  translation: TextSchema.optional().meta({
    description: 'English rendering of a quote in another language, saying whose.',
  }),
});

export type OfficialWording = z.output<typeof OfficialWordingSchema>;

/** One party's position on a point in dispute, with the sources that state it. */
const PositionSchema = z
  .strictObject({
    /** Whose position it is. */
    party: PartySchema,
    /** The position in a few neutral words, as that party would recognise it. */
    summary: TextSchema,
    /** Ids of the sources that state the position: at least one, one of them the party's own government. */
    sources: idRefList('sources').min(1, { message: 'a position needs at least one source' }),
    /** The party's official wording on the point, verbatim and attributed. */
    wording: OfficialWordingSchema.optional(),
  })
  .superRefine((position, ctx) => {
    if (position.wording && !position.sources.includes(position.wording.source)) {
      ctx.addIssue({
        code: 'custom',
        path: ['wording', 'source'],
        input: position.wording.source,
        message: `the wording's source must be one of the position's sources (expected one of ${position.sources.join(', ')})`,
      });
    }
  });

/** A point in dispute with each party's position side by side. */
export const ClaimSchema = z.strictObject({
  /** Unique id, kebab-case: `yalta-agreement`. */
  id: IdSchema,
  /** The question in dispute, as a neutral question: "What did the Yalta Agreement decide?" */
  question: TextSchema,
  /** Background both sides accept, in our own words. */
  background: TextSchema.optional(),
  /** Ids of the sources the background is read in. */
  backgroundSources: idRefList('sources').default([]),
  /** Positions, Japan's and Russia's first; others where relevant. */
  positions: z
    .array(PositionSchema)
    .min(2, { message: 'a claim sets at least two positions side by side' })
    .superRefine((positions, context) => {
      positions.forEach((position, index) => {
        const first = positions.findIndex((other) => other.party === position.party);
        if (first === index) return;
        context.addIssue({
          code: 'custom',
          path: [index, 'party'],
          message: `${position.party} already has a position in this claim (positions[${first}]): each party speaks once (expected another party, found ${position.party})`,
        });
      });
    }),
  /** Ids of the islands it concerns. */
  islands: idRefList('islands').default([]),
  /** Ids of the events it turns on. */
  events: idRefList('events').default([]),
});

export type Claim = z.output<typeof ClaimSchema>;
export type ClaimInput = z.input<typeof ClaimSchema>;

import { z } from 'zod';
import { IdSchema, PartySchema, TextSchema, idRefList } from './common.ts';

/** One party's position on a point in dispute, with the sources that state it. */
const PositionSchema = z.strictObject({
  /** Whose position it is. */
  party: PartySchema,
  /** The position in a few neutral words, as that party would recognise it. */
  summary: TextSchema,
  /** Ids of the sources that state the position: at least one. */
  sources: idRefList('sources').min(1, { message: 'a position needs at least one source' }),
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

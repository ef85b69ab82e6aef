import { z } from 'zod';
import { PartialDateSchema, comparePartialDates, formatIso } from './date.ts';
import { IdSchema, PartySchema, TextSchema, idRef } from './common.ts';
import { CorrectionListSchema } from './correction.ts';

/** A role an actor held, with its dates when they matter. */
const RoleSchema = z
  .strictObject({
    /** The role as a reader would say it: "Prime Minister of Japan". */
    title: TextSchema.meta({ description: 'The role, e.g. "Prime Minister of Japan".' }),
    /** When the role began, if known and relevant. */
    start: PartialDateSchema.optional(),
    /** When it ended; leave out for a current role or one the sources do not date. */
    end: PartialDateSchema.optional(),
    /** The role as of a given date, when only that is sourced ("president-elect in December 2016"). */
    asOf: PartialDateSchema.optional(),
    /** Where the role is stated. */
    source: idRef('sources').optional(),
  })
  .superRefine((role, ctx) => {
    if (role.start && role.end && comparePartialDates(role.end, role.start) < 0) {
      ctx.addIssue({
        code: 'custom',
        message: `the role ends before it starts (expected an end on or after ${formatIso(role.start)}, found ${formatIso(role.end)})`,
        path: ['end'],
        input: role.end,
      });
    }
  });

/** An actor's name in its own script, with the language it is written in. */
const NativeNameSchema = z.strictObject({
  /** The name as written in its own language: 吉田茂, Никита Хрущёв. */
  text: TextSchema.meta({
    description: 'The name in its own script, e.g. 吉田茂 or Никита Хрущёв.',
  }),
  /** The language of that name, as a BCP 47 tag (ja, ru, ain), so pages can mark it up. */
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, {
      message: 'a language is a BCP 47 tag such as `ja` or `ru`',
    })
    .meta({ description: 'BCP 47 tag of the name: ja, ru, ain.' }),
});

/** A person, government or organisation that acts or speaks in the dispute. */
export const ActorSchema = z.strictObject({
  /** Unique id, kebab-case: `putin`, `james-brown`. */
  id: IdSchema,
  /** The name readers know: "Vladimir Putin", "the Group of Seven". */
  name: TextSchema,
  /** A person, a government or an organisation; `people` for a people such as the Ainu; `unnamed` for an anonymous official. */
  kind: z.enum(['person', 'government', 'organization', 'people', 'unnamed']).meta({
    description:
      'person, government, organization, people (a people, such as the Ainu) or unnamed.',
  }),
  /** The name in the actor's own script (Japanese, Russian, Ainu), when it is not English. */
  nativeName: NativeNameSchema.optional(),
  /** The country the actor belongs to or speaks for, if any. */
  country: PartySchema.optional(),
  /** Roles held, with dates where they matter. */
  roles: z.array(RoleSchema).default([]),
  /** A short neutral description, in our own words. */
  summary: TextSchema,
  /** Statements this entry made that were wrong, and what it says now (see correction.ts). */
  corrections: CorrectionListSchema,
});

export type Actor = z.output<typeof ActorSchema>;
export type ActorInput = z.input<typeof ActorSchema>;

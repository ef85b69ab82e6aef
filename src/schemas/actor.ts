import { z } from 'zod';
import { PartialDateSchema } from './date.ts';
import { IdSchema, PartySchema, TextSchema, idRef } from './common.ts';

/** A role an actor held, with its dates when they matter. */
const RoleSchema = z.strictObject({
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
});

/** A person, government or organisation that acts or speaks in the dispute. */
export const ActorSchema = z.strictObject({
  /** Unique id, kebab-case: `putin`, `james-brown`. */
  id: IdSchema,
  /** The name readers know: "Vladimir Putin", "the Group of Seven". */
  name: TextSchema,
  /** A person, a government or an organisation; `unnamed` for an anonymous official. */
  kind: z
    .enum(['person', 'government', 'organization', 'unnamed'])
    .meta({ description: 'person, government, organization or unnamed.' }),
  /** The country the actor belongs to or speaks for, if any. */
  country: PartySchema.optional(),
  /** Roles held, with dates where they matter. */
  roles: z.array(RoleSchema).default([]),
  /** A short neutral description, in our own words. */
  summary: TextSchema,
});

export type Actor = z.output<typeof ActorSchema>;
export type ActorInput = z.input<typeof ActorSchema>;

import { z } from 'zod';
import { PartialDateSchema } from './date.ts';

/** Lower-case words joined by hyphens: `etorofu`, `james-brown`, `nagato-summit-2016`. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An entry's own id: unique in its collection, kebab-case, used in URLs and references. */
export const IdSchema = z
  .string()
  .regex(KEBAB_CASE, {
    message: 'an id is lower-case words joined by hyphens, such as `james-brown`',
  })
  .meta({ description: 'Unique id, lower-case words joined by hyphens (kebab-case).' });

/** Every collection of the content contract; the registry in `index.ts` gives each its file, schema and route. */
export const COLLECTION_NAMES = [
  'sources',
  'islands',
  'actors',
  'events',
  'quotes',
  'claims',
  'borders',
  'articles',
] as const;

/** The name of a collection of the content contract. */
export type CollectionName = (typeof COLLECTION_NAMES)[number];

/**
 * Tags the schemas of ids that name an entry of another collection, as Astro's `reference()`
 * does: the check finds every reference by walking an entry with its schema (`references.ts`), so
 * a reference is declared once, where its field is.
 */
export const REFERENCE_TAGS = z.registry<{ collection: CollectionName }>();

/** The id of an entry in another collection; whether it exists is checked across collections. */
export function idRef(collection: CollectionName) {
  return z
    .string()
    .regex(KEBAB_CASE, { message: `an id of ${collection} is lower-case words joined by hyphens` })
    .meta({ description: `The id of an entry in ${collection}.` })
    .register(REFERENCE_TAGS, { collection });
}

/** A list of ids of another collection, each at most once. */
export function idRefList(collection: CollectionName) {
  return z
    .array(idRef(collection))
    .refine((ids) => new Set(ids).size === ids.length, { message: 'lists the same id twice' })
    .meta({ description: `A list of ids of ${collection}.` });
}

/** C0 and C1 control characters but the line feed (YAML block text keeps its line breaks). */
export const CONTROL_CHARACTER = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;

/** Zero-width characters and bidirectional controls: text made only of these shows nothing. */
export const INVISIBLE_FORMATTING =
  /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/g;

/** Prose an editor writes: trimmed, never empty, no control characters, not only invisible ones. */
export const TextSchema = z
  .string()
  .trim()
  .min(1, { message: 'must not be empty' })
  .refine((text) => !CONTROL_CHARACTER.test(text), {
    message:
      'holds an invisible control character (it would break feeds and pages): retype the text around it',
  })
  .refine((text) => text === '' || text.replace(INVISIBLE_FORMATTING, '').trim() !== '', {
    message:
      'holds only invisible characters (zero-width or direction marks): write the text itself',
  });

/** An absolute https URL. Leave the field out rather than guess one. */
export const HttpsUrlSchema = z
  .string()
  .trim()
  .refine(
    (text) => {
      try {
        const parsed = new URL(text);
        return parsed.protocol === 'https:' && parsed.hostname.includes('.');
      } catch {
        return false;
      }
    },
    { message: 'must be an absolute https:// URL' },
  )
  .meta({
    description: 'Absolute https URL. Leave out rather than guess.',
    format: 'uri',
    pattern: '^https://',
  });

/**
 * A figure with the source it was read in. Where sources disagree, a fact keeps a list of these,
 * one per source, instead of choosing one silently.
 */
export const SourcedValueSchema = z.strictObject({
  /** The number as the source gives it. */
  value: z
    .number()
    .nonnegative({ message: 'a figure cannot be negative' })
    .meta({ description: 'The number as the source gives it.' }),
  /** The id of the source it was read in. */
  source: idRef('sources'),
  /** When the figure applies (a survey year, a census day). */
  asOf: PartialDateSchema.optional().meta({ description: 'When the figure applies.' }),
  /** What the figure counts, when the field name alone does not say (e.g. "Japanese residents"). */
  label: TextSchema.optional().meta({ description: 'What the figure counts.' }),
  /** A short note on how the source measured it. */
  note: TextSchema.optional().meta({ description: 'How the source measured it.' }),
});

export type SourcedValue = z.output<typeof SourcedValueSchema>;

/** A sentence of fact with the source it comes from. */
export const SourcedNoteSchema = z.strictObject({
  /** The fact, in the site's own words. */
  text: TextSchema.meta({ description: 'The fact, in our own words.' }),
  /** The id of the source it comes from. */
  source: idRef('sources'),
});

export type SourcedNote = z.output<typeof SourcedNoteSchema>;

/** The countries whose positions the site reports. */
export const PartySchema = z
  .enum(['japan', 'russia', 'soviet-union', 'united-states', 'united-kingdom', 'international'])
  .meta({ description: 'A country or party to the dispute.' });

export type Party = z.output<typeof PartySchema>;

/** A reference from one entry to another, found by walking the entry with its schema. */
export interface Reference {
  /** Where in the entry the id stands, e.g. ['sources', 0]. */
  path: (string | number)[];
  /** The collection the id must exist in. */
  collection: CollectionName;
  /** The id named. */
  id: string;
}

/**
 * The JSON Schema of /data/facts.json, generated from the same Zod schemas the content check uses,
 * in their output form: what the check makes of an entry (defaults filled in, dates read into
 * objects), which is what facts.json holds. The editors' schemas in public/schemas/ describe the
 * input form instead, what an editor may write.
 */
import { z } from 'zod';
import { HistoricalDateSchema, PartialDateSchema } from '../../schemas/date.ts';
import { ArticleSchema, FACT_COLLECTIONS, FACT_COLLECTION_NAMES } from '../../schemas/index.ts';
import type { TranslatedFields } from '../../i18n/fact-translations.ts';

/**
 * A partial date as the schemas output it. Zod cannot see through the transform that reads the
 * editor's text, so its result is stated here; a unit test holds it to the transform's output.
 */
export const PartialDateOutputSchema = z
  .strictObject({
    year: z.int().min(1).max(9999).meta({ description: 'The year.' }),
    month: z.int().min(1).max(12).optional().meta({ description: 'The month, 1–12, when known.' }),
    day: z
      .int()
      .min(1)
      .max(31)
      .optional()
      .meta({ description: 'The day of the month, when known.' }),
  })
  .meta({ description: 'A date as precise as the sources are: a year, a month or a day.' });

/** A date in history as the schemas output it (see `HistoricalDate` in src/schemas/date.ts). */
export const HistoricalDateOutputSchema = z
  .strictObject({
    kind: z
      .enum(['point', 'range', 'alternatives'])
      .meta({
        description: 'point: one date; range: start to end; alternatives: dates that sources give.',
      }),
    start: PartialDateOutputSchema.meta({
      description: 'The point, the range’s start, or the earliest alternative.',
    }),
    end: PartialDateOutputSchema.optional().meta({ description: 'The range’s end.' }),
    alternatives: z
      .array(PartialDateOutputSchema)
      .min(2)
      .optional()
      .meta({ description: 'Every alternative, in the order the editor gave them.' }),
    approximate: z
      .boolean()
      .meta({ description: 'True when the date is approximate (“c. 1945”).' }),
    note: z.string().optional().meta({ description: 'Why the date is uncertain or given twice.' }),
  })
  .meta({
    description: 'A date in history: one date, a range, or the dates different sources give.',
  });

/** The transform inside `PartialDateSchema`, shared by every refined copy of it (`published`). */
const PARTIAL_DATE_TRANSFORM = (PartialDateSchema._zod.def as { out: unknown }).out;

/** The document's shape: its version fields, then one array per collection, then the articles. */
export function factsDocumentSchema() {
  return z.strictObject({
    $schema: z.string().meta({ description: 'The address of this schema.' }),
    schemaVersion: z
      .string()
      .regex(/^\d+\.\d+$/)
      .meta({
        description:
          'Version of the document’s shape: the major number rises when a field is removed or changes meaning, the minor when one is added.',
      }),
    version: z
      .string()
      .regex(/^[0-9a-f]{12}$/)
      .meta({
        description:
          'Version of the data: 12 hex digits of a SHA-256 hash of it; the same data gives the same version.',
      }),
    versionDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .meta({ description: 'The day the content last changed, YYYY-MM-DD.' }),
    licence: z.string().meta({ description: 'The licence of the data.' }),
    licenceUrl: z.string().meta({ description: 'Where the licence is published.' }),
    ...Object.fromEntries(
      FACT_COLLECTION_NAMES.map((name) => [
        name,
        z.array(FACT_COLLECTIONS[name].schema).meta({
          description: `Every entry of content/facts/${FACT_COLLECTIONS[name].file}.`,
        }),
      ]),
    ),
    articles: z
      .array(
        z.strictObject({
          slug: z.string().meta({ description: 'The article’s address: /articles/<slug>/.' }),
          ...ArticleSchema.shape,
        }),
      )
      .meta({ description: 'The frontmatter of every published article, with its slug.' }),
  });
}

/**
 * Replaces a JSON Schema node's content with another's, description included: the input schema's
 * says how an editor writes a date, which is not what facts.json holds.
 */
function replaceWith(node: Record<string, unknown>, replacement: Record<string, unknown>) {
  for (const key of Object.keys(node)) delete node[key];
  Object.assign(node, replacement);
}

/**
 * Adds `siteTranslation` where the registry says a translation carries one (a quote, a claim's
 * official wording): the Japanese and Russian copies of facts.json hold the site's translation of
 * the published words there, which an editor never writes in English.
 */
function allowSiteTranslations(json: Record<string, unknown>): void {
  type Node = { properties?: Record<string, Node>; items?: Node };
  const root = json as Node;
  for (const name of FACT_COLLECTION_NAMES) {
    const translated: TranslatedFields = FACT_COLLECTIONS[name].translated;
    for (const { at } of translated.siteTranslations ?? []) {
      let node: Node | undefined = root.properties?.[name]?.items;
      for (const segment of at.split('.').filter(Boolean)) {
        const list = segment.endsWith('[]');
        node = node?.properties?.[list ? segment.slice(0, -2) : segment];
        if (list) node = node?.items;
      }
      if (!node?.properties) throw new Error(`facts.schema.json: no object at ${name}: "${at}"`);
      node.properties.siteTranslation = {
        type: 'string',
        description:
          'In the Japanese and Russian copies only (/ja/data/facts.json, /ru/data/facts.json): this site’s translation of the published words into that language, where the speaker’s own words in it are not recorded.',
      } as Node;
    }
  }
}

/** The JSON Schema (draft 2020-12) served at /data/facts.schema.json. */
export function factsJsonSchema(schemaUrl: string): Record<string, unknown> {
  const output = (schema: z.ZodType) => {
    const { $schema: _, ...json } = z.toJSONSchema(schema, { io: 'output' }) as Record<
      string,
      unknown
    >;
    return json;
  };
  const partialDate = output(PartialDateOutputSchema);
  const historicalDate = output(HistoricalDateOutputSchema);
  const json = z.toJSONSchema(factsDocumentSchema(), {
    io: 'output',
    // The date transforms are the only parts Zod cannot state; the override below states them,
    // and a unit test fails if any other part of the schema comes out empty.
    unrepresentable: 'any',
    override: (ctx) => {
      const node = ctx.jsonSchema as Record<string, unknown>;
      if (ctx.zodSchema === (PARTIAL_DATE_TRANSFORM as unknown)) replaceWith(node, partialDate);
      else if (ctx.zodSchema === HistoricalDateSchema) replaceWith(node, historicalDate);
    },
  }) as Record<string, unknown>;
  allowSiteTranslations(json);
  const { $schema, ...rest } = json;
  return {
    $schema,
    $id: schemaUrl,
    title: 'Four Islands fact file (/data/facts.json)',
    ...rest,
  };
}

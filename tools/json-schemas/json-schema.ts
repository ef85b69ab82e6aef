import { z } from 'zod';
import { PartialDateSchema } from '../../src/schemas/date.ts';
import { ARTICLES, FACT_COLLECTIONS, type FactCollectionName } from '../../src/schemas/index.ts';

/** How editors may write one date, for editor autocomplete (the schema itself also takes YAML Dates). */
const PARTIAL_DATE_JSON = {
  anyOf: [
    { type: 'integer', minimum: 1, maximum: 9999, description: 'A year: 1855' },
    {
      type: 'string',
      pattern: '^\\d{1,4}(-\\d{2}(-\\d{2})?)?$',
      description: 'A month ("1945-02") or a day (2016-12-15)',
    },
  ],
};

function toEditorSchema(schema: z.ZodType, title: string): Record<string, unknown> {
  const json = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema === PartialDateSchema) {
        const description = ctx.jsonSchema.description;
        for (const key of Object.keys(ctx.jsonSchema))
          delete (ctx.jsonSchema as Record<string, unknown>)[key];
        Object.assign(ctx.jsonSchema, PARTIAL_DATE_JSON, description ? { description } : {});
      }
    },
  }) as Record<string, unknown>;
  return { ...json, title };
}

/**
 * The JSON Schemas editors' tools use to check fact files and frontmatter while typing, generated
 * from the same Zod schemas as the build. Keys are the file names under public/schemas/.
 */
export function editorJsonSchemas(): Record<string, Record<string, unknown>> {
  const schemas: Record<string, Record<string, unknown>> = {};
  for (const name of Object.keys(FACT_COLLECTIONS) as FactCollectionName[]) {
    const collection = FACT_COLLECTIONS[name];
    schemas[`${name}.schema.json`] = toEditorSchema(
      z.array(collection.schema),
      `content/facts/${collection.file}: a list of ${name}`,
    );
  }
  schemas['article.schema.json'] = toEditorSchema(
    ARTICLES.schema,
    'Frontmatter of an article in content/articles/',
  );
  return schemas;
}

/** The text written to disk for one schema: stable, pretty, ending in a newline. */
export function serializeJsonSchema(schema: Record<string, unknown>): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

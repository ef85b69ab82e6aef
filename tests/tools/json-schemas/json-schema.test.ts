import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { editorJsonSchemas, serializeJsonSchema } from '../../../tools/json-schemas/json-schema.ts';

const dir = fileURLToPath(new URL('../../../public/schemas/', import.meta.url));

describe('editor JSON Schemas', () => {
  const generated = editorJsonSchemas();

  it('are committed exactly as the Zod schemas generate them (run `npm run schemas` after a schema change)', () => {
    expect(readdirSync(dir).sort()).toEqual(Object.keys(generated).sort());
    for (const [file, schema] of Object.entries(generated)) {
      expect(readFileSync(`${dir}${file}`, 'utf8'), file).toBe(serializeJsonSchema(schema));
    }
  });

  it('refuse unknown fields and describe dates as editors write them', () => {
    const events = generated['events.schema.json'] as {
      items: { additionalProperties: boolean; required: string[] };
    };
    expect(events.items.additionalProperties).toBe(false);
    expect(events.items.required).toEqual(
      expect.arrayContaining(['id', 'title', 'date', 'summary', 'sources']),
    );
    expect(JSON.stringify(generated['events.schema.json'])).toContain(
      '^\\\\d{1,4}(-\\\\d{2}(-\\\\d{2})?)?$',
    );
  });

  it('are mapped to the content files in the VS Code settings', () => {
    const settings = JSON.parse(
      readFileSync(
        fileURLToPath(new URL('../../../.vscode/settings.json', import.meta.url)),
        'utf8',
      ),
    ) as {
      'yaml.schemas': Record<string, string>;
    };
    const mapped = Object.keys(settings['yaml.schemas']).map((path) =>
      path.replace('./public/schemas/', ''),
    );
    expect(mapped.sort()).toEqual(Object.keys(generated).sort());
  });
});

import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../../src/lib/content/validate.ts';
import {
  HistoricalDateOutputSchema,
  PartialDateOutputSchema,
  factsJsonSchema,
} from '../../../../src/lib/data-export/facts-schema.ts';
import { factsDocument } from '../../../../src/lib/facts-export.ts';
import { z } from 'zod';
import { HistoricalDateSchema, PartialDateSchema } from '../../../../src/schemas/date.ts';
import { fixtureRoot } from '../../../support/fixtures.ts';

// ajv-formats is CommonJS: its function is the default export's default under Node's ESM.
const addFormats =
  (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule;

const { root, cleanup } = fixtureRoot();
const { content } = await validateContent({ root, cache: false }).finally(cleanup);
const facts = { ...content, articles: content.articles.map(({ slug, data }) => ({ slug, data })) };
const SCHEMA_URL = 'https://example.org/data/facts.schema.json';
const schema = factsJsonSchema(SCHEMA_URL);

function validator(json: object) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(json);
}

/** facts.json as a reader receives it: the document through JSON. */
const published = (document: object) =>
  JSON.parse(JSON.stringify(document)) as Record<string, unknown>;
const document = published(
  factsDocument(facts, { version: '0123456789ab', versionDate: '2026-12-03' }, SCHEMA_URL),
);

describe('the JSON Schema of facts.json', () => {
  it('names itself and the draft it follows', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(SCHEMA_URL);
    expect(document.$schema).toBe(SCHEMA_URL);
  });

  // An empty schema accepts anything: it is what Zod writes for a part it cannot state.
  it('states every part: no empty schema anywhere', () => {
    const empty: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (Array.isArray(node)) node.forEach((item, index) => walk(item, `${path}/${index}`));
      else if (node && typeof node === 'object') {
        const keys = Object.keys(node).filter((key) => key !== 'description' && key !== 'default');
        if (keys.length === 0 && !path.endsWith('/properties')) empty.push(path || '/');
        for (const [key, value] of Object.entries(node)) walk(value, `${path}/${key}`);
      }
    };
    walk(schema, '');
    expect(empty).toEqual([]);
  });

  it('accepts facts.json made from the fixture content', () => {
    const validate = validator(schema);
    expect(validate(document), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('refuses a document with a field it does not know, or without a collection', () => {
    const validate = validator(schema);
    expect(validate({ ...document, builtAt: '2026-12-03T00:00:00Z' })).toBe(false);
    const { events: _, ...withoutEvents } = document;
    expect(validate(withoutEvents)).toBe(false);
    const islands = document.islands as Record<string, unknown>[];
    expect(validate({ ...document, islands: [{ ...islands[0], area: 'large' }] })).toBe(false);
  });
});

describe('the output shape of dates', () => {
  const partial = validator(z.toJSONSchema(PartialDateOutputSchema, { io: 'output' }));
  const historical = validator(z.toJSONSchema(HistoricalDateOutputSchema, { io: 'output' }));

  it.each([1855, '1945-02', '2016-12-15', new Date('2016-12-15T00:00:00Z')])(
    'matches what the date schema makes of %s',
    (input) => {
      const output = published(PartialDateSchema.parse(input));
      expect(partial(output), JSON.stringify(partial.errors)).toBe(true);
    },
  );

  it.each([
    ['a year', 1855],
    ['an approximate month', { on: '2016-11', approximate: true }],
    ['a range', { start: '1945-08-28', end: '1945-09-05' }],
    ['alternatives', { either: ['1945-08-08', '1945-08-09'], note: 'two calendars' }],
  ])('matches what the history-date schema makes of %s', (_what, input) => {
    const output = published(HistoricalDateSchema.parse(input));
    expect(historical(output), JSON.stringify(historical.errors)).toBe(true);
  });

  it('refuses what the schema never makes', () => {
    expect(partial({ year: 1855, month: 13 })).toBe(false);
    expect(historical({ kind: 'point', start: { year: 1855 } })).toBe(false);
  });
});

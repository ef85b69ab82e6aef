import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { validateContent } from '../../../../src/lib/content/validate.ts';
import {
  DATA_TABLES,
  collectionCsv,
  tableHeader,
  tableRows,
} from '../../../../src/lib/data-export/columns.ts';
import { BOM } from '../../../../src/lib/data-export/csv.ts';
import {
  ClaimSchema,
  EventSchema,
  FACT_COLLECTIONS,
  FACT_COLLECTION_NAMES,
  QuoteSchema,
} from '../../../../src/schemas/index.ts';
import { fixtureRoot } from '../../../support/fixtures.ts';
import { parseCsv } from '../../../support/parse-csv.ts';

const { root, cleanup } = fixtureRoot();
const { content } = await validateContent({ root, cache: false }).finally(cleanup);
const context = { pageUrl: (path: string) => `https://example.org${path}` };

/** The value of one named column in each row. */
function column(
  name: (typeof FACT_COLLECTION_NAMES)[number],
  header: string,
  entries: readonly unknown[],
) {
  const index = tableHeader(name).indexOf(header);
  expect(index, `column ${header}`).toBeGreaterThanOrEqual(0);
  return tableRows(name, entries as never[], context).map((row) => row[index]);
}

describe('the column definitions', () => {
  it.each(FACT_COLLECTION_NAMES)(
    '%s: unique names, each described, id first and page last',
    (name) => {
      const header = tableHeader(name);
      expect(new Set(header).size).toBe(header.length);
      expect(header[0]).toBe('id');
      expect(header.at(-1)).toBe('page');
      for (const definition of DATA_TABLES[name].columns) {
        expect(definition.description.length, definition.name).toBeGreaterThan(10);
      }
    },
  );

  // A field added to a schema without a column would be missing from the CSV unnoticed.
  it.each(FACT_COLLECTION_NAMES)('%s: every field of the schema has a column', (name) => {
    const shape = (FACT_COLLECTIONS[name].schema as unknown as z.ZodObject).shape;
    const roots = new Set(tableHeader(name).map((header) => header.split('.')[0]));
    for (const field of Object.keys(shape)) expect(roots, field).toContain(field);
  });
});

describe('the rows of the fixture content', () => {
  it.each(FACT_COLLECTION_NAMES)(
    '%s: one row per entry, as the CSV a strict reader reads',
    (name) => {
      const entries = content[name] as readonly { id: string }[];
      const csv = collectionCsv(name, entries as never[], context);
      expect(csv.startsWith(BOM)).toBe(true);
      const records = parseCsv(csv.slice(BOM.length));
      expect(records[0]).toEqual(tableHeader(name));
      expect(records.slice(1).map((record) => record[0])).toEqual(entries.map((entry) => entry.id));
      for (const record of records) expect(record.length).toBe(records[0]!.length);
    },
  );

  it('gives each entry its page on the site', () => {
    expect(column('islands', 'page', content.islands)[0]).toBe(
      `https://example.org/islands/${content.islands[0]!.id}/`,
    );
    expect(column('events', 'page', content.events)).toEqual(
      content.events.map((event) => `https://example.org/timeline/#event-${event.id}`),
    );
  });

  it('writes an island’s figures one per line, each with its source', () => {
    const island = content.islands[0]!;
    const area = String(column('islands', 'area', [island])[0]);
    expect(area.split('\n')).toHaveLength(island.area.length);
    expect(area).toContain(`${island.area[0]!.value}`);
    expect(area).toContain(`[${island.area[0]!.source}]`);
  });
});

describe('flattening', () => {
  const event = EventSchema.parse({
    id: 'two-dates-1945',
    title: 'An event the sources date differently',
    date: {
      either: ['1945-08-09', '1945-08-08'],
      approximate: true,
      note: 'Moscow and the Far East',
    },
    summary: 'A summary, with a comma; and a semicolon.',
    islands: ['etorofu', 'kunashiri'],
    sources: ['example-news'],
    tags: ['war'],
  });

  it('splits a date in history into its start, end, alternatives, approximation and note', () => {
    const header = tableHeader('events');
    const [row] = tableRows('events', [event], context);
    const cell = (name: string) => row![header.indexOf(name)];
    expect(cell('date')).toBe('1945-08-08');
    expect(cell('date.end')).toBeUndefined();
    expect(cell('date.alternatives')).toBe('1945-08-09; 1945-08-08');
    expect(cell('date.approximate')).toBe(true);
    expect(cell('date.note')).toBe('Moscow and the Far East');
    expect(cell('islands')).toBe('etorofu; kunashiri');
  });

  it('writes a range’s end and leaves the date columns of an undated source empty', () => {
    const ranged = EventSchema.parse({
      ...event,
      date: { start: '1945-08-28', end: '1945-09-05' },
    });
    expect(column('events', 'date', [ranged])).toEqual(['1945-08-28']);
    expect(column('events', 'date.end', [ranged])).toEqual(['1945-09-05']);
    expect(column('events', 'date.approximate', [ranged])).toEqual([false]);
    const undated = content.sources.find((source) => source.date === undefined);
    if (undated) {
      expect(column('sources', 'date', [undated])).toEqual([undefined]);
      expect(column('sources', 'date.approximate', [undated])).toEqual([undefined]);
    }
  });

  it('gives a quote’s original words and translation their own columns', () => {
    const quote = QuoteSchema.parse({
      id: 'said-in-russian',
      text: 'Words in English',
      speaker: 'putin',
      date: '2016-12',
      context: 'An occasion.',
      source: 'example-news',
      original: { language: 'ru', text: 'Слова по-русски', source: 'example-ministry' },
      translation: { by: 'site' },
    });
    expect(column('quotes', 'original.text', [quote])).toEqual(['Слова по-русски']);
    expect(column('quotes', 'original.source', [quote])).toEqual(['example-ministry']);
    expect(column('quotes', 'translation.by', [quote])).toEqual(['site']);
    expect(column('quotes', 'fragment', [quote])).toEqual([false]);
  });

  it('puts each party’s position in its own columns, empty for parties without one', () => {
    const claim = ClaimSchema.parse({
      id: 'a-point',
      question: 'Whose?',
      positions: [
        { party: 'russia', summary: 'Russia’s view.', sources: ['example-news'] },
        {
          party: 'japan',
          summary: 'Japan’s view.',
          sources: ['example-ministry', 'example-news'],
          wording: {
            text: 'Inherent territory',
            speaker: 'A spokesman',
            date: '2020-01-02',
            source: 'example-ministry',
          },
        },
      ],
    });
    expect(column('claims', 'positions.japan.summary', [claim])).toEqual(['Japan’s view.']);
    expect(column('claims', 'positions.japan.sources', [claim])).toEqual([
      'example-ministry; example-news',
    ]);
    expect(column('claims', 'positions.japan.wording', [claim])).toEqual([
      'Inherent territory — A spokesman, 2020-01-02 [example-ministry]',
    ]);
    expect(column('claims', 'positions.russia.summary', [claim])).toEqual(['Russia’s view.']);
    expect(column('claims', 'positions.united-states.summary', [claim])).toEqual([undefined]);
    expect(column('claims', 'positions.united-states.sources', [claim])).toEqual([undefined]);
  });
});

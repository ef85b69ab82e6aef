import { expect, test } from './support/fixtures.ts';

test('/data/facts.json publishes every validated fact with a schema version and the data’s version', async ({
  request,
}) => {
  const response = await request.get('data/facts.json');
  expect(response.status()).toBe(200);
  const data = (await response.json()) as Record<string, unknown> & {
    islands: { id: string }[];
    quotes: unknown[];
  };
  expect(data.schemaVersion).toMatch(/^\d+\.\d+$/);
  expect(data.version).toMatch(/^[0-9a-f]{12}$/);
  expect(data.versionDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(data).not.toHaveProperty('builtAt');
  expect(data.islands.map((island) => island.id)).toEqual([
    'etorofu',
    'kunashiri',
    'shikotan',
    'habomai',
  ]);
  for (const key of ['events', 'actors', 'quotes', 'claims', 'sources', 'articles']) {
    expect(Array.isArray(data[key]), key).toBe(true);
    expect((data[key] as unknown[]).length, key).toBeGreaterThan(0);
  }
});

test('the editors’ JSON Schemas are published', async ({ request }) => {
  const response = await request.get('schemas/events.schema.json');
  expect(response.status()).toBe(200);
  const schema = (await response.json()) as { type: string; items: { required: string[] } };
  expect(schema.type).toBe('array');
  expect(schema.items.required).toContain('sources');
});

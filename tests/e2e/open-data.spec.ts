// The open data: every file the /data/ page explains is served and reads as its format says, the
// CSV files hold one row per entry of the fact file with the columns the page documents, facts.json
// passes its own JSON Schema, and every page's footer leads to the data.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import { parseCsv } from '../support/parse-csv.ts';
import { expect, test } from './support/fixtures.ts';

// ajv-formats is CommonJS: its function is the default export's default under Node's ESM.
const addFormats =
  (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule;

const COLLECTIONS = ['islands', 'events', 'actors', 'quotes', 'sources', 'claims', 'borders'];

/** How many entries a fact file holds, read from the YAML itself rather than from the site. */
function entriesIn(collection: string): { id: string }[] {
  const path = fileURLToPath(new URL(`../../content/facts/${collection}.yaml`, import.meta.url));
  return parse(readFileSync(path, 'utf8')) as { id: string }[];
}

test.describe('the CSV files', () => {
  for (const collection of COLLECTIONS) {
    test(`${collection}.csv: a byte order mark, RFC 4180, one row per entry, the columns /data/ documents`, async ({
      page,
      request,
    }) => {
      const response = await request.get(`data/${collection}.csv`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('text/csv');
      const bytes = await response.body();
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const records = parseCsv(bytes.subarray(3).toString('utf8'));
      const [header, ...rows] = records;
      const entries = entriesIn(collection);
      expect(rows).toHaveLength(entries.length);
      expect(rows.map((row) => row[0]).sort()).toEqual(entries.map((entry) => entry.id).sort());
      for (const row of rows) expect(row).toHaveLength(header!.length);

      await page.goto('data/');
      const documented = await page
        .locator(`table[data-columns-of="${collection}.csv"] tbody th[scope="row"]`)
        .allTextContents();
      expect(documented.map((name) => name.trim())).toEqual(header);
      await expect(page.locator(`#file-${collection}-csv`)).toContainText(`${collection}.csv`);
    });
  }
});

test('facts.json passes its JSON Schema and names it', async ({ request }) => {
  const facts = (await (await request.get('data/facts.json')).json()) as Record<string, unknown>;
  const schemaResponse = await request.get('data/facts.schema.json');
  expect(schemaResponse.status()).toBe(200);
  const schema = (await schemaResponse.json()) as { $id: string };
  expect(facts.$schema).toBe(schema.$id);
  expect(new URL(schema.$id).pathname.endsWith('/data/facts.schema.json')).toBe(true);
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  expect(validate(facts), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
  for (const collection of COLLECTIONS) {
    expect((facts[collection] as unknown[]).length, collection).toBe(entriesIn(collection).length);
  }
});

test('the /data/ page links every file, each served as its format says', async ({
  page,
  request,
}) => {
  await page.goto('data/');
  const links = await page
    .locator('#files ~ ul a:not([href^="#"])')
    .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
  const names = links.map((href) => new URL(href).pathname.split('/').pop()!);
  expect(names).toEqual(
    expect.arrayContaining([
      'facts.json',
      'facts.schema.json',
      ...COLLECTIONS.map((collection) => `${collection}.csv`),
      'borders.geojson',
    ]),
  );
  expect(names.some((name) => /^outlines-[0-9a-f]+\.geojson$/.test(name))).toBe(true);
  expect(names).toHaveLength(COLLECTIONS.length + 4);

  for (const href of links) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    if (href.endsWith('.geojson')) {
      const geojson = (await response.json()) as {
        type: string;
        features: { type: string; geometry: { type: string } }[];
      };
      expect(geojson.type, href).toBe('FeatureCollection');
      expect(geojson.features.length, href).toBeGreaterThan(0);
      for (const feature of geojson.features) expect(feature.type).toBe('Feature');
    } else if (href.endsWith('.json')) {
      expect(typeof (await response.json()), href).toBe('object');
    } else {
      expect(response.headers()['content-type'], href).toContain('text/csv');
    }
    // The section that explains the file links to it too, under the file's name.
    const name = new URL(href).pathname.split('/').pop()!;
    await expect(page.locator('.data-page__file h3 a', { hasText: name })).toHaveCount(1);
  }
});

test('the /data/ page states the version facts.json carries, the licence and a citation', async ({
  page,
  request,
}) => {
  const facts = (await (await request.get('data/facts.json')).json()) as {
    version: string;
    versionDate: string;
  };
  await page.goto('data/');
  await expect(page.locator('#version + p code').first()).toHaveText(facts.version);
  await expect(page.locator('#version + p time')).toHaveAttribute('datetime', facts.versionDate);
  await expect(page.locator('#licence + p a[rel="license"]')).toHaveAttribute(
    'href',
    'https://creativecommons.org/licenses/by/4.0/',
  );
  await expect(page.locator('.cite-format__text').first()).toContainText(facts.version);
});

test.describe('the footer link to the data', () => {
  for (const [path, target] of [
    ['', '/data/'],
    ['about/', '/data/'],
    ['islands/etorofu/', '/data/#file-islands-csv'],
    ['timeline/', '/data/#file-events-csv'],
    ['claims/', '/data/#file-claims-csv'],
  ] as const) {
    test(`on /${path} it leads to ${target}`, async ({ page }) => {
      await page.goto(path === '' ? './' : path);
      const link = page.locator('.site-footer a', { hasText: 'The data behind this page' });
      await expect(link).toHaveCount(1);
      const href = await link.evaluate((anchor) => (anchor as HTMLAnchorElement).href);
      expect(new URL(href).pathname.endsWith('/data/')).toBe(true);
      expect(new URL(href).hash).toBe(target.includes('#') ? `#${target.split('#')[1]}` : '');
      await link.click();
      await expect(page).toHaveURL(href);
      if (target.includes('#'))
        await expect(page.locator(`#${target.split('#')[1]}`)).toBeVisible();
      else await expect(page.locator('h1')).toHaveText('Open data');
    });
  }
});

for (const locale of ['ja', 'ru'] as const) {
  test(`the ${locale} data files hold the same entries as the English ones, with their text in ${locale}`, async ({
    page,
    request,
  }) => {
    const json = async (path: string) =>
      (await (await request.get(path)).json()) as Record<string, { id: string }[]> & {
        $schema: string;
        version: string;
      };
    const english = await json('data/facts.json');
    const translated = await json(`${locale}/data/facts.json`);
    const schema = (await (await request.get('data/facts.schema.json')).json()) as object;
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(translated), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
    expect(translated.$schema).toBe(english.$schema);
    expect(translated.version).not.toBe(english.version);
    const withoutNote = (date: unknown) => ({ ...(date as object), note: undefined });
    const events = (facts: typeof english) =>
      facts.events as unknown as { id: string; date: unknown; sources: string[]; title: string }[];
    for (const collection of COLLECTIONS) {
      expect(translated[collection]!.map((entry) => entry.id)).toEqual(
        english[collection]!.map((entry) => entry.id),
      );
    }
    // The same dates and sources (a date's note is text, so it is translated), the titles in the
    // file's language.
    expect(
      events(translated).map(({ date, sources }) => ({ date: withoutNote(date), sources })),
    ).toEqual(events(english).map(({ date, sources }) => ({ date: withoutNote(date), sources })));
    const japaneseOrCyrillic = locale === 'ja' ? /[\u3040-\u30ff\u4e00-\u9fff]/ : /[\u0400-\u04ff]/;
    expect(events(translated).every((event) => japaneseOrCyrillic.test(event.title))).toBe(true);

    const csv = async (path: string) => {
      const bytes = await (await request.get(path)).body();
      return parseCsv(bytes.subarray(3).toString('utf8'));
    };
    for (const collection of COLLECTIONS) {
      const [englishHeader, ...englishRows] = await csv(`data/${collection}.csv`);
      const [header, ...rows] = await csv(`${locale}/data/${collection}.csv`);
      expect(header).toEqual(englishHeader);
      expect(rows.map((row) => row[0])).toEqual(englishRows.map((row) => row[0]));
    }
    const [, firstEvent] = await csv(`${locale}/data/events.csv`);
    expect(firstEvent!.at(-1)).toMatch(new RegExp(`/${locale}/timeline/#event-`));
    const borders = (await (await request.get(`${locale}/data/borders.geojson`)).json()) as {
      features: unknown[];
    };
    expect(borders.features.length).toBeGreaterThan(0);

    // The page in this language links its own copies, and the shared files once.
    await page.goto(`${locale}/data/`);
    const links = await page
      .locator(
        '.data-page__files a[href$=".json"], .data-page__files a[href$=".csv"], .data-page__files a[href$=".geojson"]',
      )
      .evaluateAll((anchors) =>
        anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
    expect(links).toContain(`/${locale}/data/facts.json`);
    expect(links).toContain(`/${locale}/data/islands.csv`);
    expect(links).toContain('/data/facts.schema.json');
    expect(links.some((path) => /^\/data\/outlines-[0-9a-f]+\.geojson$/.test(path))).toBe(true);
  });
}

// Every page's schema.org data, read the way a search engine reads it: each ld+json block is
// parsed and flattened by a JSON-LD processor (jsonld.js), with the schema.org context served
// from here so that the test needs no network, and checked against what the page itself shows.
import jsonld from 'jsonld';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';

const SCHEMA = 'http://schema.org/';
const s = (term: string) => `${SCHEMA}${term}`;

// The part of schema.org's own context (https://schema.org/docs/jsonldcontext.jsonld) that the
// site's data relies on: the vocabulary, and the properties whose values are addresses.
const SCHEMA_CONTEXT = {
  '@context': {
    '@vocab': SCHEMA,
    url: { '@type': '@id' },
    license: { '@type': '@id' },
    hasMap: { '@type': '@id' },
  },
};

const documentLoader = async (address: string) => {
  if (address === 'https://schema.org' || address === 'https://schema.org/') {
    return { contextUrl: undefined, documentUrl: address, document: SCHEMA_CONTEXT };
  }
  throw new Error(`the structured data asks for a context the site does not use: ${address}`);
};

/** One node of the flattened, expanded graph: full IRIs, every value an array. */
type FlatNode = { '@id': string; '@type'?: string[] } & Record<string, unknown>;
type Value = { '@id'?: string; '@value'?: unknown; '@language'?: string };

/** The page's ld+json blocks: the text of each, as the browser holds it. */
async function ldBlocks(page: Page): Promise<string[]> {
  return page.locator('script[type="application/ld+json"]').allTextContents();
}

/**
 * The page's structured data, parsed, expanded and flattened. Safe mode makes the processor fail
 * on anything it would drop: a term with no IRI, a malformed language tag or value.
 */
async function graphOf(page: Page): Promise<Map<string, FlatNode>> {
  const blocks = await ldBlocks(page);
  expect(blocks, 'one JSON-LD block per page').toHaveLength(1);
  // `safe` (safe mode) is in jsonld.js 8 and later, not yet in its type declarations.
  const options = { documentLoader, safe: true };
  const flattened = (await jsonld.flatten(
    JSON.parse(blocks[0]!),
    undefined,
    options,
  )) as unknown as FlatNode[];
  return new Map(flattened.map((node) => [node['@id'], node]));
}

const ofType = (graph: Map<string, FlatNode>, type: string) =>
  [...graph.values()].filter((node) => node['@type']?.includes(s(type)));

const values = (node: FlatNode | undefined, property: string): Value[] =>
  (node?.[s(property)] as Value[] | undefined) ?? [];
const value = (node: FlatNode | undefined, property: string) =>
  values(node, property)[0]?.['@value'];
const link = (node: FlatNode | undefined, property: string) => values(node, property)[0]?.['@id'];

const canonicalOf = async (page: Page) =>
  (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';

/** Every page's graph has the site, the website and the page, at its canonical address. */
async function expectPageNode(page: Page, graph: Map<string, FlatNode>, type: string) {
  const canonical = await canonicalOf(page);
  const node = graph.get(canonical);
  expect(node?.['@type'], `the page node at ${canonical}`).toEqual([s(type)]);
  const website = graph.get(link(node, 'isPartOf')!);
  expect(website?.['@type']).toEqual([s('WebSite')]);
  const site = graph.get(link(website, 'publisher')!);
  expect(site?.['@type']).toEqual([s('Organization')]);
  expect(value(site, 'name')).toBe('Four Islands');
  return node!;
}

test.beforeEach(async ({ page }) => {
  // A JSON-LD block is data, which the Content Security Policy does not govern: it must not be
  // reported as a violation (nor need a hash in script-src).
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { cspViolations: string[] }).cspViolations.push(
        `${event.violatedDirective}: ${event.sample || event.blockedURI}`,
      ),
    );
  });
});

test.afterEach(async ({ page }) => {
  const violations = await page.evaluate(
    () => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
  );
  expect(violations, 'CSP violations').toEqual([]);
});

test('an article is an Article by the site, dated as its record, citing its sources', async ({
  page,
}) => {
  await page.goto('articles/the-four-islands/');
  const graph = await graphOf(page);
  const webPage = await expectPageNode(page, graph, 'WebPage');
  const [article] = ofType(graph, 'Article');
  expect(link(webPage, 'mainEntity')).toBe(article!['@id']);
  expect(value(article, 'headline')).toBe((await page.locator('h1').textContent())?.trim());
  expect(value(article, 'inLanguage')).toBe('en');
  expect(link(article, 'mainEntityOfPage')).toBe(await canonicalOf(page));
  expect(link(article, 'url')).toBe(await canonicalOf(page));
  expect(value(article, 'datePublished')).toBe(
    await page.locator('.article__meta time').first().getAttribute('datetime'),
  );
  // The version date is the one the "Version and citation" block gives.
  expect(value(article, 'dateModified')).toBe(
    await page.locator('.page-record__changed time').getAttribute('datetime'),
  );
  for (const role of ['author', 'publisher']) {
    expect(graph.get(link(article, role)!)?.['@type'], role).toEqual([s('Organization')]);
  }
  const citations = values(article, 'citation').map((cited) => graph.get(cited['@id']!)!);
  expect(citations.length).toBeGreaterThan(0);
  for (const work of citations) {
    expect(work['@type']).toEqual([s('CreativeWork')]);
    expect(value(work, 'name')).toBeTruthy();
  }
  // The citations are the sources the page links to, and each has the address the sources page
  // gives it, or none where the sources page has none.
  const linked = await page
    .locator('a[href*="/sources/#source-"]')
    .evaluateAll((anchors) =>
      anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).hash),
    );
  expect(citations.map((work) => new URL(work['@id']).hash).sort()).toEqual(
    [...new Set(linked)].sort(),
  );
  await page.goto('sources/');
  for (const work of citations) {
    const entry = page.locator(`[id="${new URL(work['@id']).hash.slice(1)}"]`);
    const address = entry.locator('a.source-entry__url');
    if (link(work, 'url')) await expect(address).toHaveAttribute('href', link(work, 'url')!);
    else await expect(address).toHaveCount(0);
  }
  expect(citations.some((work) => link(work, 'url'))).toBe(true);
});

test('an island page is a Place with coordinates and every form of both names', async ({
  page,
}) => {
  await page.goto('islands/etorofu/');
  const graph = await graphOf(page);
  const webPage = await expectPageNode(page, graph, 'WebPage');
  const place = graph.get(link(webPage, 'mainEntity')!);
  expect(place?.['@type']).toEqual([s('Place')]);
  expect(place!['@id']).toMatch(/\/islands\/etorofu\/#place$/);
  expect(value(place, 'name')).toBe('Etorofu (Iturup)');
  const geo = graph.get(link(place, 'geo')!);
  expect(geo?.['@type']).toEqual([s('GeoCoordinates')]);
  expect(value(geo, 'latitude')).toBeCloseTo(45.03, 1);
  expect(value(geo, 'longitude')).toBeCloseTo(147.62, 1);
  // Language tags are case-insensitive and the processor writes them in lower case.
  const names = values(place, 'alternateName').map((name) => [
    name['@value'],
    name['@language']?.toLowerCase(),
  ]);
  expect(names).toEqual(
    expect.arrayContaining([
      ['Etorofu', 'en'],
      ['択捉島', 'ja'],
      ['Etorofu-tō', 'ja-latn'],
      ['Iturup', 'en'],
      ['Итуруп', 'ru'],
      ['Iturup', 'ru-latn'],
    ]),
  );
});

test('the timeline is an ItemList of its Events, located on the islands’ Places', async ({
  page,
}) => {
  await page.goto('timeline/');
  const graph = await graphOf(page);
  const webPage = await expectPageNode(page, graph, 'CollectionPage');
  const list = graph.get(link(webPage, 'mainEntity')!);
  expect(list?.['@type']).toEqual([s('ItemList')]);
  const items = values(list, 'itemListElement').map((item) => graph.get(item['@id']!)!);
  const events = items.map((item) => graph.get(link(item, 'item')!)!);
  const shown = await page
    .locator('[id^="event-"]:not([id$="-title"])')
    .evaluateAll((elements) => elements.map((element) => element.id));
  expect(events.map((event) => event['@id'].split('#')[1])).toEqual(shown);
  expect(items.map((item) => value(item, 'position'))).toEqual(shown.map((_, index) => index + 1));
  for (const event of events) {
    expect(event['@type']).toEqual([s('Event')]);
    expect(value(event, 'name')).toBeTruthy();
  }
  expect(events.filter((event) => value(event, 'startDate')).length).toBeGreaterThan(
    events.length / 2,
  );
  // Events name the islands by the island pages' Place ids.
  const locations = new Set(
    events.flatMap((event) => values(event, 'location').map((l) => l['@id'])),
  );
  expect([...locations].some((id) => id?.endsWith('/islands/etorofu/#place'))).toBe(true);
  for (const id of locations) {
    expect(graph.get(id!)?.['@type']).toEqual([s('Place')]);
    expect(id).toMatch(/\/islands\/[a-z-]+\/#place$/);
  }
});

test('a period of the timeline gives each of its Events with its summary', async ({ page }) => {
  await page.goto('timeline/');
  const period = await page.locator('a[href*="/timeline/period/"]').first().getAttribute('href');
  await page.goto(period!);
  const graph = await graphOf(page);
  await expectPageNode(page, graph, 'CollectionPage');
  const events = ofType(graph, 'Event');
  expect(events.length).toBeGreaterThan(0);
  for (const event of events) {
    expect(event['@id']).toMatch(/\/timeline\/#event-/);
    expect(value(event, 'description')).toBeTruthy();
  }
});

test('actor pages are Persons or Organizations by the actor’s kind', async ({ page }) => {
  for (const [path, type] of [
    ['actors/putin/', 'Person'],
    ['actors/obama-administration/', 'GovernmentOrganization'],
  ] as const) {
    await page.goto(path);
    const graph = await graphOf(page);
    const webPage = await expectPageNode(page, graph, 'WebPage');
    const actor = graph.get(link(webPage, 'mainEntity')!);
    expect(actor?.['@type'], path).toEqual([s(type)]);
    expect(value(actor, 'name')).toBe((await page.locator('h1').textContent())?.trim());
  }
});

test('the quotes page gives each quote as a Quotation by its speaker, based on its source', async ({
  page,
}) => {
  await page.goto('quotes/');
  const graph = await graphOf(page);
  await expectPageNode(page, graph, 'CollectionPage');
  const quotations = ofType(graph, 'Quotation');
  const shown = await page
    .locator('[id^="quote-"]')
    .evaluateAll((elements) => elements.map((element) => element.id));
  expect(quotations.map((quotation) => quotation['@id'].split('#')[1]).sort()).toEqual(
    [...shown].sort(),
  );
  for (const quotation of quotations) {
    expect(values(quotation, 'text').some((text) => text['@language'] === 'en')).toBe(true);
    const speaker = graph.get(link(quotation, 'creator')!);
    expect(speaker?.['@type']?.[0]).toMatch(/\/(Person|Organization|GovernmentOrganization)$/);
    expect(speaker!['@id']).toMatch(/\/actors\/[a-z0-9-]+\/#actor$/);
    expect(link(quotation, 'spokenByCharacter')).toBe(speaker!['@id']);
    const based = values(quotation, 'isBasedOn').map((work) => graph.get(work['@id']!));
    expect(based.length).toBeGreaterThan(0);
    for (const work of based) expect(work?.['@type']).toEqual([s('CreativeWork')]);
  }
});

test('the claims page gives each position as a Claim by its government, with its sources', async ({
  page,
}) => {
  await page.goto('claims/');
  const graph = await graphOf(page);
  await expectPageNode(page, graph, 'CollectionPage');
  const claims = ofType(graph, 'Claim');
  expect(claims).toHaveLength(await page.locator('.claim__positions > .position').count());
  for (const claim of claims) {
    expect(value(claim, 'text')).toBeTruthy();
    expect(value(claim, 'name')).toMatch(/\?$/);
    const author = graph.get(link(claim, 'author')!);
    expect(author?.['@type']).toEqual([s('GovernmentOrganization')]);
    expect(value(author, 'name')).toMatch(/^Government of /);
    const appearances = values(claim, 'appearance').map((work) => graph.get(work['@id']!));
    expect(appearances.length).toBeGreaterThan(0);
    for (const work of appearances) expect(work?.['@type']).toEqual([s('CreativeWork')]);
  }
});

test('the other pages are a WebSite’s WebPage, CollectionPage, AboutPage or search page', async ({
  page,
}) => {
  for (const [path, type] of [
    ['./', 'WebPage'],
    ['articles/', 'CollectionPage'],
    ['islands/', 'CollectionPage'],
    ['actors/', 'CollectionPage'],
    ['sources/', 'CollectionPage'],
    ['corrections/', 'CollectionPage'],
    ['map/', 'WebPage'],
    ['about/', 'AboutPage'],
    ['search/', 'SearchResultsPage'],
  ] as const) {
    await page.goto(path);
    await expectPageNode(page, await graphOf(page), type);
  }
  // The sources page describes every source it lists.
  await page.goto('sources/');
  const works = ofType(await graphOf(page), 'CreativeWork');
  expect(works).toHaveLength(await page.locator('[id^="source-"]').count());
});

test('the 404 page, served at any missing address, has no structured data', async ({ page }) => {
  await page.goto('404.html');
  expect(await ldBlocks(page)).toEqual([]);
});

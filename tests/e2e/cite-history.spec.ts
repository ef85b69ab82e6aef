// The end of every citable page: its version, the citation block (copy buttons
// under the CSP, plain text without JavaScript), its history, its corrections, and the
// corrections page and feeds.
import { AxeBuilder } from '@axe-core/playwright';
import { XMLParser } from 'fast-xml-parser';
import { expect, test } from './support/fixtures.ts';

// Every page a reader may cite: pages of one entry, the pages that list a whole collection
// (events, quotes, claims), the filtered timelines, the lists, the home page and the map.
const PAGES = [
  'articles/the-four-islands/',
  'islands/shikotan/',
  'actors/putin/',
  'timeline/',
  'quotes/',
  'claims/',
  '',
  'map/',
  'sources/',
  'articles/',
  'islands/',
  'actors/',
  'timeline/island/etorofu/',
  'timeline/actor/putin/',
  'timeline/period/war-and-occupation/',
  'corrections/',
  'about/',
];

test('every citable page says when it changed and offers three citation formats with its own key', async ({
  page,
  watch,
}) => {
  const keys = new Map<string, string>();
  for (const path of PAGES) {
    await page.goto(path);
    const record = page.locator('section.page-record');
    await expect(record.locator('h2')).toHaveText('Version and citation');
    await expect(record.locator('.page-record__changed time')).toHaveAttribute(
      'datetime',
      /^\d{4}-\d{2}-\d{2}$/,
    );
    const version = (await record.locator('.page-record__changed code').textContent()) ?? '';
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    const cite = record.locator('details.page-record__cite');
    await expect(cite).not.toHaveAttribute('open', '');
    await cite.locator('summary').click();
    const texts = await cite.locator('pre').allTextContents();
    expect(texts).toHaveLength(3);
    // A citation points at the page's permanent address, the one its canonical link gives (the
    // site's configured address, not the test server's).
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
    expect(new URL(canonical).pathname).toBe(new URL(page.url()).pathname);
    expect(texts[0]).toContain(`(${version})`);
    expect(texts[0]).toContain(canonical);
    expect(texts[1]).toMatch(/^@online\{four-islands-/);
    const key = /^@online\{([^,]+),/.exec(texts[1]!)?.[1] ?? '';
    expect(keys.get(key), `${path} shares its BibTeX key with another page`).toBeUndefined();
    keys.set(key, path);
    const csl = JSON.parse(texts[2]!) as { URL: string; version: string }[];
    expect(csl[0]!.URL).toBe(canonical);
    expect(csl[0]!.version).toBe(version);
  }
  expect(watch.consoleErrors).toEqual([]);
});

test('pages of events and quotes say how to cite one entry, by an address the page links to', async ({
  page,
}) => {
  for (const [path, anchor] of [
    ['timeline/', '#event-'],
    ['quotes/', '#quote-'],
    ['claims/', '#claim-'],
    ['timeline/island/etorofu/', '#event-'],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('details.page-record__cite')).toContainText(
      `followed by ${anchor} and`,
    );
    expect(await page.locator(`main a[href*="${anchor}"]`).count()).toBeGreaterThan(0);
  }
});

test('a copy button copies its format under the Content Security Policy', async ({
  page,
  context,
  watch,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('articles/the-four-islands/');
  const cite = page.locator('details.page-record__cite');
  await cite.locator('summary').click();
  const button = cite.getByRole('button', { name: 'Copy BibTeX' });
  await expect(button).toBeVisible();
  await button.click();
  await expect(cite.getByRole('status').filter({ hasText: 'Copied.' })).toHaveCount(1);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await cite.locator('pre').nth(1).textContent());
  expect(watch.consoleErrors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the citation is plain selectable text and no dead button shows', async ({ page }) => {
    await page.goto('islands/shikotan/');
    const cite = page.locator('details.page-record__cite');
    await cite.locator('summary').click();
    await expect(cite.locator('pre').first()).toBeVisible();
    await expect(cite.locator('pre').first()).toContainText('Shikotan');
    await expect(cite.getByRole('button')).toHaveCount(0);
  });
});

test('the history lists the commits that changed the article, and its correction shows', async ({
  page,
}) => {
  await page.goto('articles/the-four-islands/');
  const record = page.locator('section.page-record');
  await expect(record.locator('.page-record__changed')).toContainText(
    'from the site’s revision history',
  );
  const history = record.locator('details.page-record__changes');
  await history.locator('summary').click();
  const items = history.locator('li');
  expect(await items.count()).toBeGreaterThan(1);
  await expect(items.first().locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await expect(items.first().locator('code')).toHaveText(/^[0-9a-f]{7}$/);
  await expect(record.locator('.page-record__corrections')).toContainText(
    'the smaller of the two islands',
  );
});

test('the open blocks pass axe in light and dark', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('islands/shikotan/');
    for (const summary of await page.locator('section.page-record summary').all())
      await summary.click();
    const results = await new AxeBuilder({ page })
      .include('section.page-record')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((violation) => `${scheme}: ${violation.id}`)).toEqual([]);
  }
});

test('the corrections page lists every correction, newest first, linked to where it was made', async ({
  page,
  watch,
}) => {
  await page.goto('corrections/');
  await expect(page.locator('h1')).toHaveText('Corrections');
  const items = page.locator('li.correction');
  expect(await items.count()).toBeGreaterThanOrEqual(2);
  const days = await items
    .locator('time')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
  expect([...days].sort().reverse()).toEqual(days);
  await expect(page.locator('a[href$="/articles/the-four-islands/"]')).toHaveCount(1);
  await expect(
    page.locator('a[href$="/timeline/#event-soviet-declaration-of-war-1945"]'),
  ).toHaveCount(1);
  await page.locator('a[href$="/timeline/#event-soviet-declaration-of-war-1945"]').click();
  await expect(page.locator('#event-soviet-declaration-of-war-1945')).toBeVisible();
  expect(watch.consoleErrors).toEqual([]);
});

test('the corrections and timeline feeds parse and are announced on every page', async ({
  page,
  request,
}) => {
  const parser = new XMLParser();
  const corrections = parser.parse(await (await request.get('corrections/rss.xml')).text()) as {
    rss: { channel: { item: { title: string; link: string; pubDate: string }[] } };
  };
  const items = corrections.rss.channel.item;
  expect(items.map((item) => item.title)).toContain('Correction: The four islands');
  for (const item of items) {
    expect(item.link).toMatch(/^https?:\/\//);
    expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
  }
  const timeline = parser.parse(await (await request.get('timeline/rss.xml')).text()) as {
    rss: { channel: { item: { link: string }[] } };
  };
  expect(timeline.rss.channel.item.length).toBeGreaterThan(40);
  expect(timeline.rss.channel.item.every((item) => /\/timeline\/#event-/.test(item.link))).toBe(
    true,
  );
  for (const path of ['./', 'corrections/', 'timeline/']) {
    await page.goto(path);
    const feeds = await page
      .locator('link[rel="alternate"][type="application/rss+xml"]')
      .evaluateAll((links) =>
        links.map((link) => new URL(link.getAttribute('href') ?? '').pathname),
      );
    expect(
      feeds.map((feed) => feed.replace(/^.*?(\/(?:timeline\/|corrections\/)?rss\.xml)$/, '$1')),
    ).toEqual(['/rss.xml', '/timeline/rss.xml', '/corrections/rss.xml']);
  }
});

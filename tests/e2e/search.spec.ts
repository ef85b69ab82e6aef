import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { RUN_TOGETHER_ALLOWED } from '../../tools/text/run-together.ts';
import { expect, test } from './support/fixtures.ts';

/**
 * Words whose parts come from two elements Pagefind joined without a space: "eventsAbout",
 * "2020Source", "km²Source", "Area251", "Japanese色丹島", "ShikotanShikotanShikotan".
 */
const RUN_TOGETHER =
  /[\p{Ll}\p{N}²)\]](?=\p{Lu})|\p{Ll}(?=\p{Nd})|\p{Script=Latin}(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Cyrillic}])|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Cyrillic}](?=\p{Script=Latin})/u;
// Digits sit against Japanese text as the language writes them ("78周年", "戦後77年"): not a join.

const runTogetherWords = (text: string) =>
  text
    .split(/\s+/)
    .filter((word) => !word.includes('://')) // an address quoted in a note is one word
    // A host name, as the sources page shows each address (www8.cao.go.jp): digits belong there.
    .filter((word) => !/^[\p{Ll}\p{Nd}-]+(\.[\p{Ll}\p{Nd}-]+)+$/u.test(word))
    .filter(
      (word) =>
        RUN_TOGETHER.test(word) && !RUN_TOGETHER_ALLOWED.some((allowed) => word.includes(allowed)),
    );

/** The queries a reader would try, and the page each must put first. */
const QUERIES: { query: string; first: string }[] = [
  { query: 'Shikotan', first: 'islands/shikotan/' },
  { query: 'Шикотан', first: 'islands/shikotan/' },
  { query: '色丹', first: 'islands/shikotan/' },
  { query: '択捉島', first: 'islands/etorofu/' },
  { query: 'Итуруп', first: 'islands/etorofu/' },
  { query: 'Yalta', first: 'articles/how-the-border-moved-1855-1951/' },
  { query: '1956', first: 'articles/joint-declaration-1956-to-singapore-2018/' },
];

const status = (page: Page) => page.locator('[data-search-status]');
const results = (page: Page) => page.locator('[data-search-results] > li');

async function searchFor(page: Page, query: string, kind?: string) {
  const params = new URLSearchParams({ q: query, ...(kind ? { kind } : {}) });
  await page.goto(`search/?${params}`);
  await expect(status(page)).toContainText(/results? for|No page contains|No results/, {
    timeout: 15_000,
  });
}

test('search finds an article by a word in it, under the page’s CSP', async ({ page, watch }) => {
  await page.goto('search/');
  const input = page.getByLabel('Search articles, islands, events, people and quotes');
  await input.fill('Lavrov');
  await expect(status(page)).toContainText(/\d+ results? for “Lavrov”/, { timeout: 15_000 });
  const first = page.locator('[data-search-results] li a').first();
  await expect(first).toHaveAttribute('href', /\/$/);
  expect(watch.consoleErrors).toEqual([]);
});

test('search reads the query from the address, so results can be linked', async ({
  page,
  watch,
}) => {
  await page.goto('search/?q=Shikotan');
  await expect(results(page).first()).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('[data-search-results] mark').first()).toBeVisible();
  expect(watch.consoleErrors).toEqual([]);
});

for (const { query, first } of QUERIES) {
  test(`“${query}” puts ${first} first, with titles and excerpts that read as text`, async ({
    page,
    baseURL,
  }) => {
    await searchFor(page, query);
    await expect(status(page)).toContainText(/\d+ results? for/);
    const firstLink = results(page).first().locator('h2 a');
    expect(new URL((await firstLink.getAttribute('href')) ?? '', baseURL).pathname).toBe(
      new URL(first, baseURL).pathname,
    );
    const titles = await results(page).locator('h2').allInnerTexts();
    expect(new Set(titles).size, 'two results with one title').toBe(titles.length);
    for (const text of [
      ...titles,
      ...(await results(page).locator('.search-results__excerpt').allInnerTexts()),
    ]) {
      expect(runTogetherWords(text), `run-together words in “${text}”`).toEqual([]);
    }
    await expect(page.locator('[data-search-results] mark').first()).toBeVisible();
  });
}

test('an excerpt cut from the middle of a page says so with an ellipsis', async ({ page }) => {
  await searchFor(page, 'Joint Declaration');
  await expect(results(page).first()).toBeVisible();
  const excerpts = await results(page).locator('.search-results__excerpt').allInnerTexts();
  expect(
    excerpts.some((text) => text.startsWith('… ')),
    excerpts.join('\n'),
  ).toBe(true);
  for (const text of excerpts) {
    // Unmarked, an excerpt must open as a page's text opens: not in the middle of a sentence.
    if (!text.startsWith('…')) expect(text, text).toMatch(/^[^a-z,;:.]/);
  }
});

test('an island result shows its native names, from the index’s metadata', async ({ page }) => {
  await searchFor(page, 'Итуруп');
  await expect(results(page).first().locator('.search-results__names')).toHaveText(
    '択捉島 · Итуруп',
  );
});

for (const query of ['flurbish', 'Yaltax', 'Yalta flurbish']) {
  test(`“${query}”, which no page contains, finds nothing`, async ({ page }) => {
    await searchFor(page, query);
    await expect(status(page)).toContainText(/No page contains “(flurbish|yaltax)”/);
    await expect(results(page)).toHaveCount(0);
  });
}

test('a word being typed still finds the pages with the words it begins', async ({ page }) => {
  await searchFor(page, 'Shiko');
  await expect(results(page).first().locator('h2 a')).toHaveText('Shikotan');
});

test('results can be narrowed to one kind of page, and the choice is kept in the address', async ({
  page,
}) => {
  await searchFor(page, 'Shikotan');
  const islands = page.getByRole('radio', { name: /^Islands \(\d+\)$/ });
  const count = Number((await islands.locator('..').innerText()).match(/\((\d+)\)/)?.[1]);
  expect(count).toBeGreaterThan(0);
  await islands.check();
  await expect(status(page)).toContainText(
    `${count} result${count === 1 ? '' : 's'} for “Shikotan” among islands`,
  );
  await expect(results(page)).toHaveCount(count);
  for (const kind of await results(page).locator('.search-results__kind').allInnerTexts()) {
    expect(kind.toLowerCase()).toBe('island');
  }
  expect(new URL(page.url()).searchParams.get('kind')).toBe('Island');

  await searchFor(page, 'Lavrov', 'Actor');
  await expect(page.getByRole('radio', { name: /^Actors/ })).toBeChecked();
  for (const kind of await results(page).locator('.search-results__kind').allInnerTexts()) {
    expect(kind.toLowerCase()).toBe('actor');
  }
});

test('every indexed page has a title of its own, one name form, and text that reads', async ({
  page,
}) => {
  await page.goto('search/');
  const pages = await page.evaluate(async () => {
    const pagefind = await import(
      `${document.baseURI.replace(/search\/.*$/, '')}pagefind/pagefind.js`
    );
    const all = await pagefind.search(null);
    return Promise.all(
      all.results.map(
        async (result: {
          data(): Promise<{
            url: string;
            content: string;
            meta: { title: string };
            filters: Record<string, string[]>;
          }>;
        }) => {
          const data = await result.data();
          return {
            url: data.url,
            title: data.meta.title,
            content: data.content,
            kind: data.filters.kind?.[0],
          };
        },
      ),
    );
  });
  expect(pages.length).toBeGreaterThan(20);
  const titles = pages.map((entry) => entry.title);
  expect(
    titles.filter((title, index) => titles.indexOf(title) !== index),
    'titles shared by two pages',
  ).toEqual([]);
  for (const entry of pages) {
    expect(
      runTogetherWords(`${entry.title} ${entry.content}`),
      `run-together words on ${entry.url}`,
    ).toEqual([]);
  }
  // Filtered timeline views repeat events indexed on the timeline itself.
  expect(pages.map((entry) => entry.url).filter((url) => /\/timeline\/.+\//.test(url))).toEqual([]);
  const kinds = new Set(pages.map((entry) => entry.kind));
  for (const kind of ['Article', 'Island', 'Event', 'Actor', 'Quote', 'Source', 'Claim'])
    expect(kinds).toContain(kind);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`search results, ${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });
    test('results and the kind choice have no WCAG 2.2 A/AA violations', async ({ page }) => {
      await searchFor(page, 'Shikotan', 'Island');
      await expect(results(page).first()).toBeVisible();
      const scan = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        scan.violations.map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
    });
  });
}

test('pages other than search load no search code', async ({ page, watch }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto('articles/the-four-islands/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((url) => url.includes('pagefind'))).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

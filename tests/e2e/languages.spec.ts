// The site in three languages: each page kind in English, Japanese and Russian with its own
// language tag, words and content; hreflang alternates between real translations; a language
// switcher that keeps the reader on the page; and search that finds pages in each language.
import { XMLParser } from 'fast-xml-parser';
import { expect, test } from './support/fixtures.ts';
import { DICTIONARIES } from '../../src/i18n/ui.ts';
import { LOCALES, LOCALE_NAMES, localePath, type Locale } from '../../src/i18n/locales.ts';

/** One page of each kind, by its English path. */
const KINDS = [
  '/',
  '/articles/',
  '/articles/the-four-islands/',
  '/islands/',
  '/islands/shikotan/',
  '/actors/',
  '/actors/putin/',
  '/timeline/',
  '/timeline/island/etorofu/',
  '/timeline/actor/abe/',
  '/quotes/',
  '/claims/',
  '/sources/',
  '/map/',
  '/search/',
  '/data/',
  '/corrections/',
  '/about/',
];

const relative = (path: string) => (path === '/' ? './' : path.slice(1));

for (const locale of LOCALES) {
  test(`every page kind exists in ${LOCALE_NAMES[locale]}, tagged and worded in it`, async ({
    page,
  }) => {
    const t = DICTIONARIES[locale];
    for (const path of KINDS) {
      const address = localePath(locale, path);
      const response = await page.goto(relative(address));
      expect(response?.status(), address).toBe(200);
      await expect(page.locator('html'), address).toHaveAttribute('lang', locale);
      // The frame speaks the page's language: the navigation's name and its first link.
      const nav = page.getByRole('navigation', { name: t.shell.mainNavLabel, exact: true });
      await expect(
        nav.getByRole('link', { name: t.shell.nav.home, exact: true }),
        address,
      ).toBeVisible();
    }
  });
}

test('hreflang alternates name every translation of a page and English as the default', async ({
  page,
  baseURL,
}) => {
  for (const locale of LOCALES) {
    await page.goto(relative(localePath(locale, '/islands/etorofu/')));
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        links.map((link) => [
          link.getAttribute('hreflang'),
          new URL(link.getAttribute('href')!).pathname,
        ]),
      );
    const base = new URL(baseURL!).pathname.replace(/\/$/, '');
    expect(alternates).toEqual([
      ['en', `${base}/islands/etorofu/`],
      ['ja', `${base}/ja/islands/etorofu/`],
      ['ru', `${base}/ru/islands/etorofu/`],
      ['x-default', `${base}/islands/etorofu/`],
    ]);
  }
});

test('the language switcher keeps the reader on the same page, by keyboard too', async ({
  page,
}) => {
  await page.goto('timeline/island/shikotan/');
  const switcher = page.getByRole('navigation', { name: 'Language' });
  await expect(switcher.getByRole('link', { name: 'English' })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await switcher.getByRole('link', { name: '日本語' }).click();
  await expect(page).toHaveURL(/\/ja\/timeline\/island\/shikotan\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  const japanese = page.getByRole('navigation', { name: DICTIONARIES.ja.shell.languageLabel });
  await japanese.getByRole('link', { name: 'Русский' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/ru\/timeline\/island\/shikotan\/$/);
  const russian = page.getByRole('navigation', { name: DICTIONARIES.ru.shell.languageLabel });
  const box = await russian.getByRole('link', { name: 'English' }).boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(24);
  expect(box!.height).toBeGreaterThanOrEqual(24);
});

test('a translated article reads in its language and links to its English original', async ({
  page,
}) => {
  for (const locale of ['ja', 'ru'] as const satisfies readonly Locale[]) {
    await page.goto(relative(localePath(locale, '/articles/the-four-islands/')));
    const title = await page.locator('h1').textContent();
    expect(title).not.toContain('The four islands');
    await expect(page.locator('.translation-notice').first()).toContainText(
      DICTIONARIES[locale].translation.englishOriginal,
    );
    const original = page.getByRole('link', {
      name: DICTIONARIES[locale].translation.englishOriginal,
    });
    await expect(original).toHaveAttribute('href', /\/articles\/the-four-islands\/$/);
    // Its own text is in its language's search index (only an untranslated one's is left out).
    await expect(page.locator('.article__body')).not.toHaveAttribute('data-pagefind-ignore');
    // Fact links lead to the pages in the same language.
    const islandLinks = page.locator('article a[href*="/islands/"]');
    expect(await islandLinks.count()).toBeGreaterThan(0);
    for (const href of await islandLinks.evaluateAll((links) =>
      links.map((link) => link.getAttribute('href')),
    )) {
      expect(href).toContain(`/${locale}/islands/`);
    }
  }
});

test('facts are shown in the page’s language, figures and dates unchanged', async ({ page }) => {
  await page.goto('ja/islands/shikotan/');
  await expect(page.locator('h1')).toContainText('色丹島');
  await page.goto('ru/islands/shikotan/');
  await expect(page.locator('h1')).toContainText('Шикотан');
  await page.goto('ja/timeline/');
  await expect(page.locator('main')).toContainText('1855年2月7日');
  await page.goto('ru/timeline/');
  await expect(page.locator('main')).toContainText('7 февраля 1855 г.');
});

/** Queries in each language, and a page each must find on that language's search page. */
const QUERIES: { locale: Locale; query: string; finds: RegExp }[] = [
  { locale: 'ja', query: '択捉', finds: /\/ja\/islands\/etorofu\/$/ },
  { locale: 'ja', query: '色丹島', finds: /\/ja\/islands\/shikotan\/$/ },
  { locale: 'ja', query: '北方領土', finds: /\/ja\// },
  { locale: 'ru', query: 'Итуруп', finds: /\/ru\/islands\/etorofu\/$/ },
  { locale: 'ru', query: 'Шикотан', finds: /\/ru\/islands\/shikotan\/$/ },
];

for (const { locale, query, finds } of QUERIES) {
  test(`search in ${LOCALE_NAMES[locale]} finds “${query}” among that language’s pages`, async ({
    page,
  }) => {
    await page.goto(`${locale}/search/?${new URLSearchParams({ q: query })}`);
    const links = page.locator('[data-search-results] li a');
    await expect(links.first()).toBeVisible({ timeout: 15_000 });
    const hrefs = await links.evaluateAll((items) =>
      items.map((item) => new URL((item as HTMLAnchorElement).href).pathname),
    );
    expect(
      hrefs.some((href) => finds.test(href)),
      hrefs.join('\n'),
    ).toBe(true);
    expect(
      hrefs.every((href) => href.includes(`/${locale}/`)),
      hrefs.join('\n'),
    ).toBe(true);
  });
}

test('the sitemap lists each page with its alternates in the other languages', async ({
  request,
}) => {
  const index = await (await request.get('sitemap-index.xml')).text();
  const sitemap = /<loc>[^<]*\/(sitemap-\d+\.xml)<\/loc>/.exec(index)?.[1];
  expect(sitemap).toBeTruthy();
  const xml = await (await request.get(sitemap!)).text();
  expect(xml).toMatch(
    /<xhtml:link rel="alternate" hreflang="ja" href="[^"]*\/ja\/islands\/etorofu\/"/,
  );
  expect(xml).toMatch(
    /<xhtml:link rel="alternate" hreflang="ru" href="[^"]*\/ru\/islands\/etorofu\/"/,
  );
});

test('a reader can widen a search to every language, and it stays in the address', async ({
  page,
}) => {
  await page.goto(`search/?${new URLSearchParams({ q: 'Итуруп' })}`);
  const links = page.locator('[data-search-results] li a');
  await expect(links.first()).toBeVisible({ timeout: 15_000 });
  const only = await links.evaluateAll((items) =>
    items.map((item) => new URL((item as HTMLAnchorElement).href).pathname),
  );
  expect(only.some((href) => href.includes('/ru/'))).toBe(false);
  await page.getByLabel('Search every language').check();
  await expect(page).toHaveURL(/[?&]all=1/);
  await expect(links.first()).toBeVisible({ timeout: 15_000 });
  const widened = await links.evaluateAll((items) =>
    items.map((item) => new URL((item as HTMLAnchorElement).href).pathname),
  );
  expect(
    widened.some((href) => href.includes('/ru/')),
    widened.join('\n'),
  ).toBe(true);
});

test('island names in translated articles are written once, as the language writes them', async ({
  page,
}) => {
  await page.goto('ja/articles/dispute-in-brief/');
  const japanese = await page.locator('.article__body').innerText();
  expect(japanese).toContain('択捉島（イトゥルップ島）');
  // No name inside another name's brackets, and no half-width brackets after a Japanese name.
  expect(japanese).not.toMatch(/島（[^）]*島（/u);
  expect(japanese).not.toMatch(/\p{Script=Han} \(/u);
  await page.goto('ru/articles/dispute-in-brief/');
  expect(await page.locator('.article__body').innerText()).toContain('Эторофу (Итуруп)');
});

for (const locale of LOCALES.filter((candidate) => candidate !== 'en')) {
  test(`each feed exists in ${LOCALE_NAMES[locale]}, in its words and linking to its pages`, async ({
    page,
    request,
  }) => {
    const t = DICTIONARIES[locale];
    const parser = new XMLParser();
    type Feed = {
      rss: {
        channel: { title: string; language: string; item: { title: string; link: string }[] };
      };
    };
    const read = async (path: string) =>
      (parser.parse(await (await request.get(path)).text()) as Feed).rss.channel;
    for (const [key, path] of [
      ['articles', 'rss.xml'],
      ['timeline', 'timeline/rss.xml'],
      ['corrections', 'corrections/rss.xml'],
    ] as const) {
      const english = await read(path);
      const translated = await read(`${locale}/${path}`);
      expect(translated.title).toBe(`${t.shell.siteName}: ${t.shell.feeds[key]}`);
      expect(translated.language).toBe(locale);
      // The same items as the English feed, in the same order, each on this language's page.
      expect(translated.item.map((item) => new URL(item.link).pathname)).toEqual(
        english.item.map((item) => localePath(locale, new URL(item.link).pathname)),
      );
      expect(translated.item.map((item) => item.title)).not.toEqual(
        english.item.map((item) => item.title),
      );
    }
    const corrections = await read(`${locale}/corrections/rss.xml`);
    const prefix = t.shell.feed.correctionTitle('');
    expect(corrections.item.every((item) => item.title.startsWith(prefix))).toBe(true);
    await page.goto(`${locale}/timeline/`);
    const announced = await page
      .locator('link[rel="alternate"][type="application/rss+xml"]')
      .evaluateAll((links) => links.map((link) => new URL(link.getAttribute('href')!).pathname));
    expect(announced.every((path) => path.includes(`/${locale}/`))).toBe(true);
    expect(announced).toHaveLength(3);
  });
}

test('Japanese dates give the era year from 1873 on, and the date column keeps each date whole', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('ja/timeline/');
  const dateOf = (id: string) => page.locator(`#event-${id} .event__date`);
  await expect(dateOf('soviet-declaration-of-war-1945')).toContainText('（昭和20年）');
  await expect(dateOf('treaty-of-shimoda-1855')).not.toContainText('（');
  await expect(page.locator('html[lang="en"] .date-era')).toHaveCount(0);
  // Each single date is one line beside its event: the era, when there is one, takes the next.
  // (A range or a pair of days may wrap at its dash or slash, as in every language.)
  const lines = await page
    .locator('.event__date time')
    .evaluateAll((times) =>
      times
        .filter((time) => !/[～/]/.test(time.textContent ?? ''))
        .map((time) => time.getClientRects().length),
    );
  expect(lines.length).toBeGreaterThan(40);
  expect(lines.every((count) => count === 1)).toBe(true);
  await page.goto('timeline/');
  await expect(page.locator('.date-era')).toHaveCount(0);
});

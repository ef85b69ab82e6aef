import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'yaml';
import { displayQuoteText } from '../../src/lib/quotes.ts';
import { expect, test } from './support/fixtures.ts';

// The fact file is read here as editors wrote it, so the tests follow the content, not a copy.
const readFacts = <T>(name: string): T[] =>
  parse(readFileSync(new URL(`../../content/facts/${name}.yaml`, import.meta.url), 'utf8')) as T[];
const quotes = readFacts<{ id: string; text: string; speaker: string }>('quotes');
const actors = readFacts<{ id: string; name: string }>('actors');
const islands = readFacts<{ id: string }>('islands');
const claims = readFacts<{ id: string; question: string }>('claims');

const routes = [
  'islands/',
  ...islands.map((island) => `islands/${island.id}/`),
  'actors/',
  ...actors.map((actor) => `actors/${actor.id}/`),
  'quotes/',
  'sources/',
  'claims/',
];

test('every reading page answers 200 with one h1, a title and a description', async ({
  page,
  watch,
}) => {
  // One visit per island and actor: some forty pages, more than the default 30 s on a shared machine.
  test.setTimeout(120_000);
  for (const path of routes) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1'), path).toHaveCount(1);
    await expect(page.locator('meta[name="description"]'), path).toHaveAttribute(
      'content',
      /\w{3,}.*\./,
    );
  }
  expect(watch.consoleErrors).toEqual([]);
});

test('the reading pages pass an accessibility scan', async ({ page, watch }) => {
  // Seven full pages, the sources page alone listing some ninety entries: more than the default 30 s on a shared machine.
  test.setTimeout(120_000);
  for (const path of [
    'islands/',
    'islands/etorofu/',
    'actors/',
    'actors/james-brown/',
    'quotes/',
    'sources/',
    'claims/',
  ]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      results.violations.map((violation) => `${path}: ${violation.id}: ${violation.help}`),
    ).toEqual([]);
  }
  expect(watch.consoleErrors).toEqual([]);
});

test('an island page gives both names in every script and every sourced area', async ({
  page,
  watch,
}) => {
  await page.goto('islands/etorofu/');
  const main = page.locator('main');
  await expect(page.locator('h1')).toHaveText('Etorofu (Iturup)', { useInnerText: true });
  await expect(main.locator('[lang="ja"]', { hasText: '択捉島' })).toBeVisible();
  await expect(main.locator('[lang="ru"]', { hasText: 'Итуруп' })).toBeVisible();
  await expect(main).toContainText('Etorofu-tō');

  const figures = page.locator('section[aria-labelledby="figures"]');
  await expect(figures).toContainText('Sources differ');
  const mofa = figures.locator('li', { hasText: '3,168 km²' });
  const wikipedia = figures.locator('li', { hasText: '3,139 km²' });
  await expect(
    mofa.getByRole('link', { name: /Ministry of Foreign Affairs of Japan/ }),
  ).toHaveAttribute('href', /sources\/#source-mofa-northern-territories$/);
  await expect(wikipedia.getByRole('link', { name: /Wikipedia/ })).toHaveAttribute(
    'href',
    /sources\/#source-wikipedia-iturup$/,
  );
  await expect(figures).toContainText('3,608 Japanese residents');
  // A day takes "on", a year "in": "on 15 August 1945", "in 2023", "as measured in 2020".
  await expect(figures).toContainText('on 15 August 1945');
  await expect(figures).toContainText('as measured in 2020');
  await expect(figures.locator('.figures__as-of', { hasText: '2023' })).toHaveText(
    /^\s*in 2023\s*$/,
  );
  // The residents of 1945 and today's residents each have their own heading; none says "Population".
  await expect(figures.locator('h3')).toHaveText([
    'Area',
    'Japanese residents in 1945',
    'Residents of Kurilsky District in 2023',
  ]);
  const people = page.locator('section[aria-labelledby="people"]');
  await expect(people.locator('h3')).toHaveText([
    'Today',
    'The Japanese residents of 1945',
    'The Ainu, before both states',
  ]);

  const headings = await page.locator('main h2').allInnerTexts();
  expect(headings.slice(0, 4)).toEqual([
    'Names',
    'Area and population',
    'On the map',
    'Administration',
  ]);
  await expect(main.getByRole('link', { name: 'Treaty of Shimoda', exact: true })).toHaveAttribute(
    'href',
    /timeline\/#event-treaty-of-shimoda-1855$/,
  );
  await expect(main.getByRole('link', { name: 'The four islands', exact: true })).toHaveAttribute(
    'href',
    /articles\/the-four-islands\/$/,
  );
  expect(watch.foreignRequests).toEqual([]);
});

test('an island page with one sourced area does not claim that sources differ', async ({
  page,
  watch,
}) => {
  await page.goto('islands/kunashiri/');
  await expect(page.locator('main')).toContainText('1,490 km²');
  await expect(page.locator('section[aria-labelledby="figures"]')).not.toContainText(
    'Sources differ',
  );

  await page.goto('islands/habomai/');
  await expect(page.locator('section[aria-labelledby="figures"]')).toContainText('Sources differ');
  await expect(page.locator('section[aria-labelledby="people"]')).toContainText(
    'no civilian population',
  );
  await expect(page.locator('[lang="ru"]', { hasText: 'острова Хабомаи' })).toBeVisible();
  expect(watch.consoleErrors).toEqual([]);
});

test('choosing Russian names renames the h1 without moving it, and the choice carries to the index', async ({
  page,
  watch,
}) => {
  await page.goto('islands/etorofu/');
  const heading = page.locator('h1');
  const before = await heading.boundingBox();
  await page.getByRole('radio', { name: 'Russian' }).check();
  await expect(heading).toHaveText('Iturup', { useInnerText: true });
  const after = await heading.boundingBox();
  expect(after?.y).toBe(before?.y);

  await page.goto('islands/');
  const etorofuCard = page
    .locator('.island-card')
    .filter({ has: page.locator('a[href$="islands/etorofu/"]') });
  await expect(etorofuCard.locator('h2')).toHaveText('Iturup', { useInnerText: true });
  await expect(page.locator('.island-card h2')).toHaveText(
    ['Iturup', 'Kunashir', 'Shikotan', 'Habomai'],
    { useInnerText: true },
  );
  await expect(page.getByRole('radio', { name: 'Russian' })).toBeChecked();
  expect(watch.consoleErrors).toEqual([]);
});

test('the islands index lists the four islands north-east to south-west with names and figures', async ({
  page,
  watch,
}) => {
  await page.goto('islands/');
  await expect(page.locator('.island-card h2')).toHaveText(
    ['Etorofu (Iturup)', 'Kunashiri (Kunashir)', 'Shikotan', 'Habomai'],
    {
      useInnerText: true,
    },
  );
  const etorofu = page.locator('.island-card').first();
  await expect(etorofu).toContainText('択捉島');
  await expect(etorofu).toContainText('Итуруп');
  await expect(etorofu).toContainText('3,168 km²');
  await expect(etorofu).toContainText('3,139 km²');
  await expect(etorofu).toContainText('Japanese residents in 1945');
  await expect(etorofu).toContainText('3,608 Japanese residents (15 August 1945)');
  expect(watch.consoleErrors).toEqual([]);
});

test('the quotes page has every quote from the fact file, verbatim, with an anchor and a permalink', async ({
  page,
  watch,
}) => {
  await page.goto('quotes/');
  for (const quote of quotes) {
    const entry = page.locator(`#quote-${quote.id}`);
    await expect(entry, quote.id).toHaveCount(1);
    // The words as the fact file has them, but a whole sentence's trailing comma ends it.
    await expect(entry.locator('blockquote'), quote.id).toContainText(
      displayQuoteText({
        text: quote.text,
        fragment: Boolean((quote as { fragment?: boolean }).fragment),
      }),
    );
    await expect(
      entry.getByRole('link', { name: /^Link to this quote/ }),
      quote.id,
    ).toHaveAttribute('href', new RegExp(`quotes/#quote-${quote.id}$`));
  }
  await expect(page.locator('#quote-abe-not-easy blockquote')).toHaveText('“…not be easy…”');

  const speakers = page.getByRole('navigation', { name: 'Speakers' });
  await speakers.getByRole('link', { name: /James Brown/ }).click();
  await expect(page).toHaveURL(/#speaker-james-brown$/);
  await expect(page.locator('#speaker-james-brown')).toBeInViewport();
  await page.getByRole('link', { name: 'James Brown', exact: true }).click();
  await expect(page).toHaveURL(/actors\/james-brown\/$/);
  expect(watch.consoleErrors).toEqual([]);
});

test('an actor page shows roles with dates, quotes, events and articles', async ({
  page,
  watch,
}) => {
  await page.goto('actors/james-brown/');
  const main = page.locator('main');
  await expect(page.locator('h1')).toHaveText('James Brown');
  await expect(main).toContainText(
    'Associate professor, Temple University Japan, as of December 2016',
  );
  await expect(main.locator('figure.quote-card')).toHaveCount(
    quotes.filter((quote) => quote.speaker === 'james-brown').length,
  );
  await expect(main.getByRole('link', { name: /Joint economic activities/ })).toBeVisible();

  await page.goto('actors/putin/');
  await expect(page.locator('main')).toContainText('President of Russia, as of December 2016');
  await expect(page.locator('main [lang="ru"]', { hasText: 'Владимир Путин' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Abe and Putin meet in Lima' })).toHaveAttribute(
    'href',
    /timeline\/#event-abe-putin-lima-2016$/,
  );

  await page.goto('actors/yeltsin/');
  await expect(page.locator('main')).toContainText(
    'President of Russia, 10 July 1991 – 31 December 1999',
  );

  await page.goto('actors/');
  await expect(page.locator('main h2[id^="group-"]')).toHaveText([
    'People',
    'Governments and organisations',
    'Peoples',
    'Unnamed officials',
  ]);
  expect(watch.consoleErrors).toEqual([]);
});

test('the sources page lists what cites a source', async ({ page, watch }) => {
  await page.goto('sources/');
  const japanTimes = page.locator('#source-japan-times-2016-12');
  await expect(japanTimes).toContainText('Cited by');
  await expect(
    japanTimes.locator('a[href$="quotes/#quote-putin-sovereign-territory"]'),
  ).toHaveCount(1);
  await expect(japanTimes.locator('a[href$="claims/#claim-sovereignty-today"]')).toHaveCount(1);
  await expect(japanTimes).toContainText('4 December 2016');
  await expect(
    japanTimes.locator('a[href^="https://www.japantimes.co.jp/news/2016/12/04/"]'),
  ).toHaveCount(1);
  await expect(japanTimes).toContainText('read 2 December 2026');

  const undated = page.locator('#source-mofa-territory-position');
  await expect(undated).toContainText('undated');
  const mofa = page.locator('#source-mofa-northern-territories');
  await expect(mofa.locator('a[href^="https://www.mofa.go.jp/"]')).toHaveAttribute(
    'rel',
    /noopener/,
  );
  await expect(mofa.locator('a[href$="islands/etorofu/"]')).toHaveCount(1);
  expect(watch.foreignRequests).toEqual([]);
});

test('the claims page sets Japan and Russia side by side on a wide screen and stacks them on a phone', async ({
  page,
  watch,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('claims/');
  await expect(page.locator('main')).toContainText('takes none');
  for (const claim of claims) {
    await expect(page.locator(`#claim-${claim.id} h2`)).toHaveText(claim.question);
  }
  const claim = page.locator('#claim-sovereignty-today');
  const japan = claim.locator('.position--japan');
  const russia = claim.locator('.position--russia');
  await expect(japan.locator('h3')).toHaveText('Japan');
  await expect(russia.locator('h3')).toHaveText('Russia');
  const [japanWide, russiaWide] = [await japan.boundingBox(), await russia.boundingBox()];
  expect(japanWide!.y).toBe(russiaWide!.y);
  expect(japanWide!.x + japanWide!.width).toBeLessThanOrEqual(russiaWide!.x);

  await page.setViewportSize({ width: 390, height: 900 });
  const [japanNarrow, russiaNarrow] = [await japan.boundingBox(), await russia.boundingBox()];
  expect(japanNarrow!.x).toBe(russiaNarrow!.x);
  expect(japanNarrow!.y + japanNarrow!.height).toBeLessThanOrEqual(russiaNarrow!.y);

  await expect(page.locator('#claim-yalta-agreement .position h3')).toHaveText([
    'Japan',
    'Soviet Union',
  ]);
  expect(watch.consoleErrors).toEqual([]);
});

test("the claims page quotes each government's own words, attributed, with the source they are read in", async ({
  page,
  watch,
}) => {
  await page.goto('claims/');
  const russia = page.locator('#claim-sovereignty-today .position--russia');
  await expect(russia.locator('blockquote')).toContainText('is not subject to revision');
  await expect(russia.locator('.position__attribution')).toContainText('Maria Zakharova');
  await expect(russia.locator('.position__attribution')).toContainText('12 February 2026');
  await expect(
    russia.locator('.position__sources a[href$="sources/#source-tass-zakharova-2026-02-12"]'),
  ).toHaveCount(1);

  const japan = page.locator('#claim-memorandum-1960 .position--japan');
  await expect(japan.locator('blockquote')).toHaveAttribute('lang', 'ja');
  await expect(japan.locator('.position__translation')).toContainText('Translation by this site');
  expect(watch.consoleErrors).toEqual([]);
});

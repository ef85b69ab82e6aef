import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'yaml';
import { compareDates } from '../../src/lib/dates.ts';
import { EventSchema, type Event } from '../../src/schemas/event.ts';
import { expect, test } from './support/fixtures.ts';

// The fact file as editors wrote it, read here independently of the site's build, so that the
// pages are checked against the source rather than against themselves.
const factEvents: Event[] = (
  parse(readFileSync('content/facts/events.yaml', 'utf8')) as unknown[]
).map((raw) => EventSchema.parse(raw));
const factEvent = (id: string) => factEvents.find((event) => event.id === id)!;

/** The ids of the events a page lists, in page order. */
async function listedEventIds(page: import('@playwright/test').Page): Promise<string[]> {
  const ids = await page
    .locator('main article.event')
    .evaluateAll((articles) => articles.map((a) => a.id));
  return ids.map((id) => id.replace(/^event-/, ''));
}

test('the timeline answers 200 with one h1, a description and period headings', async ({
  page,
  watch,
}) => {
  const response = await page.goto('timeline/');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/^Timeline · /);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveText('Timeline');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /event/);
  const headings = page.locator('main h2');
  for (const heading of [
    '1855–1905: Treaties and borders',
    '1941–1947: War and occupation',
    '1951–1960: Peace treaty and Joint Declaration',
    '1973–2001: Cold War and after',
    '2010–2025: Summits and suspension',
  ]) {
    await expect(headings.filter({ hasText: heading })).toHaveCount(1);
  }
  expect(watch.consoleErrors).toEqual([]);
});

test('every event of the fact file is listed once, in chronological order', async ({
  page,
  watch,
}) => {
  await page.goto('timeline/');
  const listed = await listedEventIds(page);
  expect([...listed].sort()).toEqual(factEvents.map((event) => event.id).sort());
  for (let index = 1; index < listed.length; index += 1) {
    const [before, after] = [factEvent(listed[index - 1]!), factEvent(listed[index]!)];
    expect(
      compareDates(before.date, after.date),
      `${before.id} before ${after.id}`,
    ).toBeLessThanOrEqual(0);
  }
  const position = (id: string) => listed.indexOf(id);
  expect(position('treaty-of-shimoda-1855')).toBeLessThan(position('yalta-agreement-1945'));
  expect(position('yalta-agreement-1945')).toBeLessThan(
    position('san-francisco-peace-treaty-1951'),
  );
  expect(position('san-francisco-peace-treaty-1951')).toBeLessThan(
    position('singapore-summit-2018'),
  );
  expect(watch.consoleErrors).toEqual([]);
});

test('dates show their precision, and a date note is shown with its event', async ({
  page,
  watch,
}) => {
  await page.goto('timeline/');
  const dateOf = (id: string) => page.locator(`#event-${id} .event__date`);
  await expect(dateOf('soviet-declaration-of-war-1945')).toHaveText('8/9 August 1945');
  await expect(dateOf('trump-putin-phone-call-2016')).toHaveText('14 November 2016');
  await expect(dateOf('putin-press-conference-2016')).toHaveText('20/21 November 2016');
  await expect(dateOf('kawana-summit-1998')).toHaveText('April 1998');
  await expect(dateOf('occupation-of-the-islands-1945')).toHaveText('28 August – 5 September 1945');
  await expect(dateOf('treaty-of-saint-petersburg-1875')).toHaveText('1875');
  await expect(page.locator('#event-soviet-declaration-of-war-1945 time')).toHaveAttribute(
    'datetime',
    '1945-08-08',
  );
  const note = factEvent('soviet-declaration-of-war-1945').date.note!;
  await expect(page.locator('#event-soviet-declaration-of-war-1945 .event__note')).toHaveText(note);
  expect(watch.consoleErrors).toEqual([]);
});

test('each event has its anchor, a "#" permalink and an overview marker linking to it', async ({
  page,
  watch,
}) => {
  await page.goto('timeline/');
  for (const event of factEvents) {
    const anchor = `event-${event.id}`;
    await expect(page.locator(`[id="${anchor}"]`)).toHaveCount(1);
    const marker = page.locator(`svg a[href="#${anchor}"]`);
    await expect(marker).toHaveCount(1);
    await expect(marker).toHaveAttribute(
      'aria-label',
      new RegExp(`: ${event.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
    );
    const permalink = page.locator(`#${anchor} a.event__permalink`);
    await expect(permalink).toHaveText(`#Link to this event: ${event.title}`);
    expect(await permalink.getAttribute('href')).toMatch(new RegExp(`/timeline/#${anchor}$`));
  }
  await expect(page.locator('svg title').first()).toContainText('Overview of the timeline');
  await expect(page.locator('svg desc')).toContainText('≈');

  // A marker is an ordinary link: it takes the reader to the event.
  await page.locator('svg a[href="#event-yalta-agreement-1945"]').click();
  await expect(page).toHaveURL(/#event-yalta-agreement-1945$/);
  await expect(page.locator('#event-yalta-agreement-1945')).toBeInViewport();
  expect(watch.consoleErrors).toEqual([]);
});

test('an event lists its islands, actors, sources and the articles that discuss it', async ({
  page,
  watch,
}) => {
  await page.goto('timeline/');
  const nagato = page.locator('#event-nagato-summit-2016');
  await expect(nagato.locator('h3')).toHaveText(factEvent('nagato-summit-2016').title);
  await expect(nagato.getByRole('link', { name: 'Etorofu (Iturup)' })).toHaveAttribute(
    'href',
    /\/islands\/etorofu\/$/,
  );
  await expect(nagato.getByRole('link', { name: 'Vladimir Putin' })).toHaveAttribute(
    'href',
    /\/actors\/putin\/$/,
  );
  await expect(nagato.locator('a.source-link').first()).toHaveAttribute(
    'href',
    /\/sources\/#source-japan-times-2016-12$/,
  );
  await expect(nagato.locator('a[href$="/articles/joint-economic-activities/"]')).toHaveCount(1);
  expect(watch.consoleErrors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the Shikotan filter page lists only the events concerning Shikotan', async ({
    page,
    watch,
  }) => {
    const response = await page.goto('timeline/island/shikotan/');
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    // innerText: the island name carries all three naming forms, and CSS shows one.
    await expect(page.locator('h1')).toHaveText('Events concerning Shikotan', {
      useInnerText: true,
    });
    const expected = factEvents
      .filter((event) => event.islands.includes('shikotan'))
      .sort((a, b) => compareDates(a.date, b.date))
      .map((event) => event.id);
    const listed = await listedEventIds(page);
    expect([...listed].sort()).toEqual([...expected].sort());
    expect(listed).not.toContain('medvedev-visits-kunashir-2010');

    // Permalinks lead to the event on the main timeline, not to this page.
    for (const id of listed) {
      expect(await page.locator(`#event-${id} a.event__permalink`).getAttribute('href')).toMatch(
        new RegExp(`/timeline/#event-${id}$`),
      );
    }

    const filters = page.getByRole('navigation', { name: 'Filter the timeline' });
    await expect(filters.locator('[aria-current="page"]')).toHaveCount(1);
    await expect(filters.locator('[aria-current="page"]')).toContainText('Shikotan');

    await page.getByRole('link', { name: 'Show all events' }).click();
    await expect(page).toHaveURL(/\/timeline\/$/);
    expect(await listedEventIds(page)).toHaveLength(factEvents.length);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('actor and period filter pages list only their events', async ({ page, watch }) => {
    await page.goto('timeline/actor/putin/');
    await expect(page.locator('h1')).toHaveText('Events involving Vladimir Putin');
    expect((await listedEventIds(page)).sort()).toEqual(
      factEvents
        .filter((event) => event.actors.includes('putin'))
        .map((event) => event.id)
        .sort(),
    );

    await page.goto('timeline/period/war-and-occupation/');
    await expect(page.locator('h1')).toHaveText('Events of 1941–1947: War and occupation');
    expect((await listedEventIds(page)).sort()).toEqual(
      factEvents
        .filter((event) => event.date.start.year >= 1941 && event.date.start.year < 1951)
        .map((event) => event.id)
        .sort(),
    );
    await expect(page.getByRole('link', { name: 'Show all events' })).toHaveAttribute(
      'href',
      /\/timeline\/$/,
    );
    expect(watch.consoleErrors).toEqual([]);
  });
});

test('only actors named by an event get a filter page', async ({ page, request, watch }) => {
  await page.goto('timeline/');
  const filters = page.getByRole('navigation', { name: 'Filter the timeline' });
  const actorLinks = await filters
    .locator('a[href*="/timeline/actor/"]')
    .evaluateAll((links) =>
      links.map((link) => link.getAttribute('href')!.replace(/\/$/, '').split('/').pop()!),
    );
  const named = [...new Set(factEvents.flatMap((event) => event.actors))];
  expect([...actorLinks].sort()).toEqual([...named].sort());
  // James Brown is quoted but named by no event.
  expect(named).not.toContain('james-brown');
  const missing = await request.get('timeline/actor/james-brown/');
  expect(missing.status()).toBe(404);
  expect(watch.consoleErrors).toEqual([]);
});

test('the filter links are reachable and usable from the keyboard', async ({ page, watch }) => {
  await page.goto('timeline/');
  const filters = page.getByRole('navigation', { name: 'Filter the timeline' });
  const hrefs = await filters
    .locator('a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  const reached = new Set<string | null>();
  for (let step = 0; step < 80 && reached.size < hrefs.length; step += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const active = document.activeElement;
      return active?.closest('nav[aria-label="Filter the timeline"]')
        ? active.getAttribute('href')
        : undefined;
    });
    if (focused !== undefined) reached.add(focused);
  }
  expect([...reached].sort()).toEqual([...hrefs].sort());

  await filters.getByRole('link', { name: /^Shikotan/ }).focus();
  await expect(filters.getByRole('link', { name: /^Shikotan/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/timeline\/island\/shikotan\/$/);
  expect(watch.consoleErrors).toEqual([]);
});

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const path of [
    'timeline/',
    'timeline/island/shikotan/',
    'timeline/actor/senior-japanese-diplomat/',
  ]) {
    test(`${path} has no horizontal page scroll`, async ({ page, watch }) => {
      await page.goto(path);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(390);
      expect(watch.consoleErrors).toEqual([]);
    });
  }

  for (const path of [
    'timeline/',
    'timeline/island/etorofu/',
    'timeline/actor/senior-japanese-diplomat/',
    'timeline/period/war-and-occupation/',
  ]) {
    test(`${path} filter rows wrap: none scrolls sideways, each link is 24×24 and in view`, async ({
      page,
      watch,
    }) => {
      await page.goto(path);
      const filters = page.getByRole('navigation', { name: 'Filter the timeline' });
      const rows = await filters
        .locator('ul')
        .evaluateAll((lists) => lists.map((ul) => [ul.scrollWidth, ul.clientWidth]));
      expect(rows.length).toBeGreaterThan(2);
      for (const [scrollWidth, clientWidth] of rows)
        expect(scrollWidth).toBeLessThanOrEqual(clientWidth!);
      for (const link of await filters.getByRole('link').all()) {
        const box = (await link.boundingBox())!;
        expect(box.width).toBeGreaterThanOrEqual(24);
        expect(box.height).toBeGreaterThanOrEqual(24);
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(390);
      }
      await expect(filters.locator('[aria-current="page"]')).toHaveCount(1);
      expect(watch.consoleErrors).toEqual([]);
    });
  }

  test('the overview stays readable: it scrolls inside its box rather than shrinking', async ({
    page,
    watch,
  }) => {
    await page.goto('timeline/');
    const svgWidth = await page
      .locator('.overview svg')
      .evaluate((svg) => svg.getBoundingClientRect().width);
    expect(svgWidth).toBeGreaterThan(700);
    const fontSize = await page
      .locator('.overview svg text')
      .first()
      .evaluate((text) => (text as SVGTextElement).getBoundingClientRect().height);
    expect(fontSize).toBeGreaterThanOrEqual(10);
    expect(watch.consoleErrors).toEqual([]);
  });
});

for (const path of [
  'timeline/',
  'timeline/island/shikotan/',
  'timeline/period/war-and-occupation/',
]) {
  test(`${path} passes an accessibility scan`, async ({ page, watch }) => {
    // axe walks every node of a long page; on a busy machine that takes a while.
    test.setTimeout(90_000);
    await page.goto(path);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`,
      ),
    ).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });
}

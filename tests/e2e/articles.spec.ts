import { expect, test } from './support/fixtures.ts';

test('the article list links every published article', async ({ page, watch }) => {
  await page.goto('articles/');
  await expect(page.locator('h1')).toHaveText('Articles');
  const links = page.locator('.article-card h2 a');
  await expect(links).toHaveCount(10);
  await expect(page.getByRole('link', { name: 'The four islands' })).toHaveAttribute(
    'href',
    /articles\/the-four-islands\/$/,
  );
  await expect(page.getByRole('link', { name: "Japan's case as Japan states it" })).toHaveAttribute(
    'href',
    /articles\/japan-s-case-as-japan-states-it\/$/,
  );
  await expect(
    page.getByRole('link', { name: "Russia's case as Russia states it" }),
  ).toHaveAttribute('href', /articles\/russia-s-case-as-russia-states-it\/$/);
  expect(watch.consoleErrors).toEqual([]);
});

test('an article has its title, dates, reading time and a table of contents that leads to its headings', async ({
  page,
  watch,
}) => {
  await page.goto('articles/the-four-islands/');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('.article__meta')).toContainText(
    /Published 27 November 2026 · \d+ min read/,
  );
  const firstEntry = page.locator('.article__toc a').first();
  const target = (await firstEntry.getAttribute('href')) ?? '';
  expect(target).toMatch(/^#[a-z0-9-]+$/);
  await expect(page.locator(target)).toHaveCount(1);
  await firstEntry.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  expect(watch.consoleErrors).toEqual([]);
});

test('fact links in an article lead to the fact’s page', async ({ page, watch }) => {
  await page.goto('articles/dispute-in-brief/');
  const islandLink = page.locator('.article__body a[href$="islands/etorofu/"]').first();
  await expect(islandLink).toBeVisible();
  const eventLink = page.locator('.article__body a[href*="timeline/#event-"]').first();
  await expect(eventLink).toHaveAttribute('href', /timeline\/#event-[a-z0-9-]+$/);
  expect(watch.consoleErrors).toEqual([]);
});

test('footnote citations lead to notes that link to the bibliography', async ({ page, watch }) => {
  await page.goto('articles/the-four-islands/');
  const reference = page.locator('.article__body sup a[data-footnote-ref]').first();
  const noteId = ((await reference.getAttribute('href')) ?? '').slice(1);
  expect(noteId).toMatch(/^user-content-fn-/);
  await reference.click();
  const note = page.locator(`[id="${noteId}"]`);
  await expect(note).toBeVisible();
  await expect(note.locator('a[href*="sources/#source-"]').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Notes and sources' })).toBeVisible();
  expect(watch.consoleErrors).toEqual([]);
});

test('a quote block shows the verbatim words with speaker, date and source', async ({
  page,
  watch,
}) => {
  await page.goto('articles/dispute-in-brief/');
  const block = page.locator('.fact-quote').first();
  await expect(block.locator('blockquote')).toContainText(
    'We believe that now they are part of Russia’s sovereign territory.',
  );
  await expect(block.locator('figcaption')).toContainText('Vladimir Putin');
  await expect(block.locator('figcaption')).toContainText('21 November 2016');
  await expect(
    block.locator('figcaption a[href*="sources/#source-japan-times-2016-12"]'),
  ).toHaveCount(1);
  expect(watch.consoleErrors).toEqual([]);
});

test('the related panel lists the article’s islands, people, events and sources', async ({
  page,
  watch,
}) => {
  await page.goto('articles/trump-abe-putin-late-2016/');
  const related = page.locator('.related');
  await expect(related.getByRole('heading', { name: 'Islands' })).toBeVisible();
  await expect(related.getByRole('link', { name: 'James Brown' })).toHaveAttribute(
    'href',
    /actors\/james-brown\/$/,
  );
  await expect(related.locator('a[href*="timeline/#event-nagato-summit-2016"]')).toHaveCount(1);
  await expect(related.locator('a[href*="sources/#source-japan-times-2016-12"]')).toHaveCount(1);
  expect(watch.consoleErrors).toEqual([]);
});

test('the feed lists every published article with absolute links', async ({ request }) => {
  const response = await request.get('rss.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  expect(xml.match(/<item>/g)?.length).toBe(10);
  expect(xml).toMatch(/<link>https?:\/\/[^<]+\/articles\/the-four-islands\/<\/link>/);
});

test('robots.txt points at the sitemap, which lists the articles', async ({ request }) => {
  const robots = await (await request.get('robots.txt')).text();
  const sitemapUrl = /Sitemap: (\S+)/.exec(robots)?.[1];
  expect(sitemapUrl).toMatch(/sitemap-index\.xml$/);
  const sitemap = await (await request.get('sitemap-0.xml')).text();
  expect(sitemap).toContain('/articles/the-four-islands/</loc>');
  expect(sitemap).not.toContain('404');
});

test('a missing page gets the helpful 404 page', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Search the site' })).toBeVisible();
});

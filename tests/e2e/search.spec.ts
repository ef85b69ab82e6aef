import { expect, test } from './support/fixtures.ts';

test('search finds an article by a word in it, under the page’s CSP', async ({ page, watch }) => {
  await page.goto('search/');
  const input = page.getByLabel('Search articles, islands, events, people and quotes');
  await input.fill('Lavrov');
  await expect(page.locator('[data-search-status]')).toContainText(/\d+ results? for “Lavrov”/, { timeout: 15_000 });
  const first = page.locator('[data-search-results] li a').first();
  await expect(first).toHaveAttribute('href', /\/$/);
  expect(watch.consoleErrors).toEqual([]);
});

test('search reads the query from the address, so results can be linked', async ({ page, watch }) => {
  await page.goto('search/?q=Shikotan');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('[data-search-results] mark').first()).toBeVisible();
  expect(watch.consoleErrors).toEqual([]);
});

test('pages other than search load no search code', async ({ page, watch }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto('articles/the-four-islands/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((url) => url.includes('pagefind'))).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

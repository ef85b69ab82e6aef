import { expect, test } from './support/fixtures.ts';

test('the home page answers 200 with a title and exactly one h1', async ({ page, watch }) => {
  const response = await page.goto('./');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/Four Islands/);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.waitForLoadState('networkidle');
  expect(watch.consoleErrors).toEqual([]);
});

test('the home page names both countries and all four islands', async ({ page, watch }) => {
  await page.goto('./');
  const main = page.locator('main');
  for (const name of ['Etorofu (Iturup)', 'Kunashiri (Kunashir)', 'Shikotan', 'Habomai']) {
    await expect(main).toContainText(name);
  }
  await expect(main).toContainText('北方領土');
  await expect(main).toContainText('Курильские острова');
  expect(watch.foreignRequests).toEqual([]);
});

test('the skip link moves focus to the main content', async ({ page, watch }) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  expect(watch.consoleErrors).toEqual([]);
});

test('every page carries a canonical URL, description and Open Graph title', async ({
  page,
  watch,
}) => {
  for (const path of ['./', 'about/']) {
    await page.goto(path);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https?:\/\//);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\w{3,}/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /\w/);
  }
  expect(watch.consoleErrors).toEqual([]);
});

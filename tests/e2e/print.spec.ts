// The print stylesheet: on paper the page keeps its words and sources, says which site and
// address it came from, and leaves out what only works on a screen.
import { expect, test } from './support/fixtures.ts';

test.describe('printing', () => {
  test('an article prints with the site name and address, without navigation, controls or back links', async ({
    page,
  }) => {
    await page.goto('articles/dispute-in-brief/');
    const header = page.locator('.print-header');
    await expect(header).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(header).toBeVisible();
    await expect(header).toContainText('Four Islands');
    await expect(header).toContainText(new URL(page.url()).pathname);
    for (const selector of [
      'nav.main-nav',
      '.naming-control',
      '.article__toc',
      '.article__related',
      '.data-footnote-backref',
      '.site-footer',
    ]) {
      await expect(page.locator(selector).first(), selector).toBeHidden();
    }
    // The notes and their sources stay.
    await expect(page.locator('.footnotes')).toBeVisible();
  });

  test('external links print their address', async ({ page }) => {
    await page.goto('sources/');
    await page.emulateMedia({ media: 'print' });
    const link = page.locator('main a[href^="https://"]').first();
    const href = (await link.getAttribute('href'))!;
    const after = await link.evaluate((element) => getComputedStyle(element, '::after').content);
    expect(after).toContain(href);
  });

  test('a map page prints without its buttons and zoom controls', async ({ page }) => {
    await page.goto('map/');
    await page.locator('.island-map').first().scrollIntoViewIfNeeded();
    const controls = page.locator('.leaflet-control-scale').first();
    await expect(controls).toBeVisible({ timeout: 15_000 });
    await page.emulateMedia({ media: 'print' });
    await expect(controls).toBeHidden();
    await expect(page.locator('.island-map__buttons').first()).toBeHidden();
  });
});

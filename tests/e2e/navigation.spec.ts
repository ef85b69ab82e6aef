// The header on a phone: every link of the main navigation can be reached without scrolling
// sideways, the Menu button opens and closes the list by keyboard, the page itself is marked, and
// without JavaScript the links are all there, wrapped onto rows.
import type { Page } from '@playwright/test';
import { MAIN_NAV } from '../../src/lib/navigation.ts';
import { en } from '../../src/i18n/dictionaries/en.ts';
import { expect, test } from './support/fixtures.ts';

const PHONE = { width: 390, height: 844 };
const SMALLEST = { width: 360, height: 740 };

/** Whether the page scrolls sideways at its width. */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.scrollingElement!.scrollWidth > window.innerWidth);

/** Every main navigation link lies fully inside the viewport, horizontally. */
async function expectAllLinksInView(page: Page): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const { key } of MAIN_NAV) {
    const item = { label: en.shell.nav[key] };
    const link = nav.getByRole('link', { name: item.label, exact: true });
    await expect(link, item.label).toBeVisible();
    const box = (await link.boundingBox())!;
    const width = page.viewportSize()!.width;
    expect(box.x, `${item.label} starts inside the page`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${item.label} ends inside the page`).toBeLessThanOrEqual(width);
    expect(box.height, `${item.label} is a large enough target`).toBeGreaterThanOrEqual(24);
  }
}

test.describe('navigation on a phone', () => {
  test.use({ viewport: PHONE });

  test('folds behind a Menu button that opens by keyboard and closes with Escape', async ({
    page,
  }) => {
    await page.goto('articles/dispute-in-brief/');
    const toggle = page.getByRole('button', { name: 'Menu' });
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: 'Sources' })).toBeHidden();

    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expectAllLinksInView(page);
    expect(await scrollsSideways(page)).toBe(false);

    // Tab goes from the button, past the language switcher (three links) and the place-name
    // control, into the list.
    const home = nav.getByRole('link', { name: 'Home' });
    for (
      let presses = 0;
      presses < 6 && !(await home.evaluate((link) => link === document.activeElement));
      presses += 1
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(home).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Articles' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toBeFocused();
    await expect(nav.getByRole('link', { name: 'Articles' })).toBeHidden();

    await page.keyboard.press('Space');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  test('marks the current page, and the section of a page inside it', async ({ page }) => {
    await page.goto('articles/');
    await page.getByRole('button', { name: 'Menu' }).click();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Articles' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(nav.locator('[aria-current]')).toHaveCount(1);
    await page.goto('articles/dispute-in-brief/');
    // Closed, the list is hidden from the accessibility tree: find the link by its address.
    await expect(page.locator('nav.main-nav a[href$="/articles/"]')).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  for (const viewport of [SMALLEST, PHONE]) {
    test(`no page scrolls sideways at ${viewport.width} px, with the menu open`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      for (const path of [
        './',
        'articles/dispute-in-brief/',
        'islands/etorofu/',
        'timeline/',
        'sources/',
        'map/',
      ]) {
        await page.goto(path);
        expect(await scrollsSideways(page), `${path} closed`).toBe(false);
        await page.getByRole('button', { name: 'Menu' }).click();
        await expectAllLinksInView(page);
        expect(await scrollsSideways(page), `${path} open`).toBe(false);
      }
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('shows every link, wrapped, with no button and no sideways scroll', async ({ page }) => {
      for (const viewport of [SMALLEST, PHONE]) {
        await page.setViewportSize(viewport);
        await page.goto('articles/dispute-in-brief/');
        await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
        await expectAllLinksInView(page);
        expect(await scrollsSideways(page)).toBe(false);
      }
    });
  });
});

test.describe('navigation on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('shows every link in the header without a button', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
    await expectAllLinksInView(page);
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }),
    ).toHaveAttribute('aria-current', 'page');
  });
});

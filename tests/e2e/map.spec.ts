import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { REQUIRED_ISLAND_IDS } from '../../src/schemas/island.ts';

/** The names the fact file gives; the map must show them, in the reader's naming choice. */
const NAMES: Record<(typeof REQUIRED_ISLAND_IDS)[number], { both: string; russian: string }> = {
  etorofu: { both: 'Etorofu (Iturup)', russian: 'Iturup' },
  kunashiri: { both: 'Kunashiri (Kunashir)', russian: 'Kunashir' },
  shikotan: { both: 'Shikotan', russian: 'Shikotan' },
  habomai: { both: 'Habomai', russian: 'Habomai' },
};

const islandShapes = (page: Page) => page.locator('.leaflet-container path.map-island');
const islandButtons = (page: Page) => page.getByRole('group', { name: 'Show an island on the map' });
const popup = (page: Page) => page.locator('.leaflet-popup');

async function openMap(page: Page): Promise<void> {
  const response = await page.goto('map/');
  expect(response?.status()).toBe(200);
  await expect(islandShapes(page)).toHaveCount(4);
}

test.describe('the map page with JavaScript', () => {
  test('has one h1, the interactive map and a list of the islands with links', async ({ page, watch }) => {
    await openMap(page);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText('Map of the four islands');
    for (const id of REQUIRED_ISLAND_IDS) {
      const shape = page.locator(`path.map-island--${id}`);
      await expect(shape).toHaveAttribute('role', 'button');
      await expect(shape).toHaveAttribute('tabindex', '0');
      await expect(shape).toHaveAttribute('aria-label', NAMES[id].both);
      await expect(page.locator('main ul').getByRole('link', { name: NAMES[id].both })).toHaveAttribute(
        'href',
        new RegExp(`islands/${id}/$`),
      );
    }
    // The static SVG gave way to Leaflet in the same box.
    await expect(page.locator('.map-svg')).toBeHidden();
    await expect(page.locator('.leaflet-control-attribution')).toContainText('Outlines: Natural Earth (public domain)');
    await expect(page.locator('.leaflet-control-scale')).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(watch.foreignRequests).toEqual([]);
  });

  test('each island button opens a popup with the area, its source and a link to the island page', async ({
    page,
    watch,
  }) => {
    await openMap(page);
    for (const id of REQUIRED_ISLAND_IDS) {
      await islandButtons(page).getByRole('button', { name: NAMES[id].both }).click();
      await expect(popup(page)).toBeVisible();
      await expect(popup(page).locator('.map-popup__title')).toHaveText(NAMES[id].both);
      await expect(popup(page)).toContainText(/Area: [\d,]+ km²/);
      await expect(popup(page)).toContainText('Ministry of Foreign Affairs of Japan');
      await expect(popup(page).getByRole('link', { name: `About ${NAMES[id].both}` })).toHaveAttribute(
        'href',
        new RegExp(`islands/${id}/$`),
      );
    }
    await islandButtons(page).getByRole('button', { name: 'Show all' }).click();
    await expect(popup(page)).toHaveCount(0);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('Tab reaches the islands, Enter opens a popup and Escape closes it, returning focus', async ({
    page,
    watch,
  }) => {
    await openMap(page);
    await page.locator('h1').click();
    let reached = '';
    for (let presses = 0; presses < 60 && reached === ''; presses += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      if (!(await page.evaluate(() => document.activeElement?.classList.contains('map-island')))) reached = '';
    }
    expect(reached, 'an island shape takes keyboard focus').not.toBe('');
    await page.keyboard.press('Enter');
    await expect(popup(page)).toBeVisible();
    await expect(popup(page).locator('.map-popup')).toBeFocused();
    await expect(popup(page).locator('.map-popup__title')).toHaveText(reached);
    await page.keyboard.press('Escape');
    await expect(popup(page)).toHaveCount(0);
    await expect(page.locator(`path.map-island[aria-label="${reached}"]`)).toBeFocused();
    expect(watch.consoleErrors).toEqual([]);
  });

  test('Escape closes a popup opened by a button and gives focus back to the button', async ({ page, watch }) => {
    await openMap(page);
    const button = islandButtons(page).getByRole('button', { name: NAMES.shikotan.both });
    await button.click();
    await expect(popup(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(popup(page)).toHaveCount(0);
    await expect(button).toBeFocused();
    expect(watch.consoleErrors).toEqual([]);
  });

  test('clicking an island shape, or its label, opens its popup', async ({ page, watch }) => {
    await openMap(page);
    // A point on the shape's outline, away from the label that sits over its middle.
    const point = await page.locator('path.map-island--etorofu').evaluate((path: SVGPathElement) => {
      const matrix = path.getScreenCTM();
      if (matrix === null) throw new Error('The shape is not rendered.');
      for (let share = 0.05; share < 1; share += 0.05) {
        const onPath = path.getPointAtLength(path.getTotalLength() * share);
        const x = onPath.x * matrix.a + onPath.y * matrix.c + matrix.e;
        const y = onPath.x * matrix.b + onPath.y * matrix.d + matrix.f;
        if (document.elementFromPoint(x, y) === path) return { x, y, hit: true };
      }
      return { x: 0, y: 0, hit: false };
    });
    expect(point.hit, 'the point lies on the shape').toBe(true);
    await page.mouse.click(point.x, point.y);
    await expect(popup(page).locator('.map-popup__title')).toHaveText(NAMES.etorofu.both);
    await page.keyboard.press('Escape');
    await page.locator('.map-label--island .map-label__text', { hasText: NAMES.kunashiri.both }).click();
    await expect(popup(page).locator('.map-popup__title')).toHaveText(NAMES.kunashiri.both);
    expect(watch.consoleErrors).toEqual([]);
  });
});

test('the 1855 border can be switched on and off, with its source', async ({ page, watch }) => {
  await openMap(page);
  const toggle = page.getByRole('button', { name: '1855 border (schematic)' });
  const note = page.locator('[data-map-line-note]');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(note).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('path.map-line')).toHaveCount(1);
  await expect(note).toBeVisible();
  await expect(note).toContainText('Schematic');
  await expect(note.getByRole('link', { name: 'Treaty of Shimoda' })).toHaveAttribute('href', /timeline\/#event-treaty-of-shimoda-1855$/);
  await expect(note.locator('a.source-link')).toHaveAttribute('href', /sources\/#source-treaty-of-shimoda-1855$/);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('path.map-line')).toHaveCount(0);
  await expect(note).toBeHidden();
  expect(watch.consoleErrors).toEqual([]);
});

test.describe('the map page with the Russian naming choice', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('four-islands:naming', 'russian'));
  });

  test('buttons, shapes and popups use the Russian names', async ({ page, watch }) => {
    await openMap(page);
    const group = islandButtons(page);
    await expect(group.getByRole('button', { name: 'Iturup', exact: true })).toBeVisible();
    await expect(group.getByRole('button', { name: /Etorofu/ })).toHaveCount(0);
    await expect(group).not.toContainText('Etorofu', { useInnerText: true });
    await expect(page.locator('path.map-island--etorofu')).toHaveAttribute('aria-label', 'Iturup');
    await group.getByRole('button', { name: 'Iturup', exact: true }).click();
    await expect(popup(page).locator('.map-popup__title')).toHaveText('Iturup');
    expect(watch.consoleErrors).toEqual([]);
  });

  test('a change of naming choice relabels the shapes and the open popup', async ({ page, watch }) => {
    await openMap(page);
    await islandButtons(page).getByRole('button', { name: 'Kunashir', exact: true }).click();
    await expect(popup(page).locator('.map-popup__title')).toHaveText('Kunashir');
    await page.locator('.naming-control label', { hasText: 'Japanese' }).click();
    await expect(page.locator('path.map-island--kunashiri')).toHaveAttribute('aria-label', 'Kunashiri');
    await expect(popup(page).locator('.map-popup__title')).toHaveText('Kunashiri');
    await expect(islandButtons(page).getByRole('button', { name: 'Kunashiri', exact: true })).toBeVisible();
    expect(watch.consoleErrors).toEqual([]);
  });
});

test.describe('the map page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the SVG map shows the four islands as links to their pages', async ({ page, watch }) => {
    await page.goto('map/');
    const svg = page.locator('svg.map-svg');
    await expect(svg).toBeVisible();
    await expect(svg.locator('a')).toHaveCount(4);
    for (const id of REQUIRED_ISLAND_IDS) {
      await expect(svg.getByRole('link', { name: NAMES[id].both, exact: true })).toHaveAttribute(
        'href',
        new RegExp(`islands/${id}/$`),
      );
    }
    for (const place of ['Hokkaido', 'Cape Nosappu', 'Sea of Okhotsk', 'Pacific Ocean']) {
      await expect(svg).toContainText(place);
    }
    await expect(page.locator('.island-map__caption')).toContainText('Natural Earth');
    // Buttons need the script, so they are not offered without it.
    await expect(islandButtons(page)).toBeHidden();
    expect(watch.foreignRequests).toEqual([]);
  });
});

test.describe('the map page on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('shows the map and the buttons without horizontal scrolling', async ({ page, watch }) => {
    await openMap(page);
    await expect(page.locator('.leaflet-container')).toBeVisible();
    for (const id of REQUIRED_ISLAND_IDS) {
      await expect(islandButtons(page).getByRole('button', { name: NAMES[id].both })).toBeVisible();
    }
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const box = await page.locator('.island-map__frame').boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(300);
    expect(box?.height ?? 0).toBeGreaterThan(250);
    expect(watch.consoleErrors).toEqual([]);
  });
});

test('a reading page without a map loads none of the map code or data', async ({ page, watch }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto('about/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((url) => /leaflet|IslandMap|outlines-/i.test(url))).toEqual([]);
  await expect(page.locator('[data-island-map]')).toHaveCount(0);
  expect(watch.consoleErrors).toEqual([]);
});

test('the map does not move its box when Leaflet replaces the SVG', async ({ page, watch }) => {
  await page.route('**/*leaflet-map*.js', async (route) => {
    // Hold the interactive map back long enough to measure the static one first.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await route.continue();
  });
  await page.goto('map/');
  const before = await page.locator('.island-map__frame').boundingBox();
  await expect(islandShapes(page)).toHaveCount(4);
  const after = await page.locator('.island-map__frame').boundingBox();
  expect(after).toEqual(before);
  expect(watch.consoleErrors).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility scan (${colorScheme})`, () => {
    test.use({ colorScheme });

    test('the map page has no axe violations, with a popup and the 1855 border open', async ({ page, watch }) => {
      const { default: AxeBuilder } = await import('@axe-core/playwright');
      await openMap(page);
      await page.getByRole('button', { name: '1855 border (schematic)' }).click();
      await islandButtons(page).getByRole('button', { name: NAMES.etorofu.both }).click();
      await expect(popup(page)).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    });
  });
}

test.describe('accessibility scan of the static map', () => {
  test('the SVG map has no axe violations', async ({ page, watch }) => {
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    // axe needs JavaScript, so the map's own script is replaced by an empty one instead.
    await page.route('**/IslandMap*.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
    await page.goto('map/');
    await expect(page.locator('svg.map-svg')).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });
});

test('an island page’s map starts on that island', async ({ page, watch }) => {
  await page.goto('islands/habomai/');
  const frame = page.locator('.island-map [data-map-frame]').first();
  await frame.scrollIntoViewIfNeeded();
  await expect(page.locator('.leaflet-container path.map-island--habomai')).toHaveCount(1);
  const frameBox = await frame.boundingBox();
  const habomai = await page.locator('.leaflet-container path.map-island--habomai').boundingBox();
  if (!frameBox || !habomai) throw new Error('map parts not laid out');
  const frameCentreX = frameBox.x + frameBox.width / 2;
  const habomaiCentreX = habomai.x + habomai.width / 2;
  // Habomai sits near the middle of the frame, drawn large: the whole region would show the
  // islets a few dozen pixels across.
  expect(Math.abs(habomaiCentreX - frameCentreX)).toBeLessThan(frameBox.width / 4);
  expect(habomai.width).toBeGreaterThan(frameBox.width * 0.25);
  await expect(page.locator('.leaflet-container path.map-island--habomai')).toHaveClass(/is-focus/);
  expect(watch.foreignRequests).toEqual([]);
});

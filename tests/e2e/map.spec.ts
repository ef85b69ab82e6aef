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
const islandButtons = (page: Page) =>
  page.getByRole('group', { name: 'Show an island on the map' });
const popup = (page: Page) => page.locator('.leaflet-popup');

async function openMap(page: Page): Promise<void> {
  const response = await page.goto('map/');
  expect(response?.status()).toBe(200);
  await expect(islandShapes(page)).toHaveCount(4);
}

test.describe('the map page with JavaScript', () => {
  test('has one h1, the interactive map and a list of the islands with links', async ({
    page,
    watch,
  }) => {
    await openMap(page);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText('Map of the four islands');
    for (const id of REQUIRED_ISLAND_IDS) {
      const shape = page.locator(`path.map-island--${id}`);
      await expect(shape).toHaveAttribute('role', 'button');
      await expect(shape).toHaveAttribute('tabindex', '0');
      await expect(shape).toHaveAttribute('aria-label', NAMES[id].both);
      await expect(
        page.locator('main ul').getByRole('link', { name: NAMES[id].both }),
      ).toHaveAttribute('href', new RegExp(`islands/${id}/$`));
    }
    // The static SVG gave way to Leaflet in the same box.
    await expect(page.locator('[data-island-map] .map-svg')).toBeHidden();
    // The outlines are credited once, under the map; without a tile layer the map has no credit
    // box of its own.
    await expect(page.locator('.island-map__caption')).toContainText(
      'Outlines: Natural Earth (public domain)',
    );
    const credits = (await page.locator('main').innerText()).match(/Natural Earth/g) ?? [];
    expect(credits).toHaveLength(1);
    await expect(page.locator('.leaflet-control-attribution')).toHaveCount(0);
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
      await expect(
        popup(page).getByRole('link', { name: `About ${NAMES[id].both}` }),
      ).toHaveAttribute('href', new RegExp(`islands/${id}/$`));
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
      if (!(await page.evaluate(() => document.activeElement?.classList.contains('map-island'))))
        reached = '';
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

  test('Escape closes a popup opened by a button and gives focus back to the button', async ({
    page,
    watch,
  }) => {
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
    const point = await page
      .locator('path.map-island--etorofu')
      .evaluate((path: SVGPathElement) => {
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
    await page
      .locator('.map-label--island .map-label__text', { hasText: NAMES.kunashiri.both })
      .click();
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
  await expect(note.getByRole('link', { name: 'Treaty of Shimoda', exact: true })).toHaveAttribute(
    'href',
    /timeline\/#event-treaty-of-shimoda-1855$/,
  );
  // The line's sources, the treaty's text among them.
  await expect(
    note.locator('a.source-link[href$="sources/#source-treaty-of-shimoda-1855"]'),
  ).toHaveCount(1);
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

  test('a change of naming choice relabels the shapes and the open popup', async ({
    page,
    watch,
  }) => {
    await openMap(page);
    await islandButtons(page).getByRole('button', { name: 'Kunashir', exact: true }).click();
    await expect(popup(page).locator('.map-popup__title')).toHaveText('Kunashir');
    await page.locator('.naming-control label', { hasText: 'Japanese' }).click();
    await expect(page.locator('path.map-island--kunashiri')).toHaveAttribute(
      'aria-label',
      'Kunashiri',
    );
    await expect(popup(page).locator('.map-popup__title')).toHaveText('Kunashiri');
    await expect(
      islandButtons(page).getByRole('button', { name: 'Kunashiri', exact: true }),
    ).toBeVisible();
    expect(watch.consoleErrors).toEqual([]);
  });
});

test.describe('the map page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the SVG map shows the four islands as links to their pages', async ({ page, watch }) => {
    await page.goto('map/');
    const svg = page.locator('[data-island-map] svg.map-svg');
    await expect(svg).toBeVisible();
    await expect(svg.locator('a')).toHaveCount(4);
    for (const id of REQUIRED_ISLAND_IDS) {
      await expect(svg.getByRole('link', { name: NAMES[id].both, exact: true })).toHaveAttribute(
        'href',
        new RegExp(`islands/${id}/$`),
      );
    }
    for (const place of [
      'Hokkaido',
      'Uruppu (Urup)',
      'Cape Nosappu',
      'Sea of Okhotsk',
      'Pacific Ocean',
    ]) {
      await expect(svg).toContainText(place);
    }
    await expect(page.locator('.island-map__caption')).toContainText('Natural Earth');
    // Buttons need the script, so they are not offered without it.
    await expect(islandButtons(page)).toBeHidden();
    expect(watch.foreignRequests).toEqual([]);
  });
});

test.describe('island pages without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const id of REQUIRED_ISLAND_IDS) {
    test(`${id}: the SVG map names Hokkaido inside its frame, clear of every other label`, async ({
      page,
      watch,
    }) => {
      await page.goto(`islands/${id}/`);
      const svg = page.locator('[data-island-map] svg.map-svg');
      await expect(svg).toBeVisible();
      const result = await svg.evaluate((element) => {
        const frame = element.getBoundingClientRect();
        const labels = [...element.querySelectorAll('text')].map((text) => ({
          text: text.textContent?.trim() ?? '',
          box: text.getBoundingClientRect(),
        }));
        const hokkaido = labels.find((label) => label.text === 'Hokkaido');
        if (!hokkaido) return { found: false, inside: false, overlaps: [] as string[] };
        const b = hokkaido.box;
        const inside =
          b.width > 0 &&
          b.left >= frame.left &&
          b.right <= frame.right &&
          b.top >= frame.top &&
          b.bottom <= frame.bottom;
        const overlaps = labels
          .filter((other) => other !== hokkaido && other.box.width > 0)
          .filter(
            ({ box }) =>
              box.left < b.right && b.left < box.right && box.top < b.bottom && b.top < box.bottom,
          )
          .map((other) => other.text);
        return { found: true, inside, overlaps };
      });
      expect(result).toEqual({ found: true, inside: true, overlaps: [] });
      expect(watch.consoleErrors).toEqual([]);
    });
  }
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

    test('the map page has no axe violations, with a popup and the 1855 border open', async ({
      page,
      watch,
    }) => {
      const { default: AxeBuilder } = await import('@axe-core/playwright');
      await openMap(page);
      await page.getByRole('button', { name: '1855 border (schematic)' }).click();
      await islandButtons(page).getByRole('button', { name: NAMES.etorofu.both }).click();
      await expect(popup(page)).toBeVisible();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    });
  });
}

test.describe('accessibility scan of the static map', () => {
  test('the SVG map has no axe violations', async ({ page, watch }) => {
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    // axe needs JavaScript, so the map's own script is replaced by an empty one instead.
    await page.route('**/IslandMap*.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: '' }),
    );
    await page.goto('map/');
    await expect(page.locator('[data-island-map] svg.map-svg')).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });
});

/** A box in page pixels. */
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const intersects = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (outer: Box, inner: Box): boolean =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5;

/** What the interactive map shows once it has settled: its box, its controls and its labels. */
async function mapLayout(page: Page) {
  await page.locator('[data-island-map]').first().scrollIntoViewIfNeeded();
  await expect(page.locator('.leaflet-container path.map-island')).toHaveCount(4);
  await expect(page.locator('.map-labels .map-label').first()).toBeAttached();
  return page.evaluate(() => {
    const rect = (element: Element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      return { x, y, width, height };
    };
    const container = document.querySelector('.leaflet-container');
    if (container === null) throw new Error('no map');
    // The attribution box is there only with a tile layer (MAP_TILE_URL).
    const controls = [
      '.leaflet-control-zoom',
      '.leaflet-control-scale',
      '.leaflet-control-attribution',
    ].flatMap((selector) => {
      const element = container.querySelector(selector);
      if (element === null && selector !== '.leaflet-control-attribution')
        throw new Error(`no ${selector}`);
      return element === null ? [] : [{ selector, box: rect(element) }];
    });
    const labels = [...container.querySelectorAll<HTMLElement>('.map-labels .map-label')]
      .filter((label) => !label.hidden)
      .map((label) => ({ id: label.dataset.label ?? '', text: label.innerText, box: rect(label) }));
    const shape = (selector: string) => {
      const element = container.querySelector(selector);
      return element ? rect(element) : null;
    };
    return {
      frame: rect(container),
      controls,
      labels,
      shapes: Object.fromEntries(
        ['etorofu', 'kunashiri', 'shikotan', 'habomai']
          .map((id) => [id, shape(`path.map-island--${id}`)] as const)
          .concat([
            ['Hokkaido', shape('path.map-land--hokkaido')],
            ['Urup', shape('path.map-land--urup')],
          ]),
      ),
    };
  });
}

/** The land an island's map must show from the start, besides Hokkaido (src/lib/map/extent.ts). */
const NEIGHBOURS: Record<(typeof REQUIRED_ISLAND_IDS)[number], string[]> = {
  etorofu: ['kunashiri', 'Urup'],
  kunashiri: ['etorofu', 'shikotan', 'habomai'],
  shikotan: ['habomai', 'kunashiri'],
  habomai: ['shikotan', 'kunashiri'],
};

for (const width of [390, 1280]) {
  test.describe(`map labels at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    for (const id of REQUIRED_ISLAND_IDS) {
      test(`${id}: the first view shows the island, its neighbours and Hokkaido, every label clear of the controls`, async ({
        page,
        watch,
      }) => {
        await page.goto(`islands/${id}/`);
        const layout = await mapLayout(page);
        const labelled = layout.labels.map((label) => label.id);
        for (const key of [id, ...NEIGHBOURS[id], 'Hokkaido']) {
          expect(labelled, `${key} is labelled`).toContain(key);
          const shape = layout.shapes[key];
          expect(shape && intersects(shape, layout.frame), `${key} is in view`).toBe(true);
        }
        // Hokkaido lies west of every island: its outline runs off the map's west edge, so the
        // straight edge where the outlines were cut never shows, however wide the map.
        expect(layout.shapes.Hokkaido!.x, 'Hokkaido runs off the west edge').toBeLessThan(
          layout.frame.x,
        );
        // The island itself is wholly in view.
        expect(inside(layout.frame, layout.shapes[id]!), `${id} whole`).toBe(true);
        for (const label of layout.labels) {
          expect(inside(layout.frame, label.box), `${label.text} inside the map`).toBe(true);
          for (const control of layout.controls) {
            expect(
              intersects(label.box, control.box),
              `${label.text} clear of ${control.selector}`,
            ).toBe(false);
          }
          for (const other of layout.labels) {
            if (other !== label)
              expect(intersects(label.box, other.box), `${label.text} / ${other.text}`).toBe(false);
          }
        }
        // As wide as the column it sits in.
        const column = await page.locator('[data-island-map]').first().boundingBox();
        expect(layout.frame.width).toBeGreaterThan((column?.width ?? 0) - 4);
        await expect(page.locator(`.leaflet-container path.map-island--${id}`)).toHaveClass(
          /is-focus/,
        );
        expect(watch.foreignRequests).toEqual([]);
      });
    }

    for (const path of ['map/', '']) {
      test(`${path || 'home'}: every island, Urup and Hokkaido are labelled, clear of the controls`, async ({
        page,
      }) => {
        await page.goto(path);
        const layout = await mapLayout(page);
        const labelled = layout.labels.map((label) => label.id);
        for (const key of [...REQUIRED_ISLAND_IDS, 'Urup', 'Hokkaido'])
          expect(labelled, key).toContain(key);
        for (const label of layout.labels) {
          expect(inside(layout.frame, label.box), `${label.text} inside the map`).toBe(true);
          for (const control of layout.controls) {
            expect(
              intersects(label.box, control.box),
              `${label.text} clear of ${control.selector}`,
            ).toBe(false);
          }
        }
      });
    }
  });
}

test('Urup’s label follows the naming choice', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('four-islands:naming', 'russian'));
  await page.goto('map/');
  await mapLayout(page);
  await expect(page.locator('.map-labels [data-label="Urup"]')).toHaveText(/^urup$/i, {
    useInnerText: true,
  });
  await page.locator('.naming-control label', { hasText: 'Japanese' }).click();
  await expect(page.locator('.map-labels [data-label="Urup"]')).toHaveText(/^uruppu$/i, {
    useInnerText: true,
  });
});

/** Relative luminance of a CSS colour as Chromium computes it: `rgb(…)` or `color(srgb …)`. */
function luminance(css: string): number {
  const rgb = css.match(/^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/);
  const srgb = css.match(/^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)/);
  const channels = rgb
    ? rgb.slice(1, 4).map((v) => Number(v) / 255)
    : srgb
      ? srgb.slice(1, 4).map(Number)
      : null;
  if (channels === null) throw new Error(`Cannot read the colour "${css}".`);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: string, b: string): number => {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
};

for (const colorScheme of ['light', 'dark'] as const) {
  test(`land, sea and labels have enough contrast (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('islands/shikotan/');
    await mapLayout(page);
    const colours = await page.evaluate(() => {
      const style = (selector: string) => {
        const element = document.querySelector(selector);
        if (element === null) throw new Error(`no ${selector}`);
        return getComputedStyle(element);
      };
      return {
        sea: style('.leaflet-container').backgroundColor,
        land: style('path.map-land--hokkaido').fill,
        island: style('path.map-island--kunashiri').fill,
        coast: style('path.map-land--hokkaido').stroke,
        labels: [...document.querySelectorAll<HTMLElement>('.map-labels .map-label')]
          .filter((label) => !label.hidden)
          .map((label) => {
            const text = label.querySelector('.map-label__text');
            return {
              text: label.innerText,
              color: getComputedStyle(label).color,
              background: text ? getComputedStyle(text).backgroundColor : '',
            };
          }),
      };
    });
    // WCAG 1.4.11: land must stand out from the sea. In the dark scheme the fill does; in the light
    // one the coastline does, as a boundary.
    if (colorScheme === 'dark') {
      expect(contrast(colours.land, colours.sea), 'land fill / sea').toBeGreaterThanOrEqual(3);
      expect(contrast(colours.island, colours.sea), 'island fill / sea').toBeGreaterThanOrEqual(3);
    } else {
      expect(contrast(colours.coast, colours.sea), 'coastline / sea').toBeGreaterThanOrEqual(3);
    }
    expect(colours.labels.length).toBeGreaterThan(3);
    for (const label of colours.labels) {
      expect(
        contrast(label.color, label.background),
        `${label.text} on its plate`,
      ).toBeGreaterThanOrEqual(4.5);
    }
  });
}

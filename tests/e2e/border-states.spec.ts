import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { expect, test } from './support/fixtures.ts';

// The border states as the fact file keeps them: the page must show each, in this order.
const states = parse(
  readFileSync(fileURLToPath(new URL('../../content/facts/borders.yaml', import.meta.url)), 'utf8'),
) as {
  id: string;
  label: string;
  title: string;
  lines: { id: string }[];
  holdings: { heldBy?: string; regions?: string[] }[];
}[];

test.describe('the border through time without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows every state in order as a static map with lines, holdings and sources', async ({
    page,
    watch,
  }) => {
    await page.goto('map/');
    const sections = page.locator('[data-border-state]');
    await expect(sections).toHaveCount(states.length);
    expect(await sections.evaluateAll((nodes) => nodes.map((node) => node.id))).toEqual(
      states.map((state) => `border-${state.id}`),
    );
    for (const state of states) {
      const section = page.locator(`#border-${state.id}`);
      await expect(
        section.getByRole('heading', { name: `${state.label}: ${state.title}` }),
      ).toBeVisible();
      const svg = section.locator('svg.map-svg');
      await expect(svg).toBeVisible();
      await expect(svg).toHaveAttribute(
        'aria-label',
        new RegExp(`^Map of the border, ${state.label}`),
      );
      await expect(svg.locator('[data-border-line]')).toHaveCount(state.lines.length);
      // The islands stay links to their pages; the text says who held what, with sources.
      await expect(svg.locator('a')).toHaveCount(4);
      await expect(section.locator('.border-state__holdings li').first()).toContainText('held by');
      await expect(section.locator('.border-state__sources a').first()).toHaveAttribute(
        'href',
        /\/sources\/#source-/,
      );
    }
    expect(watch.consoleErrors).toEqual([]);
  });

  test('links each state from the timeline event it comes from and from the island pages', async ({
    page,
  }) => {
    await page.goto('timeline/');
    const link = page
      .locator('#event-treaty-of-saint-petersburg-1875')
      .getByRole('link', { name: 'the border in 1875' });
    await expect(link).toHaveAttribute('href', /\/map\/#border-1875$/);
    await link.click();
    await expect(page).toHaveURL(/\/map\/#border-1875$/);
    await expect(page.locator('#border-1875')).toBeInViewport();

    await page.goto('islands/shikotan/');
    const history = page.locator('section[aria-labelledby="border-history"]');
    await expect(history.locator('li')).toHaveCount(states.length);
    await expect(history.locator('li').first()).toContainText('held by Japan');
    await expect(history.locator('li').last()).toContainText('held by Russia, claimed by Japan');
  });

  test('serves the lines as GeoJSON, one Feature per line', async ({ request }) => {
    const response = await request.get('data/borders.geojson');
    expect(response.ok()).toBe(true);
    const collection = (await response.json()) as {
      features: {
        properties: { id: string; state: string; schematic: boolean; sources: string[] };
      }[];
    };
    expect(collection.features.map((feature) => feature.properties.id)).toEqual(
      states.flatMap((state) => state.lines.map((line) => line.id)),
    );
    for (const feature of collection.features) {
      expect(feature.properties.sources.length).toBeGreaterThan(0);
      expect(typeof feature.properties.schematic).toBe('boolean');
    }
  });
});

test.describe('the border through time with JavaScript', () => {
  const visibleStates = (page: import('@playwright/test').Page) =>
    page
      .locator('[data-border-state]')
      .evaluateAll((nodes) =>
        nodes.filter((node) => !(node as HTMLElement).hidden).map((node) => node.id),
      );

  test('steps through every state by keyboard, one map at a time, with the year in the address', async ({
    page,
    watch,
  }) => {
    await page.goto('map/');
    const group = page.getByRole('group', { name: 'Show the border' });
    await expect(group).toBeVisible();
    const radios = group.getByRole('radio');
    await expect(radios).toHaveCount(states.length);
    // Today's line first.
    const last = states.at(-1)!;
    await expect(group.getByRole('radio', { name: last.label })).toBeChecked();
    expect(await visibleStates(page)).toEqual([`border-${last.id}`]);

    await group.getByRole('radio', { name: last.label }).focus();
    // Arrow keys wrap round the group: from today, Right goes to the first state.
    for (const state of states) {
      await page.keyboard.press('ArrowRight');
      await expect(group.getByRole('radio', { name: state.label })).toBeChecked();
      await expect(group.getByRole('radio', { name: state.label })).toBeFocused();
      expect(await visibleStates(page)).toEqual([`border-${state.id}`]);
      const section = page.locator(`#border-${state.id}`);
      await expect(section.locator('svg.map-svg')).toBeVisible();
      await expect(section.locator('[data-border-line]')).toHaveCount(state.lines.length);
      await expect(section.locator('.border-state__caption')).toBeVisible();
      await expect(section.locator('.border-state__sources a').first()).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`[?&]year=${state.id}$`));
    }
    // Tab leaves the group for the first link of the state shown.
    await page.keyboard.press('Tab');
    const focusedInGroup = await group.evaluate((node) => node.contains(document.activeElement));
    expect(focusedInGroup).toBe(false);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('chooses a state with one click on its label and keeps it on reload', async ({ page }) => {
    await page.goto('map/');
    const first = states[0]!;
    await page.locator('.border-control__choice', { hasText: first.label }).click();
    expect(await visibleStates(page)).toEqual([`border-${first.id}`]);
    await expect(page).toHaveURL(new RegExp(`\\?year=${first.id}$`));
    await page.reload();
    await expect(
      page
        .getByRole('group', { name: 'Show the border' })
        .getByRole('radio', { name: first.label }),
    ).toBeChecked();
    expect(await visibleStates(page)).toEqual([`border-${first.id}`]);
  });

  test('opens the state an address names, by ?year= or by its anchor', async ({ page }) => {
    const second = states[1]!;
    await page.goto(`map/?year=${second.id}`);
    expect(await visibleStates(page)).toEqual([`border-${second.id}`]);

    const third = states[2]!;
    await page.goto(`map/#border-${third.id}`);
    expect(await visibleStates(page)).toEqual([`border-${third.id}`]);
    await expect(page.locator(`#border-${third.id}`)).toBeInViewport();

    // An unknown year shows today's line rather than nothing.
    await page.goto('map/?year=1066');
    expect(await visibleStates(page)).toEqual([`border-${states.at(-1)!.id}`]);
  });

  test('shades the land that changed hands as the fact file says who held it', async ({ page }) => {
    const side = (party?: string) =>
      party === 'japan'
        ? 'japan'
        : party === 'russia' || party === 'soviet-union'
          ? 'russia'
          : null;
    for (const state of states) {
      await page.goto(`map/?year=${state.id}`);
      const shaded = { japan: 0, russia: 0 };
      for (const holding of state.holdings) {
        const shade = side(holding.heldBy);
        if (shade) shaded[shade] += (holding.regions ?? []).length;
      }
      const section = page.locator(`#border-${state.id}`);
      for (const shade of ['japan', 'russia'] as const)
        await expect(
          section.locator(`.map-svg__region--${shade}`),
          `${state.id} ${shade}`,
        ).toHaveCount(shaded[shade]);
    }
  });
});

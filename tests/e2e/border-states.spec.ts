import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { expect, test } from './support/fixtures.ts';

// The border states as the fact file keeps them: the page must show each, in this order.
const states = parse(
  readFileSync(fileURLToPath(new URL('../../content/facts/borders.yaml', import.meta.url)), 'utf8'),
) as { id: string; label: string; title: string; lines: { id: string }[] }[];

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

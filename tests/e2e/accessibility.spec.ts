// Accessibility of every built page: an axe-core scan against WCAG 2.0, 2.1 and 2.2 A/AA in light
// and dark colour schemes (contrast differs), and keyboard checks (skip link, visible focus, no
// trap). Pages are found by walking dist/, so pages added later are scanned without listing them.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { pagesToScan } from './support/pages.ts';
import { expect, test } from './support/fixtures.ts';

const PAGES = pagesToScan();
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The relative URL Playwright opens for a page path: `''` (home) must be `./` under a base. */
const target = (path: string) => (path === '' ? './' : path);
/** The page as a reader would name it in a report. */
const label = (path: string) => `/${path}`;

/** Scans the open page and returns one readable line block per axe violation. */
async function axeViolations(page: Page, path: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((violation) => {
    const nodes = violation.nodes.map((node) => {
      const why = (node.failureSummary ?? '').split('\n').slice(1).join(' ').trim();
      return `    ${node.target.join(' ')}${why ? `  (${why})` : ''}`;
    });
    return [
      `${violation.id} [${violation.impact ?? 'unknown impact'}] on ${label(path)}: ${violation.help}`,
      ...nodes,
    ].join('\n');
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe scan, ${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const { path } of PAGES) {
      test(`${label(path)} has no WCAG 2.2 A/AA violations`, async ({ page, watch }) => {
        await page.goto(target(path));
        await page.waitForLoadState('networkidle');
        expect(await axeViolations(page, path), 'axe violations').toEqual([]);
        expect(watch.consoleErrors).toEqual([]);
      });
    }
  });
}

/** What the keyboard tests need to know about the element that has focus. */
interface FocusedElement {
  /** Stable per element for the life of the page, to tell a stuck focus from a moving one. */
  key: number;
  /** `a.skip-link "Skip to content"`, for messages. */
  description: string;
  /** Whether it, or the label it sits in, draws a visible outline or box-shadow. */
  hasVisibleIndicator: boolean;
}

/** Describes `document.activeElement` (`null` when focus is on the body or outside the page). */
async function focusedElement(page: Page): Promise<FocusedElement | null> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body || active === document.documentElement) return null;
    const store = window as unknown as {
      focusKeys?: WeakMap<Element, number>;
      nextFocusKey?: number;
    };
    store.focusKeys ??= new WeakMap();
    let key = store.focusKeys.get(active);
    if (key === undefined) {
      key = store.nextFocusKey = (store.nextFocusKey ?? 0) + 1;
      store.focusKeys.set(active, key);
    }
    const isSeen = (element: Element): boolean => {
      for (let node: Element | null = element; node; node = node.parentElement) {
        if (Number(getComputedStyle(node).opacity) === 0) return false;
      }
      return true;
    };
    const drawsIndicator = (element: Element): boolean => {
      const style = getComputedStyle(element);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      return (outline || style.boxShadow !== 'none') && isSeen(element);
    };
    // A visually hidden control (a styled radio button) shows its focus on its label's content.
    const label = active.closest('label');
    const candidates = [active, ...(label ? [label, ...label.querySelectorAll('*')] : [])];
    const text = (active.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    const classes = [...active.classList].map((name) => `.${name}`).join('');
    const name = active.getAttribute('aria-label') ?? (text || active.getAttribute('value') || '');
    return {
      key,
      description: `${active.tagName.toLowerCase()}${classes} "${name}"`,
      hasVisibleIndicator: candidates.some(drawsIndicator),
    };
  });
}

test.describe('keyboard', () => {
  for (const { path } of PAGES) {
    test(`${label(path)}: the skip link is the first Tab stop and moves focus to main`, async ({
      page,
      watch,
    }) => {
      await page.goto(target(path));
      await page.keyboard.press('Tab');
      const skip = page.locator('a.skip-link');
      await expect(skip).toBeFocused();
      await expect(skip).toHaveAttribute('href', '#main');
      await expect(skip).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(page.locator('main#main')).toBeFocused();
      expect(watch.consoleErrors).toEqual([]);
    });

    test(`${label(path)}: 40 presses of Tab never get stuck on one element`, async ({
      page,
      watch,
    }) => {
      await page.goto(target(path));
      await page.waitForLoadState('networkidle');
      let previous: FocusedElement | null = null;
      const visited = new Set<number>();
      for (let press = 1; press <= 40; press += 1) {
        await page.keyboard.press('Tab');
        const current = await focusedElement(page);
        if (current && previous && current.key === previous.key) {
          throw new Error(
            `Tab press ${press} left focus on ${current.description}: a keyboard trap`,
          );
        }
        if (current) visited.add(current.key);
        previous = current;
      }
      expect(visited.size, 'distinct elements reached by Tab').toBeGreaterThan(1);
      expect(watch.consoleErrors).toEqual([]);
    });
  }

  test('on the home page, each of the first 15 Tab stops shows where focus is', async ({
    page,
    watch,
  }) => {
    await page.goto('./');
    await page.waitForLoadState('networkidle');
    const invisible: string[] = [];
    for (let press = 1; press <= 15; press += 1) {
      await page.keyboard.press('Tab');
      const current = await focusedElement(page);
      if (current === null) break; // past the last stop: the home page has fewer than 15
      if (!current.hasVisibleIndicator) invisible.push(`Tab stop ${press}: ${current.description}`);
    }
    expect(invisible, 'focused elements without a visible outline or box-shadow').toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('Tab cycles through the whole home page and back to the skip link', async ({
    page,
    watch,
  }) => {
    await page.goto('./');
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('Tab');
    const first = await focusedElement(page);
    expect(first?.description).toContain('skip-link');
    // Enough presses to pass every focusable element once (the map adds more as it loads).
    const limit =
      (await page.evaluate(
        () =>
          document.querySelectorAll(
            'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])',
          ).length,
      )) + 40;
    let returned = false;
    for (let press = 2; press <= limit && !returned; press += 1) {
      await page.keyboard.press('Tab');
      returned = (await focusedElement(page))?.key === first?.key;
    }
    expect(returned, `focus came back to the skip link within ${limit} presses of Tab`).toBe(true);
    expect(watch.consoleErrors).toEqual([]);
  });
});

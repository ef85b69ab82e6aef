import { expect, test } from './support/fixtures.ts';

test.describe('the naming choice', () => {
  test('defaults to both names and changes every island name on the page', async ({
    page,
    watch,
  }) => {
    await page.goto('articles/the-four-islands/');
    const islandLink = page.locator('.related a[href$="islands/etorofu/"]');
    await expect(islandLink).toHaveText('Etorofu (Iturup)', { useInnerText: true });
    await page.getByRole('radio', { name: 'Russian' }).check();
    await expect(islandLink).toHaveText('Iturup', { useInnerText: true });
    await page.getByRole('radio', { name: 'Japanese' }).check();
    await expect(islandLink).toHaveText('Etorofu', { useInnerText: true });
    expect(watch.consoleErrors).toEqual([]);
  });

  test('persists across pages and reloads without moving the layout', async ({ page, watch }) => {
    await page.goto('articles/the-four-islands/');
    await page.getByRole('radio', { name: 'Russian' }).check();
    await page.goto('articles/dispute-in-brief/');
    await expect(page.getByRole('radio', { name: 'Russian' })).toBeChecked();
    await expect(page.locator('.related a[href$="islands/kunashiri/"]')).toHaveText('Kunashir', {
      useInnerText: true,
    });
    // The stored choice is applied in <head>, before the first paint: names never swap later.
    const shifts = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
              total += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 500);
        }),
    );
    expect(shifts).toBeLessThan(0.01);
    expect(watch.consoleErrors).toEqual([]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('shows both names and hides the control', async ({ page }) => {
      await page.goto('articles/the-four-islands/');
      await expect(page.locator('.related a[href$="islands/etorofu/"]')).toHaveText(
        'Etorofu (Iturup)',
        { useInnerText: true },
      );
      await expect(page.locator('.naming-control')).toBeHidden();
    });
  });
});

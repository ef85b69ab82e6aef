// Details of reading an article: citation markers are 24×24 targets that do not push lines apart,
// island names in the prose follow the place-name choice, and quotes end as sentences.
import { expect, test } from './support/fixtures.ts';

test('footnote markers and back links are at least 24×24 px and keep the line height', async ({
  page,
}) => {
  await page.goto('articles/how-the-border-moved-1855-1951/');
  const markers = page.locator('.article__body sup a[data-footnote-ref]');
  expect(await markers.count()).toBeGreaterThan(3);
  for (const marker of (await markers.all()).slice(0, 6)) {
    const box = (await marker.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
  }
  for (const back of (await page.locator('.data-footnote-backref').all()).slice(0, 6)) {
    const box = (await back.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
  }
  // A paragraph with markers is a whole number of lines tall: no line was pushed apart.
  const spacing = await page.evaluate(() => {
    const paragraphs = [...document.querySelectorAll('.article__body > p')].filter((p) =>
      p.querySelector('sup'),
    );
    return paragraphs.map((p) => {
      const lineHeight = parseFloat(getComputedStyle(p).lineHeight);
      const lines = p.getBoundingClientRect().height / lineHeight;
      return Math.abs(lines - Math.round(lines));
    });
  });
  expect(spacing.length).toBeGreaterThan(0);
  for (const offset of spacing) expect(offset).toBeLessThan(0.05);
});

test('a note cited several times links back with short numbered links', async ({ page }) => {
  await page.goto('articles/how-the-border-moved-1855-1951/');
  const backs = page.locator('#user-content-fn-mofa .data-footnote-backref');
  expect(await backs.count()).toBeGreaterThan(2);
  await expect(backs.nth(0)).toHaveText('↩');
  await expect(backs.nth(1)).toHaveText('2');
  await expect(backs.nth(1)).toHaveAccessibleName('Back to reference 1, use 2');
});

test('island names in article prose follow the place-name choice', async ({ page }) => {
  await page.goto('articles/dispute-in-brief/');
  const prose = page.locator('.article__body a[href$="islands/etorofu/"]').first();
  await expect(prose).toHaveText('Etorofu (Iturup)', { useInnerText: true });
  await page.getByRole('radio', { name: 'Russian' }).check();
  await expect(prose).toHaveText('Iturup', { useInnerText: true });
  await page.getByRole('radio', { name: 'Japanese' }).check();
  await expect(prose).toHaveText('Etorofu', { useInnerText: true });
  await expect(page.getByRole('group', { name: 'Place names' })).toBeVisible();
});

test('whole-sentence quotes do not end on the report’s comma', async ({ page }) => {
  await page.goto('quotes/');
  const texts = await page.locator('.quote-card blockquote, .quote-card p').allInnerTexts();
  expect(texts.join('\n')).toContain('step by step.”');
  expect(texts.filter((text) => /,”/.test(text))).toEqual([]);
});

// The pages in each language as a reader sees them: the static maps' labels, laid out at build
// time, fit their frame and keep clear of each other in each language's names (a Japanese
// character is a full em wide, about twice a Latin letter; Cyrillic runs wider than Latin).
import { expect, test } from './support/fixtures.ts';

const STATIC_MAP_PAGES = [
  'map/',
  'ja/map/',
  'ru/map/',
  'islands/habomai/',
  'ja/islands/etorofu/',
  'ja/islands/habomai/',
  'ru/islands/etorofu/',
  'ru/islands/habomai/',
];

for (const width of [390, 1280]) {
  test.describe(`static maps at ${width} px, without JavaScript`, () => {
    test.use({ javaScriptEnabled: false, viewport: { width, height: 900 } });

    for (const path of STATIC_MAP_PAGES) {
      test(`${path}: every label lies inside its map and on no other label`, async ({ page }) => {
        await page.goto(path);
        const maps = page.locator('svg.map-svg');
        expect(await maps.count()).toBeGreaterThan(0);
        const problems = await maps.evaluateAll(
          (svgs, narrow) =>
            svgs.flatMap((svg, index) => {
              const { width: w, height: h } = (svg as SVGSVGElement).viewBox.baseVal;
              // On a phone the border maps, which show the whole chain from Hokkaido to Kamchatka,
              // have the four islands too close together for four labels at a readable size: there
              // they are only held inside the map.
              const checkOverlaps = !(narrow && svg.querySelector('[data-border-line]'));
              // Boxes in the SVG's own units (getBBox), as the build placed them. An island out of
              // the view (Etorofu, from Habomai's map) has its label wholly out of it too.
              const labels = [...svg.querySelectorAll('text')]
                .map((text) => ({
                  // The visible name only: the other naming choices' tspans are hidden.
                  text:
                    [...text.querySelectorAll('tspan')].find(
                      (tspan) => getComputedStyle(tspan).display !== 'none',
                    )?.textContent ??
                    text.textContent?.trim() ??
                    '',
                  box: text.getBBox(),
                }))
                .filter(
                  ({ box }) =>
                    box.width > 0 &&
                    box.x < w &&
                    box.y < h &&
                    box.x + box.width > 0 &&
                    box.y + box.height > 0,
                );
              const found: string[] = [];
              const slack = 1;
              for (const [i, { text, box }] of labels.entries()) {
                if (
                  box.x < -slack ||
                  box.y < -slack ||
                  box.x + box.width > w + slack ||
                  box.y + box.height > h + slack
                )
                  found.push(`map ${index + 1}: "${text}" runs out of the map`);
                if (!checkOverlaps) continue;
                for (const other of labels.slice(i + 1)) {
                  const b = other.box;
                  const x = Math.min(box.x + box.width, b.x + b.width) - Math.max(box.x, b.x);
                  const y = Math.min(box.y + box.height, b.y + b.height) - Math.max(box.y, b.y);
                  if (x > slack && y > slack)
                    found.push(`map ${index + 1}: "${text}" overlaps "${other.text}"`);
                }
              }
              return found;
            }),
          width < 500,
        );
        expect(problems).toEqual([]);
      });
    }
  });
}

// ── The words and punctuation of the Japanese and Russian pages ────────────────────────────────

/** Japanese text: kana and kanji. */
const JAPANESE_CHARACTERS = '\\u3040-\\u30ff\\u4e00-\\u9fff';
const JAPANESE = new RegExp(`[${JAPANESE_CHARACTERS}]`, 'u');

test('actors are labelled by country in the page’s language, their names not printed twice', async ({
  page,
}) => {
  for (const [path, japan] of [
    ['ja/actors/', '日本'],
    ['ru/actors/', 'Япония'],
  ] as const) {
    await page.goto(path);
    const eyebrows = (await page.locator('.actor-card .eyebrow').allTextContents()).map((text) =>
      text.trim(),
    );
    expect(eyebrows.length).toBeGreaterThan(0);
    for (const eyebrow of eyebrows) expect(eyebrow, path).not.toMatch(/japan|russia|soviet/i);
    expect(eyebrows).toContain(japan);
  }
  await page.goto('ja/actors/abe/');
  await expect(page.locator('.actor-page__native')).toHaveCount(0);
  await expect(page.locator('main .eyebrow').first()).not.toContainText(/japan/i);
  await page.goto('ru/actors/putin/');
  await expect(page.locator('.actor-page__native')).toHaveCount(0);
  // Where the name is in another script, it is still given.
  await page.goto('ru/actors/abe/');
  await expect(page.locator('.actor-page__native')).toHaveText('安倍晋三');
});

test('the article lists show the translated titles and descriptions', async ({ page }) => {
  for (const [path, script] of [
    ['ja/articles/', JAPANESE],
    ['ru/articles/', /\p{Script=Cyrillic}/u],
  ] as const) {
    await page.goto(path);
    const titles = await page.locator('.article-card__title').allInnerTexts();
    const descriptions = await page.locator('.article-card__description').allInnerTexts();
    expect(titles.length).toBeGreaterThan(0);
    for (const text of [...titles, ...descriptions]) expect(text, path).toMatch(script);
  }
});

test('the frame and notices of Japanese pages take Japanese punctuation', async ({ page }) => {
  // English commas, colons, full stops and brackets right after Japanese text.
  const western = new RegExp(`[${JAPANESE_CHARACTERS}](?:[,.:;] | ?\\()`, 'u');
  for (const [path, selectors] of [
    ['ja/', ['.site-footer']],
    ['ja/articles/the-four-islands/', ['.translation-notice', '.site-footer']],
    ['ja/sources/', ['.kind-index']],
    ['ja/islands/habomai/', ['.border-history']],
  ] as const) {
    await page.goto(path);
    for (const selector of selectors) {
      const text = (await page.locator(selector).first().innerText()).replace(/\s+/g, ' ');
      expect(text, `${path} ${selector}`).toMatch(JAPANESE);
      expect(text, `${path} ${selector}`).not.toMatch(western);
    }
  }
});

test('Japanese and Russian searches count their results by kind', async ({ page }) => {
  for (const [path, query, islands] of [
    ['ja/search/', '択捉', /^島々 ?（(\d+)）$/],
    ['ru/search/', 'Итуруп', /^Острова \((\d+)\)$/],
  ] as const) {
    await page.goto(`${path}?${new URLSearchParams({ q: query })}`);
    const radio = page.getByRole('radio', { name: islands });
    await expect(radio).toBeVisible({ timeout: 15_000 });
    const count = await radio.locator('xpath=..').locator('.search-kinds__count').textContent();
    expect(Number(count?.match(/\d+/)?.[0]), path).toBeGreaterThan(0);
  }
});

test.describe('at phone width', () => {
  test.use({ viewport: { width: 390, height: 900 } });

  test('Japanese paragraphs do not end on a line of one or two characters', async ({ page }) => {
    for (const path of ['ja/', 'ja/islands/', 'ja/about/', 'ja/articles/dispute-in-brief/']) {
      await page.goto(path);
      const short = await page.locator('main p').evaluateAll((paragraphs) =>
        paragraphs.flatMap((paragraph) => {
          // Characters of the last line: the trailing ones sharing the last character's line.
          const range = document.createRange();
          const characters: { node: Text; offset: number }[] = [];
          const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const node = walker.currentNode as Text;
            for (let offset = 0; offset < node.length; offset += 1)
              if (node.data[offset]?.trim()) characters.push({ node, offset });
          }
          const top = (index: number) => {
            const { node, offset } = characters[index]!;
            range.setStart(node, offset);
            range.setEnd(node, offset + 1);
            return range.getClientRects()[0]?.top ?? 0;
          };
          const last = characters.length - 1;
          if (last < 3 || !/[\u3040-\u30ff\u4e00-\u9fff]/u.test(paragraph.textContent ?? ''))
            return [];
          const lastTop = top(last);
          let onLastLine = 0;
          for (let index = last; index >= 0 && Math.abs(top(index) - lastTop) < 4; index -= 1)
            onLastLine += 1;
          return onLastLine <= 2 && onLastLine <= last
            ? [(paragraph.textContent ?? '').trim().slice(-16)]
            : [];
        }),
      );
      expect(short, path).toEqual([]);
    }
  });

  test('the Russian place-name choices stay together on one line', async ({ page }) => {
    await page.goto('ru/');
    const tops = await page
      .locator('.naming-control label')
      .evaluateAll((labels) =>
        labels.map((label) => Math.round(label.getBoundingClientRect().top)),
      );
    expect(tops).toHaveLength(3);
    expect(new Set(tops).size).toBe(1);
  });

  test('the Russian island cards do not break По-японски at its hyphen', async ({ page }) => {
    await page.goto('ru/islands/');
    const heights = await page
      .locator('.island-card__names dt')
      .evaluateAll((terms) =>
        terms.map(
          (term) =>
            term.getBoundingClientRect().height / parseFloat(getComputedStyle(term).lineHeight),
        ),
      );
    expect(heights.length).toBeGreaterThan(0);
    for (const lines of heights) expect(lines).toBeLessThan(1.5);
  });
});

test('Japanese text is never set in italics, which Japanese faces do not have', async ({
  page,
}) => {
  for (const [path, selector] of [
    ['ja/quotes/', '.quote-card__translation'],
    ['ja/claims/', '.position__translation'],
    ['ja/map/', '.map-svg__place--sea text'],
  ] as const) {
    await page.goto(path);
    const styles = await page
      .locator(selector)
      .evaluateAll((elements) => elements.map((element) => getComputedStyle(element).fontStyle));
    expect(styles.length, `${path} ${selector}`).toBeGreaterThan(0);
    expect(new Set(styles), `${path} ${selector}`).toEqual(new Set(['normal']));
  }
});

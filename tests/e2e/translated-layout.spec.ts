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

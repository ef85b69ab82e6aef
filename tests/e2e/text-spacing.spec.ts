// No words run together on any built page: the text a reader sees (innerText, with the text CSS
// adds before and after elements, such as list separators, in the default naming choice and in
// each single-name choice) is read by the run-together check. Pages are found by walking dist/,
// so a page added later is read without listing it.
import type { Page } from '@playwright/test';
import { pagesToScan } from './support/pages.ts';
import { findRunTogether } from '../../tools/text/run-together.ts';
import { expect, test } from './support/fixtures.ts';

const PAGES = pagesToScan();
const target = (path: string) => (path === '' ? './' : path);

/** Writes the text of ::before and ::after into the page, so innerText holds what is drawn. */
async function materializeGeneratedText(page: Page): Promise<void> {
  await page.evaluate(() => {
    const inserts: [Element, 'before' | 'after', string][] = [];
    for (const element of document.body.querySelectorAll('*')) {
      for (const where of ['before', 'after'] as const) {
        const content = getComputedStyle(element, `::${where}`).content;
        const attribute = /^attr\(([\w-]+)\)$/.exec(content);
        const text = attribute
          ? (element.getAttribute(attribute[1]!) ?? '')
          : /^".*"$/.test(content)
            ? (JSON.parse(content) as string)
            : '';
        if (text) inserts.push([element, where, text]);
      }
    }
    for (const [element, where, text] of inserts) {
      if (where === 'before') element.prepend(document.createTextNode(text));
      else element.append(document.createTextNode(text));
    }
  });
}

test.describe('no run-together words', () => {
  test.describe.configure({ mode: 'parallel' });
  for (const { path } of PAGES) {
    test(`/${path}`, async ({ page }) => {
      await page.goto(target(path));
      await materializeGeneratedText(page);
      const findings: string[] = [];
      for (const naming of ['both', 'japanese', 'russian'] as const) {
        const text = await page.evaluate((choice) => {
          const root = document.documentElement;
          if (choice === 'both') delete root.dataset.naming;
          else root.dataset.naming = choice;
          return document.body.innerText;
        }, naming);
        for (const found of findRunTogether(text))
          findings.push(`${naming}: "${found.words}" in "…${found.context}…"`);
      }
      expect([...new Set(findings)], 'words with no space between them').toEqual([]);
    });
  }
});

test.describe('no run-together words without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const path of ['search/', 'about/', '404.html']) {
    test(`/${path}`, async ({ page }) => {
      await page.goto(path);
      await materializeGeneratedText(page);
      const text = await page.locator('body').innerText();
      expect(
        findRunTogether(text).map((found) => `"${found.words}" in "…${found.context}…"`),
      ).toEqual([]);
    });
  }
});

import { globSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkSmartPunctuation } from '../../../../src/lib/markdown/remark-smart-punctuation.ts';

const repo = fileURLToPath(new URL('../../../..', import.meta.url));

// Astro's smart punctuation, as `unified({ smartypants: true })` sets it up (default options).
const astros = unified().use(remarkParse).use(remarkGfm).use(remarkSmartypants, {});
const ours = unified().use(remarkParse).use(remarkGfm).use(remarkSmartPunctuation);

const transformed = (processor: typeof astros | typeof ours, markdown: string) =>
  processor.runSync(processor.parse(markdown));

/** Both plugins' trees for one document (positions included: nothing may move). */
function expectSame(markdown: string): void {
  expect(transformed(ours, markdown), markdown).toEqual(transformed(astros, markdown));
}

/** A small deterministic generator, so that a failure names a document that can be run again. */
function generator(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

// The pieces the replacements react to, and the Markdown around them that splits text nodes.
const PIECES = [
  '"',
  "'",
  '--',
  '---',
  '...',
  '. . .',
  '..',
  '``',
  "''",
  '`code "x"`',
  'word',
  'Japan',
  "Japan's",
  "'80s",
  ' ',
  ' ',
  ', ',
  '. ',
  '*em*',
  '**"strong"**',
  '[a "link"](https://example.org)',
  '[link](island:etorofu)',
  '\n\n',
  '\n\n# ',
  '\n\n| a | b |\n| - | - |\n| "c | d\' |\n\n',
  '\n\n> ',
  '\n\n- ',
  '[^n]',
  '\n\n[^n]: a "note"\n\n',
  '<abbr title="x">y</abbr>',
  'Ё',
  '択捉島',
];

describe('remarkSmartPunctuation', () => {
  it('makes the same replacements as Astro’s smartypants in the cases it handles', () => {
    const cases = [
      'He said "it is settled" and left.',
      "Japan's position, Russia's 'results of the war'.",
      'Quotes "around [a link](https://example.org) and *emphasis*" close after them.',
      'Dashes -- and triple --- dashes, ellipses... and spaced ones . . . here.',
      "Backticks ``like this'' and the '80s.",
      'Inline `code with "quotes"` keeps them, and "the quote" after it pairs.',
      '"At the start of a paragraph."\n\n"And of the next one."',
      '# "A heading"\n\n| "cell" | \'cell\' |\n| --- | --- |\n| a -- b | c... |',
      'Nothing to replace here at all.',
    ];
    for (const markdown of cases) expectSame(markdown);
    // And it does replace: the cases are not all no-ops.
    const text = JSON.stringify(transformed(ours, cases[0] ?? ''));
    expect(text).toContain('“it is settled”');
  });

  it('makes the same replacements on every article of the site', () => {
    const files = globSync('content/articles/**/*.md', { cwd: repo });
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) expectSame(readFileSync(`${repo}/${file}`, 'utf8'));
  });

  it('makes the same replacements on generated Markdown', () => {
    const random = generator(20261204);
    for (let document = 0; document < 1500; document += 1) {
      const length = 1 + Math.floor(random() * 40);
      let markdown = '';
      for (let piece = 0; piece < length; piece += 1)
        markdown += PIECES[Math.floor(random() * PIECES.length)];
      expectSame(markdown);
    }
  });
});

import { globSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkGfmByDocument } from '../../../../src/lib/markdown/remark-gfm-by-document.ts';

const repo = fileURLToPath(new URL('../../../..', import.meta.url));

const stock = unified().use(remarkParse).use(remarkGfm);
const ours = unified().use(remarkParse).use(remarkGfmByDocument);

/** Both parsers' trees for one document (positions included). */
function expectSame(markdown: string): void {
  expect(ours.parse(markdown), markdown).toEqual(stock.parse(markdown));
}

/** A small deterministic generator, so that a failure names a document that can be run again. */
function generator(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

// What GFM's autolink literals and the constructs beside them react to.
const PIECES = [
  'word ',
  'Kunashiri',
  'press@example.org',
  'a.b-c_d+e@mofa.go.jp.',
  '@',
  'x@',
  '@y',
  'mailto:',
  'www.kantei.go.jp',
  'WWW.example.com/path?q=1',
  'https://www.mid.ru/ru/',
  'http://example.org)',
  '(',
  ')',
  '_',
  '*',
  '~~',
  '.',
  ' ',
  '\n',
  '\n\n',
  '[a link](https://example.org)',
  '[press@example.org](island:etorofu)',
  '<https://example.org>',
  '`code@x.org`',
  '[^n]',
  '\n\n[^n]: a note to press@example.org\n\n',
  '\n\n| a | b@c.d |\n| - | - |\n| www.x.org | e |\n\n',
  '\n\n- [ ] ',
  '\n\n> ',
  '択捉島',
];

describe('remarkGfmByDocument', () => {
  it('parses as remark-gfm does, with and without an "@"', () => {
    const cases = [
      'Write to press@example.org or see www.mofa.go.jp and https://www.mid.ru/.',
      'No address here, only www.kantei.go.jp and http://example.org/path.',
      'Nothing but words.',
      '| a | b |\n| --- | --- |\n| c@d.org | ~~e~~ |\n\n- [x] done[^1]\n\n[^1]: A note.',
    ];
    for (const markdown of cases) expectSame(markdown);
    // The email address is a link in both: the case is not a no-op.
    expect(JSON.stringify(ours.parse(cases[0] ?? ''))).toContain(
      '"url":"mailto:press@example.org"',
    );
  });

  it('parses every article of the site as remark-gfm does', () => {
    const files = globSync('content/articles/**/*.md', { cwd: repo });
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) expectSame(readFileSync(`${repo}/${file}`, 'utf8'));
  });

  it('parses generated Markdown as remark-gfm does', () => {
    const random = generator(20261206);
    for (let document = 0; document < 1500; document += 1) {
      const length = 1 + Math.floor(random() * 40);
      let markdown = '';
      for (let piece = 0; piece < length; piece += 1)
        markdown += PIECES[Math.floor(random() * PIECES.length)];
      expectSame(markdown);
    }
  });

  it('leaves the email construct out of a document without an "@" only', () => {
    const processor = unified().use(remarkParse).use(remarkGfmByDocument).freeze();
    const hasEmailConstruct = () =>
      JSON.stringify(processor.data('micromarkExtensions'), (key, value: unknown) =>
        key === 'tokenize' ? undefined : value,
      ).includes('"name":"emailAutolink"');
    processor.parse('See www.mofa.go.jp.');
    expect(hasEmailConstruct()).toBe(false);
    processor.parse('Write to press@example.org.');
    expect(hasEmailConstruct()).toBe(true);
  });

  it('needs remark-parse before it', () => {
    expect(() => unified().use(remarkGfmByDocument).freeze()).toThrow(/after remark-parse/);
  });
});

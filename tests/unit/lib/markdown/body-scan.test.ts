import { describe, expect, it } from 'vitest';
import { scanArticleBody } from '../../../../src/lib/markdown/body-scan.ts';

describe('scanArticleBody', () => {
  it('keeps the anchors rehype will give headings and footnotes', () => {
    const scan = scanArticleBody(
      '## The 1956 Declaration\n\nText.[^a]\n\n## The 1956 Declaration\n\n[^a]: A note.',
    );
    expect(new Set(scan.anchors)).toEqual(
      new Set([
        'the-1956-declaration',
        'the-1956-declaration-1',
        'user-content-fnref-a',
        'user-content-fn-a',
        'footnote-label',
      ]),
    );
  });

  it('keeps every link, image and definition target and every piece of raw HTML, with its place', () => {
    const body = [
      'See [the treaty](event:treaty-1855) and ![a map](/map.png).',
      '',
      '<div>raw</div>',
      '',
      'Inline <b>bold</b> and a [reference][r].',
      '',
      '[r]: https://example.org/r',
    ].join('\n');
    expect(scanArticleBody(body).items).toEqual([
      { kind: 'link', line: 1, column: 5, value: 'event:treaty-1855' },
      { kind: 'link', line: 1, column: 41, value: '/map.png' },
      { kind: 'html', line: 3, column: 1, value: '<div>raw</div>' },
      { kind: 'html', line: 5, column: 8, value: '<b>' },
      { kind: 'html', line: 5, column: 15, value: '</b>' },
      { kind: 'link', line: 7, column: 1, value: 'https://example.org/r' },
    ]);
  });

  it('is plain data that survives a structured clone (it crosses to worker threads)', () => {
    const scan = scanArticleBody('# Title\n\n[a](https://example.org)');
    expect(structuredClone(scan)).toEqual(scan);
  });
});

import { describe, expect, it } from 'vitest';
import {
  countWords,
  publishedDate,
  readingMinutes,
  tableOfContents,
  toJsDate,
} from '../../../src/lib/articles.ts';

describe('countWords', () => {
  it('counts prose, not link targets, footnote markers or definitions', () => {
    const body = [
      '## A heading here',
      '',
      'Japan and [Russia](actor:putin) disagree.[^1]',
      '',
      '[^1]: [A source with a long title](source:x).',
    ].join('\n');
    expect(countWords(body)).toBe(7);
  });

  it('reads at least one minute and about 220 words a minute', () => {
    expect(readingMinutes('one two')).toBe(1);
    expect(readingMinutes(Array.from({ length: 1100 }, () => 'word').join(' '))).toBe(5);
  });
});

describe('tableOfContents', () => {
  it('keeps h2 and h3 and leaves out the footnotes heading', () => {
    const headings = [
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'b', text: 'B' },
      { depth: 4, slug: 'c', text: 'C' },
      { depth: 2, slug: 'footnote-label', text: 'Notes and sources' },
    ];
    expect(tableOfContents(headings).map((heading) => heading.slug)).toEqual(['a', 'b']);
  });
});

describe('dates of articles', () => {
  it('formats the published day for readers and machines', () => {
    expect(publishedDate({ year: 2026, month: 11, day: 27 })).toEqual({
      text: '27 November 2026',
      iso: '2026-11-27',
    });
    expect(toJsDate({ year: 2026, month: 11, day: 27 }).toISOString()).toBe(
      '2026-11-27T00:00:00.000Z',
    );
  });
});

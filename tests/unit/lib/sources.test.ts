import { describe, expect, it } from 'vitest';
import {
  accessedText,
  citationCount,
  pageCitations,
  citationLabel,
  compareSources,
  groupSourcesByKind,
  sourceHost,
  sourceKindAnchor,
} from '../../../src/lib/sources.ts';
import type { Citations } from '../../../src/lib/facts-index.ts';
import type { Source } from '../../../src/schemas/source.ts';

const point = (year: number, month?: number) => ({
  kind: 'point' as const,
  start: { year, month },
  approximate: false,
});
const source = (title: string, kind: Source['kind'], year?: number, publisher = 'P') => ({
  title,
  kind,
  publisher,
  date: year === undefined ? undefined : point(year),
});

describe('groupSourcesByKind', () => {
  it('lists kinds in the bibliography order and leaves out empty ones', () => {
    const groups = groupSourcesByKind([
      source('Yalta', 'treaty', 1945),
      source('Report', 'news', 2016),
      source('Outlines', 'dataset'),
      source('Facts page', 'government', 2020),
    ]);
    expect(groups.map((group) => group.heading)).toEqual([
      'News reports',
      'Government documents',
      'Treaties and agreements',
      'Datasets',
    ]);
  });

  it('gives the headings in the language asked for, in the same order', () => {
    const sources = [source('Yalta', 'treaty', 1945), source('Report', 'news', 2016)];
    expect(groupSourcesByKind(sources, 'ja').map((group) => group.heading)).toEqual([
      '報道',
      '条約・協定',
    ]);
    expect(groupSourcesByKind(sources, 'ru').map((group) => group.kind)).toEqual([
      'news',
      'treaty',
    ]);
  });

  it('orders each kind oldest first, with undated sources last', () => {
    const [treaties] = groupSourcesByKind([
      source('Yalta', 'treaty', 1945),
      source('Undated', 'treaty'),
      source('Shimoda', 'treaty', 1855),
    ]);
    expect(treaties!.sources.map((entry) => entry.title)).toEqual(['Shimoda', 'Yalta', 'Undated']);
  });
});

describe('compareSources', () => {
  it('breaks ties by publisher, then title', () => {
    expect(
      compareSources(source('B', 'news', 2018, 'TASS'), source('A', 'news', 2018, 'Jiji Press')),
    ).toBeGreaterThan(0);
    expect(
      compareSources(source('A', 'news', undefined, 'X'), source('B', 'news', undefined, 'X')),
    ).toBeLessThan(0);
  });
});

describe('citationCount', () => {
  it('adds up every kind of citing entry', () => {
    const citations = {
      islands: [1],
      actors: [],
      events: [1, 2],
      quotes: [1, 2, 3],
      claims: [1],
      articles: [1],
    } as unknown as Citations;
    expect(citationCount(citations)).toBe(8);
  });
});

describe('sourceHost', () => {
  it('gives the host without www', () => {
    expect(sourceHost('https://www.mofa.go.jp/erp/rss/northern/page1we_000017.html')).toBe(
      'mofa.go.jp',
    );
    expect(sourceHost('https://en.wikipedia.org/wiki/Iturup')).toBe('en.wikipedia.org');
  });
});

describe('sourceKindAnchor', () => {
  it('prefixes the kind so it never collides with a source anchor', () => {
    expect(sourceKindAnchor('news')).toBe('kind-news');
  });
});

describe('citationLabel', () => {
  it('names a treaty by its title and other sources by publisher and title', () => {
    expect(
      citationLabel({
        kind: 'treaty',
        title: 'Treaty of Portsmouth',
        publisher: 'Japan and Russia',
      }),
    ).toBe('Treaty of Portsmouth');
    expect(citationLabel({ kind: 'news', title: 'A report', publisher: 'Kyodo News' })).toBe(
      'Kyodo News: A report',
    );
    expect(
      citationLabel({
        kind: 'dataset',
        title: 'Natural Earth 1:10m land',
        publisher: 'Natural Earth',
      }),
    ).toBe('Natural Earth 1:10m land');
  });
});

describe('pageCitations', () => {
  it('lists the map under the outlines source, which no fact entry names', () => {
    expect(pageCitations('natural-earth')).toEqual([
      { label: expect.stringContaining('map'), path: '/map/' },
    ]);
    expect(pageCitations('mofa-northern-territories')).toEqual([]);
  });
});

describe('accessedText', () => {
  it('says the day the copy was read', () => {
    expect(accessedText({ accessed: { year: 2026, month: 12, day: 2 } })).toBe(
      'read 2 December 2026',
    );
  });

  it('says nothing for a source nobody recorded reading', () => {
    expect(accessedText({})).toBeUndefined();
  });

  it('writes the day in Japanese and Russian', () => {
    const accessed = { year: 2026, month: 12, day: 2 };
    expect(accessedText({ accessed }, 'ja')).toBe('2026年12月2日閲覧');
    expect(accessedText({ accessed }, 'ru')).toBe('дата обращения: 2 декабря 2026 г.');
  });
});

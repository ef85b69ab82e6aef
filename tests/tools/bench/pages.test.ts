import { describe, expect, it } from 'vitest';
import { PAGE_TYPES, builtPagePaths, resolvePagePath } from '../../../tools/bench/pages.ts';

describe('PAGE_TYPES', () => {
  it('names each page type once, with a trailing-slash path', () => {
    const ids = PAGE_TYPES.map((page) => page.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const page of PAGE_TYPES) expect(page.path).toMatch(/^\/(.*\/)?$/);
  });

  it('covers the page types of the brief in every language: home, island, timeline, article, quotes, search, map', () => {
    const english = ['home', 'island', 'timeline', 'article', 'quotes', 'search', 'map'];
    expect(PAGE_TYPES.map((page) => page.id)).toEqual([
      ...english,
      ...english.map((id) => `${id}-ja`),
      ...english.map((id) => `${id}-ru`),
    ]);
    expect(PAGE_TYPES.find((page) => page.id === 'island-ja')?.path).toBe('/ja/islands/etorofu/');
  });

  it('holds map pages and the search page apart from reading pages', () => {
    const kind = (id: string) => PAGE_TYPES.find((page) => page.id === id)?.kind;
    expect(['home', 'island', 'map'].map(kind)).toEqual(['map', 'map', 'map']);
    expect(['timeline', 'article', 'quotes'].map(kind)).toEqual(['reading', 'reading', 'reading']);
    expect(kind('search')).toBe('search');
  });

  it('has Lighthouse audit the same page types in every language', () => {
    const audited = PAGE_TYPES.filter((page) => page.lighthouse).map((page) => page.id);
    expect(audited).toEqual(
      ['', '-ja', '-ru'].flatMap((suffix) =>
        ['home', 'island', 'timeline', 'article'].map((id) => `${id}${suffix}`),
      ),
    );
  });
});

describe('builtPagePaths', () => {
  it('turns index.html files into trailing-slash paths and leaves other files out', () => {
    expect(
      builtPagePaths([
        'index.html',
        'articles/b/index.html',
        'articles/index.html',
        '404.html',
        'articles\\a\\index.html',
        'rss.xml',
      ]),
    ).toEqual(['/', '/articles/', '/articles/a/', '/articles/b/']);
  });
});

describe('resolvePagePath', () => {
  const built = ['/', '/articles/', '/articles/zeta/', '/articles/alpha/', '/islands/etorofu/'];

  it('returns a fixed path when it was built, and undefined when it was not', () => {
    expect(resolvePagePath('/islands/etorofu/', built)).toBe('/islands/etorofu/');
    expect(resolvePagePath('/timeline/', built)).toBeUndefined();
  });

  it('resolves a * segment to the first matching page in alphabetical order, never the list page', () => {
    expect(resolvePagePath('/articles/*/', built)).toBe('/articles/alpha/');
    expect(resolvePagePath('/actors/*/', built)).toBeUndefined();
  });

  it('treats other characters of the pattern literally', () => {
    expect(resolvePagePath('/a.b/*/', ['/axb/c/'])).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import {
  excerptCuts,
  SEARCH_KINDS,
  isSearchKind,
  matchedWordsContain,
  normalizeWord,
  queryTerms,
  searchKindForPath,
  wordsAt,
} from '../../../src/lib/search.ts';

describe('searchKindForPath', () => {
  it('files each kind of page under its kind, list pages included', () => {
    expect(searchKindForPath('/articles/dispute-in-brief/')).toBe('Article');
    expect(searchKindForPath('/articles/')).toBe('Article');
    expect(searchKindForPath('/islands/etorofu/')).toBe('Island');
    expect(searchKindForPath('/timeline/')).toBe('Event');
    expect(searchKindForPath('/actors/putin/')).toBe('Actor');
    expect(searchKindForPath('/quotes/')).toBe('Quote');
    expect(searchKindForPath('/sources/')).toBe('Source');
    expect(searchKindForPath('/claims/')).toBe('Claim');
  });

  it('gives pages of no kind none', () => {
    expect(searchKindForPath('/')).toBeUndefined();
    expect(searchKindForPath('/about/')).toBeUndefined();
    expect(searchKindForPath('/map/')).toBeUndefined();
    expect(searchKindForPath('/articlesx/')).toBeUndefined();
  });

  it('offers every kind it files pages under', () => {
    expect(SEARCH_KINDS.map((kind) => kind.value)).toEqual([
      'Article',
      'Island',
      'Event',
      'Actor',
      'Quote',
      'Source',
      'Claim',
    ]);
    expect(isSearchKind('Island')).toBe(true);
    expect(isSearchKind('island')).toBe(false);
    expect(isSearchKind('')).toBe(false);
    expect(isSearchKind(null)).toBe(false);
  });
});

describe('query words', () => {
  it('folds case, diacritics and surrounding punctuation', () => {
    expect(normalizeWord('“Shikotan-tō.”')).toBe('shikotan-to');
    expect(normalizeWord('ИТУРУП,')).toBe('итуруп');
    expect(normalizeWord('色丹島。')).toBe('色丹島');
  });

  it('splits a query into distinct words', () => {
    expect(queryTerms('  Yalta  yalta 1945 ')).toEqual(['yalta', '1945']);
    expect(queryTerms(' … ')).toEqual([]);
  });
});

describe('matchedWordsContain', () => {
  it('accepts a whole word or the start of one', () => {
    expect(matchedWordsContain('Shikotan', ['Shikotan.'])).toBe(true);
    expect(matchedWordsContain('shiko', ['Shikotan-tō'])).toBe(true);
    expect(matchedWordsContain('色丹', ['色丹島'])).toBe(true);
    expect(matchedWordsContain('итуруп', ['Итуруп.'])).toBe(true);
  });

  it('rejects Pagefind’s fallback to a shorter word', () => {
    expect(matchedWordsContain('Yaltax', ['Yalta', 'Yalta;'])).toBe(false);
    expect(matchedWordsContain('kunashirovich', ['Kunashiri'])).toBe(false);
    expect(matchedWordsContain('anything', [])).toBe(false);
  });
});

describe('wordsAt', () => {
  it('reads the words at Pagefind’s locations, as it counts them', () => {
    expect(wordsAt('Treaty of Shimoda. 7 February  1855', [0, 2, 5, 9])).toEqual([
      'Treaty',
      'Shimoda.',
      '1855',
    ]);
  });
});

describe('excerptCuts', () => {
  const content =
    'Shikotan lies east of Habomai. Its area is 251 km². The village is Malokurilskoye.';

  it('marks an excerpt from the middle as cut at both ends', () => {
    expect(excerptCuts(content, 'Its area is 251 km².')).toEqual({ before: true, after: true });
  });

  it('does not mark the start or the end of the text', () => {
    expect(excerptCuts(content, 'Shikotan lies east of Habomai.')).toEqual({
      before: false,
      after: true,
    });
    expect(excerptCuts(content, 'The village is Malokurilskoye.')).toEqual({
      before: true,
      after: false,
    });
    expect(excerptCuts(content, content)).toEqual({ before: false, after: false });
  });

  it('reads whitespace as Pagefind does and judges by the ends when the words differ', () => {
    expect(excerptCuts('A  b\n c d', 'b c')).toEqual({ before: true, after: true });
    expect(excerptCuts(content, 'Its area is 251 km2 and more')).toEqual({
      before: true,
      after: true,
    });
    expect(excerptCuts(content, '')).toEqual({ before: false, after: false });
  });
});

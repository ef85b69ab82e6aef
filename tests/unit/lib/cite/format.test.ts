import { describe, expect, it } from 'vitest';
import {
  bibtexEscape,
  bibtexKey,
  contentVersion,
  cslItem,
  dayParts,
  formatBibtex,
  formatCslJson,
  formatReference,
  longDay,
  type Citable,
} from '../../../../src/lib/cite/format.ts';

const item: Citable = {
  title: 'The four islands',
  siteName: 'Four Islands',
  url: 'https://example.org/articles/the-four-islands/',
  versionDate: '2026-12-02',
  version: 'a1b2c3d4e5f6',
  key: { kind: 'article', id: 'the-four-islands' },
};

describe('dates', () => {
  it('reads an ISO day and writes it long', () => {
    expect(dayParts('2026-12-02')).toEqual([2026, 12, 2]);
    expect(longDay('2026-01-09')).toBe('9 January 2026');
    expect(longDay('2026-01-09', 'ja')).toBe('2026年1月9日');
    expect(longDay('2026-01-09', 'ru')).toBe('9 января 2026 г.');
  });

  it('refuses what is not a calendar day', () => {
    expect(() => dayParts('2026-02-30')).toThrow(/real calendar day/);
    expect(() => dayParts('2 December 2026')).toThrow(/YYYY-MM-DD/);
  });
});

describe('reference', () => {
  it('names title, site, version day and hash, URL and a blank for the access day', () => {
    expect(formatReference(item)).toBe(
      '“The four islands”. Four Islands, version of 2 December 2026 (a1b2c3d4e5f6). ' +
        'https://example.org/articles/the-four-islands/ (accessed: ____).',
    );
  });

  it('is written in the page language, with the same parts', () => {
    expect(formatReference(item, 'ja')).toBe(
      '「The four islands」Four Islands、2026年12月2日版（a1b2c3d4e5f6）。' +
        'https://example.org/articles/the-four-islands/（閲覧日：____）。',
    );
    expect(formatReference(item, 'ru')).toBe(
      '«The four islands». Four Islands, версия от 2 декабря 2026 г. (a1b2c3d4e5f6). ' +
        'https://example.org/articles/the-four-islands/ (дата обращения: ____).',
    );
  });
});

describe('BibTeX', () => {
  it('escapes every special character', () => {
    expect(bibtexEscape('{a} 50% & b_c #1 $x ^ ~ \\')).toBe(
      '\\{a\\} 50\\% \\& b\\_c \\#1 \\$x \\textasciicircum{} \\textasciitilde{} \\textbackslash{}',
    );
  });

  it('collapses line breaks', () => {
    expect(bibtexEscape(' one\n  two ')).toBe('one two');
  });

  it('makes an ASCII key', () => {
    expect(bibtexKey({ ...item, key: { kind: 'island', id: 'etorofu' } })).toBe(
      'four-islands-island-etorofu',
    );
    expect(bibtexKey({ ...item, key: { kind: 'timeline', id: 'timeline' } })).toBe(
      'four-islands-timeline',
    );
    expect(bibtexKey({ ...item, siteName: 'Étoile & co' })).toBe(
      'etoile-co-article-the-four-islands',
    );
  });

  it('writes an @online entry with escaped fields and a usable URL', () => {
    const entry = formatBibtex({
      ...item,
      title: 'Tariffs & 100% {quotes} #2',
      url: 'https://example.org/timeline/#event-x',
    });
    expect(entry.startsWith('@online{four-islands-article-the-four-islands,\n')).toBe(true);
    expect(entry).toContain('title        = {Tariffs \\& 100\\% \\{quotes\\} \\#2}');
    expect(entry).toContain('url          = {https://example.org/timeline/\\#event-x}');
    expect(entry).toContain('date         = {2026-12-02}');
    expect(entry).toContain('version      = {a1b2c3d4e5f6}');
    expect(entry.endsWith('\n}')).toBe(true);
    // Braces balance, whatever the title held.
    const unescaped = entry.replace(/\\[{}]/g, '');
    expect(unescaped.split('{').length).toBe(unescaped.split('}').length);
  });
});

describe('CSL-JSON', () => {
  it('has the shape reference managers read', () => {
    expect(cslItem(item)).toEqual({
      id: 'four-islands-article-the-four-islands',
      type: 'webpage',
      title: 'The four islands',
      'container-title': 'Four Islands',
      publisher: 'Four Islands',
      author: [{ literal: 'Four Islands' }],
      URL: 'https://example.org/articles/the-four-islands/',
      version: 'a1b2c3d4e5f6',
      issued: { 'date-parts': [[2026, 12, 2]] },
    });
  });

  it('is an array of one item, valid JSON whatever the title', () => {
    const text = formatCslJson({ ...item, title: 'A "quoted" </script> title' });
    const parsed = JSON.parse(text) as { title: string }[];
    expect(parsed).toHaveLength(1);
    expect(parsed[0]!.title).toBe('A "quoted" </script> title');
  });
});

describe('content version', () => {
  it('is 12 hex digits that change with the text', () => {
    const a = contentVersion(['one']);
    expect(a).toMatch(/^[0-9a-f]{12}$/);
    expect(contentVersion(['one'])).toBe(a);
    expect(contentVersion(['one!'])).not.toBe(a);
    // Parts are length-prefixed, so moving a boundary changes the hash.
    expect(contentVersion(['ab', 'c'])).not.toBe(contentVersion(['a', 'bc']));
  });
});

import { describe, expect, it } from 'vitest';
import { articleNode } from '../../../../src/lib/structured-data/article.ts';
import { PartialDateSchema } from '../../../../src/schemas/date.ts';
import { abs, etorofu, mofa, ROOT, shimoda } from './fixtures.ts';

const article = articleNode(abs, {
  slug: 'the-four-islands',
  title: 'The four islands',
  description: 'What they are.',
  published: PartialDateSchema.parse('2026-11-27'),
  versionDate: '2026-12-02',
  sources: [mofa, shimoda],
  islands: [etorofu],
});

describe('articleNode', () => {
  it('is an Article of its page, in English, published and last changed on the record’s days', () => {
    expect(article).toMatchObject({
      '@type': 'Article',
      '@id': `${ROOT}articles/the-four-islands/#article`,
      headline: 'The four islands',
      description: 'What they are.',
      datePublished: '2026-11-27',
      dateModified: '2026-12-02',
      inLanguage: 'en',
      url: `${ROOT}articles/the-four-islands/`,
      mainEntityOfPage: { '@id': `${ROOT}articles/the-four-islands/` },
    });
  });

  it('is written and published by the site', () => {
    expect(article.author).toEqual({ '@id': `${ROOT}#organization` });
    expect(article.publisher).toEqual({ '@id': `${ROOT}#organization` });
  });

  it('cites each source, with an address only where the source has one', () => {
    const citations = article.citation as Record<string, unknown>[];
    expect(citations.map((work) => work.name)).toEqual([mofa.title, shimoda.title]);
    expect(citations[0]!.url).toBe(mofa.url);
    expect(citations[1]).not.toHaveProperty('url');
  });

  it('is about the Places of its islands', () => {
    expect(article.about).toEqual([
      { '@type': 'Place', '@id': `${ROOT}islands/etorofu/#place`, name: 'Etorofu (Iturup)' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { sourceWork } from '../../../../src/lib/structured-data/source.ts';
import { abs, mofa, ROOT, shimoda } from './fixtures.ts';

describe('sourceWork', () => {
  it('is a CreativeWork at its anchor on the sources page, with its address and language', () => {
    expect(sourceWork(abs, mofa)).toEqual({
      '@type': 'CreativeWork',
      '@id': `${ROOT}sources/#source-mofa`,
      name: 'Northern Territories',
      publisher: { '@type': 'Organization', name: 'Ministry of Foreign Affairs of Japan' },
      url: mofa.url,
      inLanguage: 'en',
    });
  });

  it('has no url when the fact file has none, and a range’s first day as its date', () => {
    const work = sourceWork(abs, shimoda);
    expect(work).not.toHaveProperty('url');
    expect(work).not.toHaveProperty('inLanguage');
    expect(work.datePublished).toBe('1855-02-07');
  });
});

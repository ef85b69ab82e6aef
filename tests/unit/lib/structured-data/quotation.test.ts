import { describe, expect, it } from 'vitest';
import { quotationNode } from '../../../../src/lib/structured-data/quotation.ts';
import { abs, actor, island, quote, ROOT, source } from './fixtures.ts';

const lookups = { actor, source, island };

describe('quotationNode', () => {
  const node = quotationNode(abs, quote, lookups);

  it('is a Quotation at its anchor, its words in English and in the original language', () => {
    expect(node).toMatchObject({
      '@type': 'Quotation',
      '@id': `${ROOT}quotes/#quote-putin-sovereign-territory`,
      text: [
        { '@value': quote.text, '@language': 'en' },
        { '@value': quote.original!.text, '@language': 'ru' },
      ],
      dateCreated: '2016-12-15',
      description: quote.context,
    });
  });

  it('is attributed to the speaker’s node, as creator and as speaker', () => {
    const speaker = {
      '@type': 'Person',
      '@id': `${ROOT}actors/putin/#actor`,
      name: 'Vladimir Putin',
    };
    expect(node.creator).toEqual(speaker);
    expect(node.spokenByCharacter).toEqual(speaker);
  });

  it('is based on the source of the English and the source of the original', () => {
    const based = node.isBasedOn as Record<string, unknown>[];
    expect(based.map((work) => work['@id'])).toEqual([
      `${ROOT}sources/#source-mofa`,
      `${ROOT}sources/#source-tass`,
    ]);
  });

  it('names the site as translator only of a translation the site made', () => {
    expect(node.translator).toEqual({ '@id': `${ROOT}#organization` });
    const plain = quotationNode(
      abs,
      { ...quote, original: undefined, translation: undefined },
      lookups,
    );
    expect(plain).not.toHaveProperty('translator');
    expect(plain.text).toEqual([{ '@value': quote.text, '@language': 'en' }]);
    expect((plain.isBasedOn as unknown[]).length).toBe(1);
  });

  it('gives the same source once when the original is read in it too', () => {
    const same = quotationNode(
      abs,
      { ...quote, original: { ...quote.original!, source: 'mofa' } },
      lookups,
    );
    expect((same.isBasedOn as unknown[]).length).toBe(1);
  });
});

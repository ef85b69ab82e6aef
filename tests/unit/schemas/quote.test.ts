import { describe, expect, it } from 'vitest';
import { findReferences } from '../../../src/schemas/index.ts';
import { QuoteSchema } from '../../../src/schemas/quote.ts';

const base = {
  id: 'putin-example',
  text: 'An example of words spoken.',
  speaker: 'putin',
  date: '2016-11-21',
  context: 'At a news conference.',
  source: 'example-news',
};

const issues = (input: unknown) => {
  const result = QuoteSchema.safeParse(input);
  expect(result.success).toBe(false);
  return result.error!.issues.map((issue) => ({
    path: issue.path.join('.'),
    message: issue.message,
  }));
};

describe('QuoteSchema: original words and translation', () => {
  it('accepts an English quote with neither field', () => {
    const quote = QuoteSchema.parse(base);
    expect(quote.original).toBeUndefined();
    expect(quote.translation).toBeUndefined();
  });

  it('keeps the original with its language and source, and whose translation the English is', () => {
    const quote = QuoteSchema.parse({
      ...base,
      original: { language: 'ru', text: 'Пример сказанных слов.', source: 'example-ru' },
      translation: { by: 'site', note: 'Translated for this site.' },
    });
    expect(quote.original).toEqual({
      language: 'ru',
      text: 'Пример сказанных слов.',
      source: 'example-ru',
    });
    expect(quote.translation).toEqual({ by: 'site', note: 'Translated for this site.' });
    expect(findReferences(QuoteSchema, quote)).toContainEqual({
      path: ['original', 'source'],
      collection: 'sources',
      id: 'example-ru',
    });
  });

  it('refuses an original without its language', () => {
    expect(
      issues({
        ...base,
        original: { text: 'Пример.', source: 'example-ru' },
        translation: { by: 'source' },
      }),
    ).toEqual([{ path: 'original.language', message: expect.any(String) }]);
  });

  it('refuses a language that is not a BCP 47 tag', () => {
    expect(
      issues({
        ...base,
        original: { language: 'Russian', text: 'Пример.', source: 'example-ru' },
        translation: { by: 'source' },
      }),
    ).toEqual([
      { path: 'original.language', message: 'a language is a BCP 47 tag such as `ja` or `ru`' },
    ]);
  });

  it('refuses an original without a source, and unknown fields in it', () => {
    expect(
      issues({
        ...base,
        original: { language: 'ja', text: '例。' },
        translation: { by: 'official' },
      }).map((issue) => issue.path),
    ).toEqual(['original.source']);
    expect(
      issues({
        ...base,
        original: { language: 'ja', text: '例。', source: 's', lang: 'ja' },
        translation: { by: 'official' },
      }).map((issue) => issue.path),
    ).toEqual(['original']);
  });

  it('asks whose translation the English is when the original is kept', () => {
    expect(
      issues({ ...base, original: { language: 'ja', text: '例。', source: 'example-ja' } }),
    ).toEqual([{ path: 'translation', message: expect.stringContaining('needs a `translation`') }]);
  });

  it('refuses a translation by this site without the words it was made from', () => {
    expect(issues({ ...base, translation: { by: 'site' } })).toEqual([
      { path: 'translation.by', message: expect.stringContaining('needs the `original` words') },
    ]);
  });

  it('accepts an official or source translation without the original (the original is not always stored)', () => {
    expect(
      QuoteSchema.parse({
        ...base,
        translation: { by: 'official', note: 'Provisional translation' },
      }).translation?.by,
    ).toBe('official');
    expect(QuoteSchema.parse({ ...base, translation: { by: 'source' } }).translation?.by).toBe(
      'source',
    );
  });

  it('refuses a translator that is not one of the three', () => {
    expect(issues({ ...base, translation: { by: 'google' } }).map((issue) => issue.path)).toEqual([
      'translation.by',
    ]);
  });
});

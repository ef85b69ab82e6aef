import { describe, expect, it } from 'vitest';
import {
  displayQuoteText,
  fragmentEllipses,
  groupQuotesBySpeaker,
  languageName,
  quoteMarks,
  quoteSnippet,
  quotedText,
  speakerAnchor,
  translationLine,
} from '../../../src/lib/quotes.ts';

describe('groupQuotesBySpeaker', () => {
  it('groups by speaker in the order each speaker first appears, keeping quote order', () => {
    const groups = groupQuotesBySpeaker([
      { id: 'a1', speaker: 'abe' },
      { id: 'd1', speaker: 'diplomat' },
      { id: 'a2', speaker: 'abe' },
      { id: 'p1', speaker: 'putin' },
    ]);
    expect(groups.map((group) => group.speaker)).toEqual(['abe', 'diplomat', 'putin']);
    expect(groups[0]!.quotes.map((quote) => quote.id)).toEqual(['a1', 'a2']);
  });

  it('gives no groups for no quotes', () => {
    expect(groupQuotesBySpeaker([])).toEqual([]);
  });
});

describe('fragmentEllipses', () => {
  it('marks nothing on a whole sentence', () => {
    expect(
      fragmentEllipses({
        text: 'We believe that now they are part of Russia’s sovereign territory.',
        fragment: false,
      }),
    ).toEqual({
      before: false,
      after: false,
    });
  });

  it('marks both ends of a fragment that stops mid-sentence', () => {
    expect(fragmentEllipses({ text: 'not be easy', fragment: true })).toEqual({
      before: true,
      after: true,
    });
    expect(
      fragmentEllipses({
        text: 'greater mutual trust, and trust can be strengthened through broader cooperation,',
        fragment: true,
      }),
    ).toEqual({
      before: true,
      after: true,
    });
  });

  it('leaves the end of a fragment that finishes the sentence', () => {
    expect(
      fragmentEllipses({
        text: 'without the fear of criticism from the United States.',
        fragment: true,
      }),
    ).toEqual({
      before: true,
      after: false,
    });
    expect(fragmentEllipses({ text: 'is it?”', fragment: true }).after).toBe(false);
  });
});

describe('quotedText', () => {
  it('adds quotation marks and the ellipses, changing no word, only a trailing comma', () => {
    expect(quotedText({ text: 'not be easy', fragment: true })).toBe('“…not be easy…”');
    expect(quotedText({ text: 'Making a big step is not easy,', fragment: false })).toBe(
      '“Making a big step is not easy.”',
    );
  });
});

describe('speakerAnchor', () => {
  it('prefixes the actor id so it never collides with a quote anchor', () => {
    expect(speakerAnchor('putin')).toBe('speaker-putin');
  });
});

describe('quoteSnippet', () => {
  it('keeps a short quote whole', () => {
    expect(quoteSnippet({ text: 'not be easy', fragment: true })).toBe('“…not be easy…”');
  });

  it('cuts a long quote after a number of words and marks the cut', () => {
    const text =
      'As the (Yamaguchi) summit gets closer and closer, the Japanese side has become more and more alarmed';
    expect(quoteSnippet({ text, fragment: false }, 6)).toBe(
      '“As the (Yamaguchi) summit gets closer…”',
    );
    expect(
      quoteSnippet(
        { text: 'greater mutual trust, and trust can be strengthened', fragment: true },
        3,
      ),
    ).toBe('“…greater mutual trust…”');
  });
});

describe('original words and translations', () => {
  it('names languages in English and falls back to the tag', () => {
    expect(languageName('ja')).toBe('Japanese');
    expect(languageName('ru')).toBe('Russian');
    expect(languageName('qaa-x')).toBe('qaa-x');
  });

  it('uses each language’s own quotation marks', () => {
    expect(quoteMarks('ja')).toEqual({ open: '「', close: '」' });
    expect(quoteMarks('ru')).toEqual({ open: '«', close: '»' });
    expect(quoteMarks('en')).toEqual({ open: '“', close: '”' });
  });

  it('says whose translation the English is', () => {
    const original = { language: 'ru', text: 'Слова.', source: 's' };
    expect(translationLine({ translation: undefined, original: undefined })).toBeUndefined();
    expect(
      translationLine(
        { translation: { by: 'official', note: 'provisional translation' } },
        'Japan',
      ),
    ).toBe('English: official translation by the government of Japan (provisional translation).');
    expect(translationLine({ translation: { by: 'source' }, original })).toBe(
      'English: as the source translates it from the Russian.',
    );
    expect(translationLine({ translation: { by: 'site' }, original })).toBe(
      'English: translated for this site from the Russian.',
    );
  });

  it('names languages and says whose translation it is in Japanese and Russian', () => {
    const original = { language: 'ru', text: 'Слова.', source: 's' };
    expect(languageName('ru', 'ja')).toBe('ロシア語');
    expect(languageName('ja', 'ru')).toBe('японский');
    expect(translationLine({ translation: { by: 'official', note: 'note' } }, '日本', 'ja')).toBe(
      '英訳：日本政府による公式訳（note）。',
    );
    expect(translationLine({ translation: { by: 'site' }, original }, undefined, 'ja')).toBe(
      '英訳：本サイトによるロシア語からの翻訳。',
    );
    expect(translationLine({ translation: { by: 'official' } }, 'Японии', 'ru')).toBe(
      'Английский текст: официальный перевод правительства Японии.',
    );
    expect(translationLine({ translation: { by: 'source' }, original }, undefined, 'ru')).toBe(
      'Английский текст: перевод с русского, приведённый в источнике.',
    );
  });
});

describe('fragmentEllipses in Japanese', () => {
  it('treats 。 as the end of a sentence', () => {
    expect(fragmentEllipses({ text: '誠に遺憾です。', fragment: true })).toEqual({
      before: true,
      after: false,
    });
    expect(fragmentEllipses({ text: '最優先事項の一つであり、', fragment: true })).toEqual({
      before: true,
      after: true,
    });
  });
});

describe('displayQuoteText', () => {
  it('ends a whole sentence that the report left on a comma with a full stop', () => {
    const quote = { text: 'I hope to steadily move forward step by step,', fragment: false };
    expect(displayQuoteText(quote)).toBe('I hope to steadily move forward step by step.');
    expect(quotedText(quote)).toBe('“I hope to steadily move forward step by step.”');
    expect(quote.text).toBe('I hope to steadily move forward step by step,');
  });

  it('drops a fragment’s trailing comma, semicolon or colon before its ellipsis', () => {
    expect(
      quotedText({
        text: 'trust can be strengthened through broader cooperation,',
        fragment: true,
      }),
    ).toBe('“…trust can be strengthened through broader cooperation…”');
    expect(displayQuoteText({ text: 'as follows:', fragment: true })).toBe('as follows');
  });

  it('leaves words that end on their own mark alone', () => {
    expect(displayQuoteText({ text: 'It will not be easy.', fragment: false })).toBe(
      'It will not be easy.',
    );
    expect(displayQuoteText({ text: 'Is it over?', fragment: false })).toBe('Is it over?');
    expect(displayQuoteText({ text: 'no comma here', fragment: true })).toBe('no comma here');
  });
});

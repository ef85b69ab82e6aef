import { describe, expect, it } from 'vitest';
import {
  applyEntryTranslation,
  checkEntryTranslation,
  patternOf,
  siteTranslationOf,
  translationSlots,
  type TranslatedFields,
} from '../../../src/i18n/fact-translations.ts';

const actorFields: TranslatedFields = { text: ['name', 'summary', 'roles[].title'] };
const actor = {
  id: 'yoshida',
  name: 'Shigeru Yoshida',
  summary: 'Prime Minister of Japan.',
  roles: [
    { title: 'Prime Minister of Japan', start: { year: 1946 } },
    { title: 'Foreign Minister' },
  ],
};
const quoteFields: TranslatedFields = {
  text: ['context'],
  siteTranslations: [{ at: '', language: 'original.language' }],
};

describe('translated fact entries', () => {
  it('list the text fields an entry has, lists expanded', () => {
    expect(translationSlots(actor, actorFields, 'ja').map((slot) => patternOf(slot.path))).toEqual([
      'name',
      'summary',
      'roles[].title',
      'roles[].title',
    ]);
  });

  it('accept a complete translation and put its texts in place, keeping every other field', () => {
    const translated = {
      id: 'yoshida',
      name: '吉田茂',
      summary: '日本の首相。',
      roles: [{ title: '内閣総理大臣' }, { title: '外務大臣' }],
    };
    expect(checkEntryTranslation(actor, translated, actorFields, 'ja')).toEqual([]);
    const merged = applyEntryTranslation(actor, translated, actorFields, 'ja');
    expect(merged.name).toBe('吉田茂');
    expect(merged.roles[0]).toEqual({ title: '内閣総理大臣', start: { year: 1946 } });
    expect(actor.name).toBe('Shigeru Yoshida');
  });

  it('name a missing text, a field only English sets, and a value that is not text', () => {
    const issues = checkEntryTranslation(
      actor,
      {
        id: 'yoshida',
        name: '吉田茂',
        roles: [{ title: '内閣総理大臣', start: 1950 }, { title: 7 }],
      },
      actorFields,
      'ja',
    );
    expect(issues).toEqual([
      { kind: 'not-translatable', path: ['roles', 0, 'start'] },
      { kind: 'not-text', path: ['roles', 1, 'title'] },
      { kind: 'missing', path: ['summary'], english: 'Prime Minister of Japan.' },
      { kind: 'missing', path: ['roles', 1, 'title'], english: 'Foreign Minister' },
    ]);
  });

  it('ask for the site’s translation of a quote unless it was first said in that language', () => {
    const quote = {
      id: 'q',
      text: 'illegally occupied',
      context: 'At a rally.',
      original: { language: 'ja', text: '不法占拠' },
    };
    expect(translationSlots(quote, quoteFields, 'ja').map((slot) => patternOf(slot.path))).toEqual([
      'context',
    ]);
    expect(translationSlots(quote, quoteFields, 'ru').map((slot) => patternOf(slot.path))).toEqual([
      'context',
      'siteTranslation',
    ]);
    const merged = applyEntryTranslation(
      quote,
      { id: 'q', context: 'На митинге.', siteTranslation: 'незаконно оккупированы' },
      quoteFields,
      'ru',
    );
    expect(siteTranslationOf(merged)).toBe('незаконно оккупированы');
    expect(merged.text).toBe('illegally occupied');
  });
});

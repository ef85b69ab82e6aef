// Every dictionary has every key of the English one, with the same kind of value: a page never
// prints a missing word in any language.
import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../../src/i18n/ui.ts';
import { LOCALES } from '../../../src/i18n/locales.ts';

type Shape = string | { [key: string]: Shape };

/**
 * Each key's kind, nested: 'string', 'function' or an object. A function may leave out parameters
 * its language does not need (Japanese has no plural). An object English leaves empty is a table
 * keyed by the data (the data page's columns), whose English text lives beside the data: only its
 * presence is compared.
 */
function shapeOf(value: unknown, english: unknown = value): Shape {
  if (typeof value === 'function') return 'function';
  if (typeof value === 'string') return 'string';
  if (
    typeof english === 'object' &&
    english !== null &&
    Object.keys(english).length === 0 &&
    typeof value === 'object'
  )
    return 'table';
  // Plural forms: each language has its own categories (Japanese only "other", Russian four).
  if (isPluralTable(english) && isPluralTable(value) && 'other' in value) return 'plural';
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, child]) => [
          key,
          shapeOf(child, (english as Record<string, unknown> | undefined)?.[key]),
        ]),
    );
  }
  return typeof value;
}

const PLURAL_CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
const isPluralTable = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  Object.keys(value).length > 0 &&
  Object.keys(value).every((key) => PLURAL_CATEGORIES.has(key));

/** Every string in a dictionary, with its key path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, child]) =>
      strings(child, path ? `${path}.${key}` : key),
    );
  return [];
}

describe('the dictionaries', () => {
  const english = shapeOf(DICTIONARIES.en);

  it.each(LOCALES.filter((locale) => locale !== 'en'))(
    'give %s every key of the English one, each of the same kind',
    (locale) => {
      expect(shapeOf(DICTIONARIES[locale], DICTIONARIES.en)).toEqual(english);
    },
  );

  // Parts of sentences may be empty in one language and not another (a particle after a name);
  // what must not happen is English words left in a translation.
  it.each(LOCALES.filter((locale) => locale !== 'en'))(
    'leave no English sentence untranslated in %s',
    (locale) => {
      const english = new Map(strings(DICTIONARIES.en));
      const untranslated = strings(DICTIONARIES[locale]).filter(
        ([path, text]) =>
          english.get(path) === text && /\p{Ll}{2,}\s+\p{Ll}{2,}\s+\p{Ll}{2,}/u.test(text),
      );
      expect(untranslated.map(([path]) => path)).toEqual([]);
    },
  );

  it('fail on a missing key, as a new key forgotten in one language would', () => {
    const { shell, ...rest } = DICTIONARIES.ja;
    const { skipLink: _dropped, ...shellWithoutOne } = shell;
    expect(shapeOf({ ...rest, shell: shellWithoutOne }, DICTIONARIES.en)).not.toEqual(english);
  });
});

describe('the articles’ topic tags', () => {
  it('have a name in every language for every tag an article uses', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = new URL('../../../content/articles/', import.meta.url);
    const tags = new Set(
      readdirSync(dir)
        .filter((name) => name.endsWith('.md'))
        .flatMap((name) => {
          const line = /^tags: \[(.*)\]$/m.exec(readFileSync(new URL(name, dir), 'utf8'))?.[1];
          return line ? line.split(',').map((tag) => tag.trim()) : [];
        }),
    );
    expect(tags.size).toBeGreaterThan(0);
    for (const locale of LOCALES) {
      const missing = [...tags].filter((tag) => !DICTIONARIES[locale].articles.tagNames[tag]);
      expect(missing, locale).toEqual([]);
    }
  });
});

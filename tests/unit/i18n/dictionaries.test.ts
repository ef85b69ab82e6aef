// Every dictionary has every key of the English one, with the same kind of value: a page never
// prints a missing word in any language.
import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../../src/i18n/ui.ts';
import { LOCALES } from '../../../src/i18n/locales.ts';

type Shape = string | { [key: string]: Shape };

/** Each key's kind, nested: 'string', 'function/2' (with its number of parameters) or an object. */
function shapeOf(value: unknown): Shape {
  if (typeof value === 'function') return `function/${value.length}`;
  if (typeof value === 'string') return 'string';
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, child]) => [key, shapeOf(child)]),
    );
  }
  return typeof value;
}

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
      expect(shapeOf(DICTIONARIES[locale])).toEqual(english);
    },
  );

  it.each(LOCALES)('hold no empty word in %s', (locale) => {
    const empty = strings(DICTIONARIES[locale]).filter(([, text]) => text.trim() === '');
    expect(empty.map(([path]) => path)).toEqual([]);
  });

  it('fail on a missing key, as a new key forgotten in one language would', () => {
    const { shell, ...rest } = DICTIONARIES.ja;
    const { skipLink: _dropped, ...shellWithoutOne } = shell;
    expect(shapeOf({ ...rest, shell: shellWithoutOne })).not.toEqual(english);
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

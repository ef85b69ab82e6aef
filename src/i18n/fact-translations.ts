/**
 * Translated fact files: `content/facts/<lang>/<file>` holds, for every entry of the English file,
 * its id and its text fields in that language, nested as in English (a list item for a list item).
 * Nothing else may be translated: ids, dates, figures and sources are read from the English entry
 * alone, so they are the same in every language by construction.
 */
import type { Locale } from './locales.ts';

/** A field path with `[]` for every item of a list: `roles[].title`, `people.today[].text`. */
export type FieldPattern = string;

/** Which fields of a collection's entries are translated. */
export interface TranslatedFields {
  /** Text fields a translation replaces: required wherever the English entry has them. */
  text: readonly FieldPattern[];
  /**
   * Verbatim words (a quote, an official wording) that a page in another language shows with the
   * site's own translation beside them, as `siteTranslation` in the object at `at` ('' for the
   * entry itself). Not needed where the words were first said in that language: `language` is the
   * path, inside that object, of the language the original words are in.
   */
  siteTranslations?: readonly { at: FieldPattern; language: string }[];
}

/** A concrete field path: keys and list indexes. */
export type FieldPath = (string | number)[];

/** What is wrong with one entry's translation. */
export interface TranslationIssue {
  kind: 'missing' | 'not-translatable' | 'not-text';
  /** The field in the translated entry (for `missing`, where it belongs). */
  path: FieldPath;
  /** For `missing`: the English text it translates. */
  english?: string;
}

const SITE_TRANSLATION = 'siteTranslation';

function segmentsOf(pattern: FieldPattern): string[] {
  return pattern === '' ? [] : pattern.split('.');
}

/** Every concrete path the pattern matches in `value` (lists expanded), whether or not it ends in text. */
function expand(value: unknown, pattern: FieldPattern): FieldPath[] {
  let paths: { path: FieldPath; value: unknown }[] = [{ path: [], value }];
  for (const segment of segmentsOf(pattern)) {
    const list = segment.endsWith('[]');
    const key = list ? segment.slice(0, -2) : segment;
    const next: { path: FieldPath; value: unknown }[] = [];
    for (const { path, value: current } of paths) {
      if (!isRecord(current) || !(key in current)) continue;
      const child = current[key];
      if (list) {
        if (!Array.isArray(child)) continue;
        child.forEach((item, index) => next.push({ path: [...path, key, index], value: item }));
      } else next.push({ path: [...path, key], value: child });
    }
    paths = next;
  }
  return paths.map((entry) => entry.path);
}

export function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const step of path) {
    if (Array.isArray(current) && typeof step === 'number') current = current[step];
    else if (isRecord(current) && typeof step === 'string') current = current[step];
    else return undefined;
  }
  return current;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The pattern a concrete path follows: [roles, 0, title] → `roles[].title`. */
export function patternOf(path: readonly (string | number)[]): FieldPattern {
  const parts: string[] = [];
  for (const step of path) {
    if (typeof step === 'number') parts[parts.length - 1] += '[]';
    else parts.push(step);
  }
  return parts.join('.');
}

/** The fields a translation of this English entry must give, with the English text of each. */
export function translationSlots(
  english: unknown,
  fields: TranslatedFields,
  locale: Locale,
): { path: FieldPath; english: string }[] {
  const slots: { path: FieldPath; english: string }[] = [];
  for (const pattern of fields.text) {
    for (const path of expand(english, pattern)) {
      const text = valueAt(english, path);
      if (typeof text === 'string') slots.push({ path, english: text });
    }
  }
  for (const { at, language } of fields.siteTranslations ?? []) {
    for (const path of expand(english, at)) {
      const holder = valueAt(english, path);
      if (!isRecord(holder) || typeof holder.text !== 'string') continue;
      if (valueAt(holder, language.split('.')) === locale) continue;
      slots.push({ path: [...path, SITE_TRANSLATION], english: holder.text });
    }
  }
  return slots;
}

/** The text leaves of a translated entry (its id left out), with their paths. */
function leavesOf(value: unknown, path: FieldPath = []): { path: FieldPath; value: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leavesOf(item, [...path, index]));
  if (isRecord(value)) {
    return Object.entries(value).flatMap(([key, child]) =>
      path.length === 0 && key === 'id' ? [] : leavesOf(child, [...path, key]),
    );
  }
  return [{ path, value }];
}

const samePath = (a: readonly (string | number)[], b: readonly (string | number)[]) =>
  a.length === b.length && a.every((step, index) => step === b[index]);

/** Compares one translated entry with its English entry. */
export function checkEntryTranslation(
  english: unknown,
  translated: unknown,
  fields: TranslatedFields,
  locale: Locale,
): TranslationIssue[] {
  const slots = translationSlots(english, fields, locale);
  const issues: TranslationIssue[] = [];
  for (const leaf of leavesOf(translated)) {
    if (!slots.some((slot) => samePath(slot.path, leaf.path))) {
      issues.push({ kind: 'not-translatable', path: leaf.path });
    } else if (typeof leaf.value !== 'string' || leaf.value.trim() === '') {
      issues.push({ kind: 'not-text', path: leaf.path });
    }
  }
  for (const slot of slots) {
    if (typeof valueAt(translated, slot.path) !== 'string') {
      issues.push({ kind: 'missing', path: slot.path, english: slot.english });
    }
  }
  return issues;
}

/**
 * The English entry in another language: a copy with each translated text in place (and each
 * `siteTranslation` added). Fields the translation lacks keep their English text; the content
 * check has refused such a translation before any page is built.
 */
export function applyEntryTranslation<T>(
  english: T,
  translated: unknown,
  fields: TranslatedFields,
  locale: Locale,
): T {
  const copy = structuredClone(english);
  for (const slot of translationSlots(english, fields, locale)) {
    const text = valueAt(translated, slot.path);
    if (typeof text !== 'string') continue;
    const holder = valueAt(copy, slot.path.slice(0, -1));
    const key = slot.path.at(-1);
    if (isRecord(holder) && typeof key === 'string') holder[key] = text.trim();
  }
  return copy;
}

/** The site's own translation of an object's verbatim words, where a translation gave one. */
export function siteTranslationOf(holder: unknown): string | undefined {
  return isRecord(holder) && typeof holder[SITE_TRANSLATION] === 'string'
    ? holder[SITE_TRANSLATION]
    : undefined;
}

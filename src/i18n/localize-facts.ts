/**
 * The facts in a language: the English entries with the text fields of `content/facts/<lang>/`
 * put in place (src/i18n/fact-translations.ts). Read by the pages (src/data/facts.ts) and by the
 * Markdown pipeline's fact lookup; the content check has already refused a translation that is
 * incomplete or translates anything but text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  FACT_COLLECTIONS,
  FACT_COLLECTION_NAMES,
  type FactCollectionName,
} from '../schemas/index.ts';
import type { FactCollections } from '../lib/facts-index.ts';
import { applyEntryTranslation } from './fact-translations.ts';
import { DEFAULT_LOCALE, type Locale } from './locales.ts';

/** Each collection's translated entries by id, as written in its file. */
export type FactTranslationFiles = Partial<
  Record<FactCollectionName, ReadonlyMap<string, unknown>>
>;

/** The translated fact file of a collection: `content/facts/ja/events.yaml`. */
export function factTranslationFile(contentDir: string, locale: Locale, name: FactCollectionName) {
  return join(contentDir, 'facts', locale, FACT_COLLECTIONS[name].file);
}

/** Reads a language's translated fact files (none for English). */
export function readFactTranslations(
  root: string,
  contentDir: string,
  locale: Locale,
): FactTranslationFiles {
  if (locale === DEFAULT_LOCALE) return {};
  const files: FactTranslationFiles = {};
  for (const name of FACT_COLLECTION_NAMES) {
    const path = join(root, factTranslationFile(contentDir, locale, name));
    if (!existsSync(path)) continue;
    let value: unknown;
    try {
      value = parse(readFileSync(path, 'utf8'));
    } catch {
      // Unreadable YAML: the content check reports it with its line; the English stands meanwhile.
      continue;
    }
    if (!Array.isArray(value)) continue;
    files[name] = new Map(
      value.flatMap((item: unknown) =>
        typeof item === 'object' &&
        item !== null &&
        typeof (item as { id?: unknown }).id === 'string'
          ? [[(item as { id: string }).id, item] as const]
          : [],
      ),
    );
  }
  return files;
}

/** The facts with each entry's text in the language of `translations`. */
export function localizeFacts<C extends FactCollections>(
  content: C,
  translations: FactTranslationFiles,
  locale: Locale,
): C {
  if (locale === DEFAULT_LOCALE) return content;
  const localized = { ...content };
  for (const name of FACT_COLLECTION_NAMES) {
    const file = translations[name];
    if (!file) continue;
    const fields = FACT_COLLECTIONS[name].translated;
    (localized as FactCollections)[name] = (content[name] as { id: string }[]).map((entry) =>
      file.has(entry.id) ? applyEntryTranslation(entry, file.get(entry.id), fields, locale) : entry,
    ) as never;
  }
  return localized;
}

/**
 * Whether a language has translated facts: its folder under content/facts/ exists (the content
 * check then holds it complete). Without one, its pages show the facts in English and say so.
 */
export function hasFactTranslations(root: string, contentDir: string, locale: Locale): boolean {
  return locale === DEFAULT_LOCALE || existsSync(join(root, contentDir, 'facts', locale));
}

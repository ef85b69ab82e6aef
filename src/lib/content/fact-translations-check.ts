/**
 * The check of the translated fact files, `content/facts/<lang>/<file>`: every English entry has a
 * translation with each of its text fields, and nothing else (an id, a date, a figure, a source)
 * is given there, so every language shows the same facts. Problems carry the file and line. A
 * language with no folder under content/facts/ is not checked: its pages show the facts in English.
 */
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkEntryTranslation, type TranslatedFields } from '../../i18n/fact-translations.ts';
import { factTranslationFile } from '../../i18n/localize-facts.ts';
import { TRANSLATED_LOCALES, LOCALE_ENGLISH_NAMES } from '../../i18n/locales.ts';
import { FACT_COLLECTIONS, FACT_COLLECTION_NAMES } from '../../schemas/index.ts';
import type { FactCollections } from '../facts-index.ts';
import { formatFieldPath } from './problem.ts';
import type { Reporter } from './validate.ts';
import type { YamlSource } from './yaml.ts';

export interface FactTranslationCheckInput {
  root: string;
  contentDir: string;
  /** The English entries that passed their schemas. */
  content: FactCollections;
  /** Reads a file as the check reads every file (UTF-8, problems reported). */
  read: (absolute: string, file: string) => string | undefined;
  /** Parses YAML with positions, problems reported. */
  parse: (text: string, file: string) => YamlSource | undefined;
  report: Reporter;
}

const toPosix = (path: string) => path.split(sep).join('/');
const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

export function checkFactTranslations({
  root,
  contentDir,
  content,
  read,
  parse,
  report,
}: FactTranslationCheckInput): void {
  for (const locale of TRANSLATED_LOCALES) {
    // A language whose folder is absent has no translated facts yet: its pages show the English
    // text and say so. Once the folder exists, every entry must be translated in full.
    if (!existsSync(join(root, contentDir, 'facts', locale))) continue;
    for (const name of FACT_COLLECTION_NAMES) {
      const fields: TranslatedFields = FACT_COLLECTIONS[name].translated;
      const entries = content[name] as { id: string }[];
      const absolute = join(root, factTranslationFile(contentDir, locale, name));
      const file = toPosix(relative(root, absolute));
      if (fields.text.length === 0 && !fields.siteTranslations) {
        if (existsSync(absolute)) {
          report('unexpected-file', file, undefined, '', `${name} are not translated`, {
            expected: `no ${FACT_COLLECTIONS[name].file} in ${contentDir}/facts/${locale}/: titles of sources stay as published`,
          });
        }
        continue;
      }
      if (!existsSync(absolute)) {
        if (entries.length === 0) continue;
        report(
          'missing-translation',
          file,
          undefined,
          '',
          `the ${LOCALE_ENGLISH_NAMES[locale]} translation of ${FACT_COLLECTIONS[name].file} is missing`,
          {
            expected: `a YAML list with the id and text fields of ${entries.length === 1 ? 'the one entry' : `each of the ${entries.length} entries`} of ${contentDir}/facts/${FACT_COLLECTIONS[name].file}`,
          },
        );
        continue;
      }
      const text = read(absolute, file);
      if (text === undefined) continue;
      const source = parse(text, file);
      if (!source) continue;
      for (const error of source.syntaxErrors) {
        report('yaml-syntax', file, error.position, '(YAML syntax)', error.message, {
          expected:
            'valid YAML: check indentation, colons and quotes on this line or the one above',
        });
      }
      if (source.syntaxErrors.length > 0) continue;
      if (!Array.isArray(source.value)) {
        report('not-a-list', file, { line: 1, column: 1 }, '', 'a translated fact file is a list', {
          expected: 'a YAML list, each entry starting with "- id:" as in English',
        });
        continue;
      }
      const english = new Map(entries.map((entry) => [entry.id, entry]));
      const seen = new Set<string>();
      source.value.forEach((raw: unknown, index: number) => {
        const id =
          typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
        if (typeof id !== 'string') {
          report(
            'missing-field',
            file,
            source.locate([index]),
            `[${index}].id`,
            'a translated entry names the English entry it translates',
            {
              expected: 'the id of an entry of the English file',
            },
          );
          return;
        }
        const original = english.get(id);
        if (!original) {
          report(
            'unknown-original',
            file,
            source.locate([index, 'id']),
            `[${index}].id`,
            `no ${FACT_COLLECTIONS[name].noun} "${id}" in English`,
            {
              expected: `an id of ${contentDir}/facts/${FACT_COLLECTIONS[name].file}`,
              found: `"${id}"`,
            },
          );
          return;
        }
        if (seen.has(id)) {
          report(
            'duplicate-id',
            file,
            source.locate([index, 'id']),
            `[${index}].id`,
            `"${id}" is translated twice`,
            {
              expected: 'one translation per entry',
            },
          );
          return;
        }
        seen.add(id);
        for (const issue of checkEntryTranslation(original, raw, fields, locale)) {
          const path = [index, ...issue.path];
          const field = formatFieldPath(path);
          if (issue.kind === 'missing') {
            report(
              'missing-translation',
              file,
              source.locate(path),
              field,
              `"${id}" has no ${LOCALE_ENGLISH_NAMES[locale]} text for ${formatFieldPath(issue.path)}`,
              {
                expected: `a translation of "${clip(issue.english ?? '')}"`,
              },
            );
          } else if (issue.kind === 'not-text') {
            report(
              'invalid-field',
              file,
              source.locate(path),
              field,
              'a translated field is text',
              {
                expected: 'the translated words, as a string',
              },
            );
          } else {
            const key = issue.path.filter((step) => typeof step === 'string').at(-1);
            report(
              'untranslatable-field',
              file,
              source.locate(path, typeof key === 'string' ? key : undefined),
              field,
              `${formatFieldPath(issue.path)} is not translated: it is the same in every language`,
              {
                expected: `only the text fields (${[...fields.text, ...(fields.siteTranslations ?? []).map((slot) => `${slot.at ? `${slot.at}.` : ''}siteTranslation`)].join(', ')})`,
              },
            );
          }
        }
      });
      for (const entry of entries) {
        if (seen.has(entry.id)) continue;
        report(
          'missing-translation',
          file,
          { line: 1, column: 1 },
          `[${entry.id}]`,
          `the ${FACT_COLLECTIONS[name].noun} "${entry.id}" has no ${LOCALE_ENGLISH_NAMES[locale]} translation`,
          {
            expected: `an entry "- id: ${entry.id}" with its text fields`,
          },
        );
      }
    }
  }
}

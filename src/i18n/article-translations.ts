/**
 * Translated articles: `content/articles/<lang>/<slug>.md` translates `content/articles/<slug>.md`
 * and records the hash of the English file it was made from. When the English file changes, the
 * hash no longer matches: the translation's page says it is older than the English page, and the
 * content check lists it, until a translator brings it up to date and records the new hash.
 */
import { createHash } from 'node:crypto';

/** The hash a translation records: the first 12 hex characters of the English file's SHA-256. */
export function originalHash(englishFileText: string): string {
  return createHash('sha256').update(englishFileText, 'utf8').digest('hex').slice(0, 12);
}

/** Where a page's article text comes from in a language. */
export type TranslationState =
  /** The English article itself, on an English page. */
  | { kind: 'original' }
  /** A translation made from the English file as it is now. */
  | { kind: 'current' }
  /** A translation made from an earlier version of the English file. */
  | { kind: 'stale'; recorded: string; current: string }
  /** No translation in this language: the page shows the English text. */
  | { kind: 'missing' };

/** The state of an article in a language, from the hash its translation recorded (if any). */
export function translationState(
  isEnglish: boolean,
  recordedHash: string | undefined,
  englishFileText: string,
): TranslationState {
  if (isEnglish) return { kind: 'original' };
  if (recordedHash === undefined) return { kind: 'missing' };
  const current = originalHash(englishFileText);
  return recordedHash === current
    ? { kind: 'current' }
    : { kind: 'stale', recorded: recordedHash, current };
}

/**
 * An article's corrections as a translation shows them: the original's dates, in the same order,
 * with the translation's words (the content check requires one for each).
 */
export function translatedCorrections<Correction extends { wrong: string; changed: string }>(
  original: readonly Correction[],
  translated: readonly { wrong: string; changed: string }[] | undefined,
): Correction[] {
  return original.map((correction, index) => {
    const words = translated?.[index];
    return words ? { ...correction, wrong: words.wrong, changed: words.changed } : correction;
  });
}

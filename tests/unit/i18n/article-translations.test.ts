import { describe, expect, it } from 'vitest';
import {
  originalHash,
  translatedCorrections,
  translationState,
} from '../../../src/i18n/article-translations.ts';
import { formatStaleTranslations } from '../../../src/lib/content/reporters/text.ts';

describe('translated articles', () => {
  const english = '---\ntitle: The four islands\n---\n\nText.\n';

  it('record the first 12 hex characters of the English file’s SHA-256', () => {
    expect(originalHash(english)).toMatch(/^[0-9a-f]{12}$/);
    expect(originalHash(english)).not.toBe(originalHash(`${english}More.\n`));
  });

  it('are current, older than the English, missing, or the original itself', () => {
    expect(translationState(true, undefined, english)).toEqual({ kind: 'original' });
    expect(translationState(false, undefined, english)).toEqual({ kind: 'missing' });
    expect(translationState(false, originalHash(english), english)).toEqual({ kind: 'current' });
    expect(translationState(false, '0123456789ab', english)).toEqual({
      kind: 'stale',
      recorded: '0123456789ab',
      current: originalHash(english),
    });
  });

  it('are listed for editors when older than the English, with the hash to record', () => {
    expect(formatStaleTranslations([])).toBe('');
    expect(
      formatStaleTranslations([
        {
          file: 'content/articles/ja/the-four-islands.md',
          original: 'content/articles/the-four-islands.md',
          recorded: '0123456789ab',
          current: 'ba9876543210',
        },
      ]),
    ).toBe(
      '1 translation is older than the English article (not an error: each page says so to its readers):\n' +
        '  content/articles/ja/the-four-islands.md  translates content/articles/the-four-islands.md, which has changed since (recorded 0123456789ab, now ba9876543210): bring the translation up to date, then set originalHash: ba9876543210',
    );
  });
});

describe('translatedCorrections', () => {
  const original = [
    { date: { year: 2026, month: 12, day: 1 }, wrong: 'It said A.', changed: 'It says B.' },
    { date: { year: 2026, month: 12, day: 2 }, wrong: 'It said C.', changed: 'It says D.' },
  ];
  it('keeps the original’s dates and order, with the translation’s words', () => {
    expect(
      translatedCorrections(original, [
        { wrong: 'Aと記していた。', changed: 'Bと記している。' },
        { wrong: 'Cと記していた。', changed: 'Dと記している。' },
      ]),
    ).toEqual([
      { date: original[0]!.date, wrong: 'Aと記していた。', changed: 'Bと記している。' },
      { date: original[1]!.date, wrong: 'Cと記していた。', changed: 'Dと記している。' },
    ]);
  });

  it('leaves the English words where there is no translation (the page then says so)', () => {
    expect(translatedCorrections(original, undefined)).toEqual(original);
  });
});

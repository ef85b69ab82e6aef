import { describe, expect, it } from 'vitest';
import {
  findIslandName,
  islandKindLabel,
  islandName,
  islandNameForms,
} from '../../../src/lib/names.ts';
import {
  NAMING_HEAD_SCRIPT,
  NAMING_STORAGE_KEY,
  parseNamingChoice,
} from '../../../src/lib/naming-choice.ts';

const etorofu = {
  names: {
    japanese: { english: 'Etorofu', native: '択捉島', romanized: 'Etorofu-tō' },
    russian: { english: 'Iturup', native: 'Итуруп', romanized: 'Iturup' },
  },
};
const shikotan = {
  names: {
    japanese: { english: 'Shikotan', native: '色丹島', romanized: 'Shikotan-tō' },
    russian: { english: 'Shikotan', native: 'Шикотан', romanized: 'Shikotan' },
  },
};

describe('islandName', () => {
  it('shows both names by default, Japanese first', () => {
    expect(islandName(etorofu)).toBe('Etorofu (Iturup)');
  });

  it('shows one side when the reader chose it', () => {
    expect(islandName(etorofu, 'japanese')).toBe('Etorofu');
    expect(islandName(etorofu, 'russian')).toBe('Iturup');
  });

  it('does not repeat a name both sides write the same way', () => {
    expect(islandNameForms(shikotan)).toEqual({
      both: 'Shikotan',
      japanese: 'Shikotan',
      russian: 'Shikotan',
    });
  });
});

describe('parseNamingChoice', () => {
  it('accepts the two one-sided choices and falls back to both', () => {
    expect(parseNamingChoice('japanese')).toBe('japanese');
    expect(parseNamingChoice('russian')).toBe('russian');
    expect(parseNamingChoice('both')).toBe('both');
    expect(parseNamingChoice('klingon')).toBe('both');
    expect(parseNamingChoice(null)).toBe('both');
  });

  it('has a head script that reads the same storage key and stays tiny', () => {
    expect(NAMING_HEAD_SCRIPT).toContain(JSON.stringify(NAMING_STORAGE_KEY));
    expect(NAMING_HEAD_SCRIPT.length).toBeLessThan(300);
  });
});

describe('findIslandName', () => {
  it('reads the both-names form as one name, before either name alone', () => {
    expect(findIslandName('Etorofu (Iturup)', etorofu)).toEqual({ before: '', after: '' });
    expect(findIslandName('Etorofu', etorofu)).toEqual({ before: '', after: '' });
    expect(findIslandName('Iturup', etorofu)).toEqual({ before: '', after: '' });
  });

  it('finds the name inside other words, as a whole word only', () => {
    expect(findIslandName('the island of Iturup itself', etorofu)).toEqual({
      before: 'the island of ',
      after: ' itself',
    });
    expect(findIslandName('Etorofus', etorofu)).toBeUndefined();
    expect(findIslandName('the largest island', etorofu)).toBeUndefined();
  });
});

describe('island names and kinds in Japanese and Russian', () => {
  const translated = {
    names: {
      japanese: { english: '択捉島', native: '択捉島', romanized: 'Etorofu-tō' },
      russian: { english: 'イトゥルップ島', native: 'Итуруп', romanized: 'Iturup' },
    },
  };

  it('writes both names the way the language does', () => {
    expect(islandName(translated, 'both', 'ja')).toBe('択捉島（イトゥルップ島）');
    expect(islandNameForms(translated, 'ja').russian).toBe('イトゥルップ島');
    expect(findIslandName('択捉島（イトゥルップ島）の面積', translated, 'ja')).toEqual({
      before: '',
      after: 'の面積',
    });
  });

  it('names the kind of island', () => {
    expect(islandKindLabel({ kind: 'island' })).toBe('island');
    expect(islandKindLabel({ kind: 'islet-group' }, 'ja')).toBe('群島');
    expect(islandKindLabel({ kind: 'islet-group' }, 'ru')).toBe('группа островов');
  });
});

import { describe, expect, it } from 'vitest';
import {
  langParam,
  localePath,
  localeStaticPaths,
  splitLocale,
  toLocale,
} from '../../../src/i18n/locales.ts';

describe('the site’s languages', () => {
  it('keeps English at the root and puts the others under their code', () => {
    expect(localePath('en', '/islands/etorofu/')).toBe('/islands/etorofu/');
    expect(localePath('ja', '/islands/etorofu/')).toBe('/ja/islands/etorofu/');
    expect(localePath('ru', '/')).toBe('/ru/');
    expect(localePath('ru', '/timeline/#event-x')).toBe('/ru/timeline/#event-x');
  });

  it('reads the language back from a path, and only from a whole first segment', () => {
    expect(splitLocale('/ja/map/')).toEqual({ locale: 'ja', path: '/map/' });
    expect(splitLocale('/ru/')).toEqual({ locale: 'ru', path: '/' });
    expect(splitLocale('/ru')).toEqual({ locale: 'ru', path: '/' });
    expect(splitLocale('/map/')).toEqual({ locale: 'en', path: '/map/' });
    // An article whose name starts with a language code is English.
    expect(splitLocale('/japan-s-case/')).toEqual({ locale: 'en', path: '/japan-s-case/' });
    expect(splitLocale('/en/map/')).toEqual({ locale: 'en', path: '/en/map/' });
  });

  it('takes Astro’s current locale, and English for anything else', () => {
    expect(toLocale('ja')).toBe('ja');
    expect(toLocale(undefined)).toBe('en');
    expect(toLocale('fr')).toBe('en');
  });

  it('gives every page one copy per language, English without a prefix', () => {
    expect(langParam('en')).toBeUndefined();
    expect(localeStaticPaths()).toEqual([
      { params: { lang: undefined } },
      { params: { lang: 'ja' } },
      { params: { lang: 'ru' } },
    ]);
  });
});

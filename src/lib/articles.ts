import type { PartialDate } from '../schemas/date.ts';
import { formatIso } from '../schemas/date.ts';
import type { Locale } from '../i18n/locales.ts';
import { formatPartialDate } from './dates.ts';

/** An article's file, repository-relative, from its slug (its file name). */
export const articleFile = (slug: string): string => `content/articles/${slug}.md`;

/** Average silent reading speed used for the reading time ("n min read", articles.minRead). */
const WORDS_PER_MINUTE = 220;

/** Words of prose in a Markdown body: footnote definitions, link targets and markup are not read. */
export function countWords(markdown: string): number {
  const prose = markdown
    .replace(/^\[\^[^\]]+\]:.*$/gm, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\[\^[^\]]+\]/g, ' ')
    .replace(/[#>*_`|[\]-]+/g, ' ');
  // Japanese is written without spaces: its characters are counted instead, at the rate a reader
  // of Japanese reads them (about 500 a minute against 220 English words), as words' worth.
  const japanese = prose.match(JAPANESE_CHARACTER)?.length ?? 0;
  const rest = prose.replace(JAPANESE_CHARACTER, ' ');
  const words = rest.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return words + Math.round((japanese * WORDS_PER_MINUTE) / JAPANESE_CHARACTERS_PER_MINUTE);
}

const JAPANESE_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]/gu;
const JAPANESE_CHARACTERS_PER_MINUTE = 500;

/** Minutes to read, at least one. */
export function readingMinutes(markdown: string): number {
  return Math.max(1, Math.round(countWords(markdown) / WORDS_PER_MINUTE));
}

/** A heading as Astro's Markdown renderer reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** The table of contents: the article's h2 and h3, without the footnotes' own heading. */
export function tableOfContents(headings: readonly Heading[]): Heading[] {
  return headings.filter(
    (heading) => heading.depth >= 2 && heading.depth <= 3 && heading.slug !== 'footnote-label',
  );
}

/** "27 November 2026" (in the page's language) with its ISO form for `<time datetime>`. */
export function publishedDate(
  date: PartialDate,
  locale: Locale = 'en',
): { text: string; iso: string } {
  return { text: formatPartialDate(date, locale), iso: formatIso(date) };
}

/** A JavaScript Date (UTC midnight) for feeds and sitemaps. */
export function toJsDate(date: PartialDate): Date {
  return new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}

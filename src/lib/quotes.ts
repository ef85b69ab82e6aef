// How quotes are grouped by speaker and marked as fragments on the reading pages.
import type { Locale } from '../i18n/locales.ts';
import { ui } from '../i18n/ui.ts';
import type { Quote } from '../schemas/quote.ts';

/** The in-page anchor of a speaker's group on the quotes page. */
export const speakerAnchor = (actorId: string) => `speaker-${actorId}`;

export interface SpeakerQuotes<T> {
  speaker: string;
  quotes: T[];
}

/**
 * Groups quotes by speaker. Speakers come in the order of their first quote in the list given
 * (the index gives quotes by date, so the earliest speaker first); each keeps its quotes' order.
 */
export function groupQuotesBySpeaker<T extends Pick<Quote, 'speaker'>>(
  quotes: readonly T[],
): SpeakerQuotes<T>[] {
  const groups = new Map<string, T[]>();
  for (const quote of quotes) {
    const list = groups.get(quote.speaker) ?? [];
    list.push(quote);
    groups.set(quote.speaker, list);
  }
  return [...groups].map(([speaker, list]) => ({ speaker, quotes: list }));
}

/**
 * Where a quote needs an ellipsis. A fragment is part of a longer sentence: it gets one before it,
 * and one after it unless the words end the sentence (., ? or !, or Japanese 。？！). Whole sentences get none.
 * The words themselves are never changed.
 */
export function fragmentEllipses(quote: Pick<Quote, 'text' | 'fragment'>): {
  before: boolean;
  after: boolean;
} {
  if (!quote.fragment) return { before: false, after: false };
  return { before: true, after: !/[.?!。？！]["'’”)」»]*$/.test(quote.text.trim()) };
}

// A comma, semicolon or colon the report left at the end of the words (it went on "…, he said").
const TRAILING_MARK = /\s*[,;:]$/;

/**
 * The words as pages show them. Reports often quote a sentence with the comma that led into
 * "he said": a whole sentence ends with a full stop instead, and a fragment loses the mark before
 * its closing ellipsis. Only the display changes; the fact file keeps the source's text.
 */
export function displayQuoteText(quote: Pick<Quote, 'text' | 'fragment'>): string {
  const text = quote.text.trim();
  if (!TRAILING_MARK.test(text)) return text;
  return quote.fragment ? text.replace(TRAILING_MARK, '') : text.replace(TRAILING_MARK, '.');
}

/** The quote as one line of text with its marks: “…not be easy…”, for link text and titles. */
export function quotedText(quote: Pick<Quote, 'text' | 'fragment'>): string {
  const { before, after } = fragmentEllipses(quote);
  return `“${before ? '…' : ''}${displayQuoteText(quote)}${after ? '…' : ''}”`;
}

/**
 * A short form of a quote for lists of links: its first `maxWords` words with their marks, and an
 * ellipsis where words were left out: “As the (Yamaguchi) summit gets closer…”.
 */
export function quoteSnippet(quote: Pick<Quote, 'text' | 'fragment'>, maxWords = 8): string {
  const words = quote.text.trim().split(/\s+/);
  if (words.length <= maxWords) return quotedText(quote);
  const { before } = fragmentEllipses(quote);
  const shortened = words
    .slice(0, maxWords)
    .join(' ')
    .replace(/[,;:]$/, '');
  return `“${before ? '…' : ''}${shortened}…”`;
}

/**
 * The name of a language tag in a language (English unless given): `ja` → "Japanese", `ru` →
 * "Russian"; in Japanese 日本語, in Russian «японский»; the tag itself if unknown.
 */
export function languageName(tag: string, locale: Locale = 'en'): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(tag);
    return name ?? tag;
  } catch {
    return tag;
  }
}

/** The quotation marks a language prints its quotations in: 「…」 in Japanese, «…» in Russian, “…” otherwise. */
export function quoteMarks(tag: string): { open: string; close: string } {
  const primary = tag.split('-')[0];
  if (primary === 'ja' || primary === 'zh') return { open: '「', close: '」' };
  if (primary === 'ru' || primary === 'uk' || primary === 'fr') return { open: '«', close: '»' };
  return { open: '“', close: '”' };
}

/**
 * The line that says whose English a translated quote is: "English: official translation by the
 * government of Japan (provisional translation).", "English: as the source translates it from the
 * Russian.", "English: translated for this site from the Russian.". Undefined for words first said
 * in English. `government` is the speaker's country as a name ("Japan"), when known; in another
 * language, as governmentOf in parties.ts gives it. The words are the quotes words' `translation`.
 */
export function translationLine(
  quote: Pick<Quote, 'translation' | 'original'>,
  government?: string,
  locale: Locale = 'en',
): string | undefined {
  const translation = quote.translation;
  if (!translation) return undefined;
  const words = ui(locale).quotes.translation;
  const language = quote.original ? languageName(quote.original.language, locale) : undefined;
  const who =
    translation.by === 'official' ? words.official(government) : words[translation.by](language);
  return words.line(who, translation.note);
}

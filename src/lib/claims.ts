// The order the claims page sets out the questions in dispute.
import { compareDates, formatPartialDate } from './dates.ts';
import type { Locale } from '../i18n/locales.ts';
import { ui } from '../i18n/ui.ts';
import type { Claim, OfficialWording } from '../schemas/claim.ts';
import type { Event } from '../schemas/event.ts';

/**
 * Orders claims by the history they turn on: the claim whose earliest event comes first leads.
 * Where two start at the same event, the one whose events reach later comes first, since it is
 * the broader question (who is sovereign today, before what one 1945 agreement weighs). Claims
 * without events go last, by question. The collection loader's order (by id) is never used.
 */
export function orderClaims<T extends Pick<Claim, 'events' | 'question'>>(
  claims: readonly T[],
  eventById: (id: string) => Pick<Event, 'date'>,
): T[] {
  const span = (claim: T) => {
    const dates = claim.events.map((id) => eventById(id).date).sort(compareDates);
    return { first: dates[0], last: dates.at(-1) };
  };
  const spans = new Map(claims.map((claim) => [claim, span(claim)]));
  return [...claims].sort((a, b) => {
    const spanA = spans.get(a)!;
    const spanB = spans.get(b)!;
    if (!spanA.first || !spanB.first || !spanA.last || !spanB.last) {
      if (spanA.first && !spanB.first) return -1;
      if (!spanA.first && spanB.first) return 1;
      return a.question.localeCompare(b.question, 'en');
    }
    return (
      compareDates(spanA.first, spanB.first) ||
      compareDates(spanB.last, spanA.last) ||
      a.question.localeCompare(b.question, 'en')
    );
  });
}

/** The events a claim turns on, oldest first (the editor may list them in any order). */
export function claimEvents<T extends Pick<Event, 'id' | 'date'>>(
  claim: Pick<Claim, 'events'>,
  eventById: (id: string) => T,
): T[] {
  return claim.events.map(eventById).sort((a, b) => compareDates(a.date, b.date));
}

/** Who said a government's wording and when: "Toshimitsu Motegi, 3 July 2020". */
export function wordingAttribution(
  wording: Pick<OfficialWording, 'speaker' | 'date'>,
  locale: Locale = 'en',
): string {
  return wording.date
    ? ui(locale).claims.position.attribution(wording.speaker, formatPartialDate(wording.date, locale))
    : wording.speaker;
}

/** The quotation marks a wording is set in: corner brackets for Japanese, curly quotes otherwise. */
export function wordingQuoteMarks(language: string | undefined): [string, string] {
  return language === 'ja' || language?.startsWith('ja-') ? ['「', '」'] : ['“', '”'];
}

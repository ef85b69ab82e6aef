// Display names for the parties whose positions the site reports, and how a position is styled.
// The names are in the claims words of each language (src/i18n/dictionaries/*/claims.ts).
import type { Locale } from '../i18n/locales.ts';
import { ui } from '../i18n/ui.ts';
import type { Party } from '../schemas/common.ts';

/** The party's name as a heading or label: "Japan", "Soviet Union"; ja 日本, ru Япония. */
export function partyName(party: Party, locale: Locale = 'en'): string {
  return ui(locale).claims.parties[party];
}

/**
 * The party's name as it follows "the government of", for translationLine in quotes.ts: "Japan"
 * (as partyName) in English and Japanese, the genitive in Russian ("Японии").
 */
export function governmentOf(party: Party, locale: Locale = 'en'): string {
  return ui(locale).claims.governmentOf[party];
}

// Japan's positions come first (left), then Russia's and its predecessor's (right), then others,
// so that the two sides stand in the same columns on every claim.
const PARTY_ORDER: readonly Party[] = [
  'japan',
  'russia',
  'soviet-union',
  'united-states',
  'united-kingdom',
  'international',
];

/** Orders anything with a party (positions, actors) Japan, Russia, Soviet Union, then others; stable. */
export function compareParties(a: Party | undefined, b: Party | undefined): number {
  const rank = (party: Party | undefined) =>
    party === undefined ? PARTY_ORDER.length : PARTY_ORDER.indexOf(party);
  return rank(a) - rank(b);
}

/** Positions in reading order: Japan's, Russia's, the Soviet Union's, then the others'. */
export function orderPositions<T extends { party: Party }>(positions: readonly T[]): T[] {
  return [...positions].sort((a, b) => compareParties(a.party, b.party));
}

/**
 * The CSS classes of a party's position box: the two parties to the dispute today have their own
 * colour; every other party (including the Soviet Union, a different state) uses the plain box.
 */
export function positionClasses(party: Party): string {
  if (party === 'japan') return 'position position--japan';
  if (party === 'russia') return 'position position--russia';
  return 'position';
}

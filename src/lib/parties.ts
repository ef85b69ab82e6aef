// Display names for the parties whose positions the site reports, and how a position is styled.
import type { Party } from '../schemas/common.ts';

const PARTY_NAMES: Record<Party, string> = {
  japan: 'Japan',
  russia: 'Russia',
  'soviet-union': 'Soviet Union',
  'united-states': 'United States',
  'united-kingdom': 'United Kingdom',
  international: 'International',
};

/** The party's name as a heading or label: "Japan", "Soviet Union". */
export function partyName(party: Party): string {
  return PARTY_NAMES[party];
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

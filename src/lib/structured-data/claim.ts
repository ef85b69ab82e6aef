/**
 * The points in dispute as schema.org Claims: one Claim per party's position, its text the
 * position as the site sums it up, its author that party's government, and its appearances the
 * sources that state it. The question in dispute is each Claim's name, so the positions on one
 * question share it.
 */
import type { Claim } from '../../schemas/claim.ts';
import type { Party } from '../../schemas/common.ts';
import type { Island } from '../../schemas/island.ts';
import type { Source } from '../../schemas/source.ts';
import { nodeIds, type Absolute } from './ids.ts';
import { SITE_LANGUAGE, type JsonLdNode } from './page.ts';
import { placeRef } from './place.ts';
import { sourceWork } from './source.ts';

/** Whose position it is: the party's government, by the name it goes by. */
const GOVERNMENTS: Record<Exclude<Party, 'international'>, string> = {
  japan: 'Government of Japan',
  russia: 'Government of the Russian Federation',
  'soviet-union': 'Government of the Soviet Union',
  'united-states': 'Government of the United States',
  'united-kingdom': 'Government of the United Kingdom',
};

/** The government that holds a position, or undefined for a party that is no one state. */
export function partyGovernment(party: Party): JsonLdNode | undefined {
  if (party === 'international') return undefined;
  return { '@type': 'GovernmentOrganization', name: GOVERNMENTS[party] };
}

export interface ClaimLookups {
  source: (id: string) => Source;
  island: (id: string) => Pick<Island, 'id' | 'names'>;
}

/** Every position on one point in dispute, in the order given. */
export function claimNodes(abs: Absolute, claim: Claim, lookups: ClaimLookups): JsonLdNode[] {
  const about = claim.islands.map((id) => placeRef(abs, lookups.island(id)));
  return claim.positions.map((position) => {
    const author = partyGovernment(position.party);
    return {
      '@type': 'Claim',
      '@id': nodeIds.position(abs, claim.id, position.party),
      name: claim.question,
      text: position.summary,
      inLanguage: SITE_LANGUAGE,
      ...(author ? { author } : {}),
      appearance: position.sources.map((id) => sourceWork(abs, lookups.source(id))),
      ...(about.length > 0 ? { about } : {}),
    };
  });
}

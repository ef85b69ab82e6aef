/**
 * An actor as schema.org sees it: a person (named or not) is a Person, a government a
 * GovernmentOrganization, an institution an Organization. A people (the Ainu) is neither a
 * person nor an organisation and schema.org has no type for it, so it is a plain Thing.
 */
import type { Actor } from '../../schemas/actor.ts';
import type { Party } from '../../schemas/common.ts';
import { partyName } from '../parties.ts';
import { routes } from '../routes.ts';
import { nodeIds, type Absolute } from './ids.ts';
import { inLanguage, type JsonLdNode } from './page.ts';

const ACTOR_TYPES: Record<Actor['kind'], string> = {
  person: 'Person',
  unnamed: 'Person',
  government: 'GovernmentOrganization',
  organization: 'Organization',
  people: 'Thing',
};

export const actorType = (kind: Actor['kind']): string => ACTOR_TYPES[kind];

/** Parties that are states, and so can be a person's nationality. */
const isState = (party: Party) => party !== 'international';

/** A short reference to an actor's node, with its name, for quotes and events. */
export function actorRef(abs: Absolute, actor: Pick<Actor, 'id' | 'kind' | 'name'>): JsonLdNode {
  return { '@type': actorType(actor.kind), '@id': nodeIds.actor(abs, actor.id), name: actor.name };
}

/** The actor in full, as its own page describes it. */
export function actorNode(abs: Absolute, actor: Actor): JsonLdNode {
  const type = actorType(actor.kind);
  return {
    ...actorRef(abs, actor),
    ...(actor.nativeName
      ? { alternateName: inLanguage(actor.nativeName.text, actor.nativeName.lang) }
      : {}),
    description: actor.summary,
    url: abs(routes.actor(actor.id)),
    ...(type === 'Person' && actor.country && isState(actor.country)
      ? { nationality: { '@type': 'Country', name: partyName(actor.country) } }
      : {}),
  };
}

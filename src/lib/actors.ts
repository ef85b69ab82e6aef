// How actors are grouped on the index and how their roles' dates read.
import { formatDate, formatPartialDate } from './dates.ts';
import { compareParties } from './parties.ts';
import type { Actor } from '../schemas/actor.ts';

export type Role = Actor['roles'][number];

/** The index's groups: people, then governments and organisations, peoples, then unnamed officials. */
export type ActorGroupKey = 'people' | 'institutions' | 'peoples' | 'unnamed';

export interface ActorGroup<T> {
  key: ActorGroupKey;
  heading: string;
  actors: T[];
}

const GROUPS: readonly { key: ActorGroupKey; heading: string; kinds: readonly Actor['kind'][] }[] =
  [
    { key: 'people', heading: 'People', kinds: ['person'] },
    {
      key: 'institutions',
      heading: 'Governments and organisations',
      kinds: ['government', 'organization'],
    },
    { key: 'peoples', heading: 'Peoples', kinds: ['people'] },
    { key: 'unnamed', heading: 'Unnamed officials', kinds: ['unnamed'] },
  ];

/**
 * Groups actors by kind, leaving out empty groups. Within a group, actors go by country (Japan,
 * Russia, then others, then those without one) and otherwise keep the fact file's order.
 */
export function groupActorsByKind<T extends Pick<Actor, 'kind' | 'country'>>(
  actors: readonly T[],
): ActorGroup<T>[] {
  return GROUPS.map((group) => ({
    key: group.key,
    heading: group.heading,
    actors: actors
      .filter((actor) => group.kinds.includes(actor.kind))
      .sort((a, b) => compareParties(a.country, b.country)),
  })).filter((group) => group.actors.length > 0);
}

/** A short word for the kind of actor: "Person", "Government", "Organisation", "People", "Unnamed official". */
export function actorKindLabel(kind: Actor['kind']): string {
  switch (kind) {
    case 'person':
      return 'Person';
    case 'government':
      return 'Government';
    case 'organization':
      return 'Organisation';
    case 'people':
      return 'People';
    case 'unnamed':
      return 'Unnamed official';
  }
}

/**
 * When a role was held, in words: "as of December 2016", "2012–2020", "since 2012", "until 1991";
 * undefined when the fact file gives no date.
 */
export function roleDates(role: Pick<Role, 'start' | 'end' | 'asOf'>): string | undefined {
  if (role.start && role.end)
    return formatDate({ kind: 'range', start: role.start, end: role.end, approximate: false });
  if (role.start) return `since ${formatPartialDate(role.start)}`;
  if (role.end) return `until ${formatPartialDate(role.end)}`;
  if (role.asOf) return `as of ${formatPartialDate(role.asOf)}`;
  return undefined;
}

/** A role with its dates: "Prime Minister of Japan, as of December 2016". */
export function formatRole(role: Pick<Role, 'title' | 'start' | 'end' | 'asOf'>): string {
  const dates = roleDates(role);
  return dates ? `${role.title}, ${dates}` : role.title;
}

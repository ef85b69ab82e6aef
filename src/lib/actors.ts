// How actors are grouped on the index and how their roles' dates read.
import { formatDate, formatPartialDate } from './dates.ts';
import { compareParties } from './parties.ts';
import { toLocale, type Locale } from '../i18n/locales.ts';
import { ui } from '../i18n/ui.ts';
import type { Actor } from '../schemas/actor.ts';
import type { PartialDate } from '../schemas/date.ts';

export type Role = Actor['roles'][number];

/** The index's groups: people, then governments and organisations, peoples, then unnamed officials. */
export type ActorGroupKey = 'people' | 'institutions' | 'peoples' | 'unnamed';

export interface ActorGroup<T> {
  key: ActorGroupKey;
  heading: string;
  actors: T[];
}

const GROUPS: readonly { key: ActorGroupKey; kinds: readonly Actor['kind'][] }[] = [
  { key: 'people', kinds: ['person'] },
  { key: 'institutions', kinds: ['government', 'organization'] },
  { key: 'peoples', kinds: ['people'] },
  { key: 'unnamed', kinds: ['unnamed'] },
];

/**
 * Groups actors by kind, leaving out empty groups. Within a group, actors go by country (Japan,
 * Russia, then others, then those without one) and otherwise keep the fact file's order. The
 * headings are in `locale`; the keys (and the ids made from them) are the same in every language.
 */
export function groupActorsByKind<T extends Pick<Actor, 'kind' | 'country'>>(
  actors: readonly T[],
  locale: Locale = 'en',
): ActorGroup<T>[] {
  const headings = ui(locale).actors.groups;
  return GROUPS.map((group) => ({
    key: group.key,
    heading: headings[group.key],
    actors: actors
      .filter((actor) => group.kinds.includes(actor.kind))
      .sort((a, b) => compareParties(a.country, b.country)),
  })).filter((group) => group.actors.length > 0);
}

/** A short word for the kind of actor: "Person", "Government", "Organisation", "People", "Unnamed official". */
export function actorKindLabel(kind: Actor['kind'], locale: Locale = 'en'): string {
  return ui(locale).actors.kinds[kind];
}

/**
 * A date after «с» or «до»: Russian puts a month without a day in the genitive («с декабря
 * 2016 г.»), which the written day form already has («1 декабря 2016 г.» without its day).
 */
function dateAfterPreposition(date: PartialDate, locale: Locale): string {
  if (locale !== 'ru' || date.month === undefined || date.day !== undefined) {
    return formatPartialDate(date, locale);
  }
  return formatPartialDate({ ...date, day: 1 }, locale).replace(/^1 /, '');
}

/**
 * When a role was held, in words: "as of December 2016", "2012–2020", "since 2012", "until 1991";
 * undefined when the fact file gives no date.
 */
export function roleDates(
  role: Pick<Role, 'start' | 'end' | 'asOf'>,
  locale: Locale = 'en',
): string | undefined {
  const words = ui(locale).actors.roleDates;
  if (role.start && role.end)
    return formatDate(
      { kind: 'range', start: role.start, end: role.end, approximate: false },
      locale,
    );
  if (role.start) return words.since(dateAfterPreposition(role.start, locale));
  if (role.end) return words.until(dateAfterPreposition(role.end, locale));
  if (role.asOf) return words.asOf(formatPartialDate(role.asOf, locale));
  return undefined;
}

/**
 * What follows a role's title in a list, its dates: ", as of December 2016" (ja
 * （2016年12月時点）); undefined when the fact file gives no date. The language may be given as
 * `Astro.currentLocale`: RoleList takes it from here rather than import one more module, since
 * an extra import moves its styles after SourceList's in the built pages.
 */
export function roleDatesAfterTitle(
  role: Pick<Role, 'start' | 'end' | 'asOf'>,
  language: string | undefined = 'en',
): string | undefined {
  const locale = toLocale(language);
  const dates = roleDates(role, locale);
  return dates && ui(locale).actors.roleDates.suffix(dates);
}

/**
 * Writes a role with its dates in a language: `roles.map(formatRoleIn('ja'))` gives
 * 内閣総理大臣（2016年12月時点）.
 */
export function formatRoleIn(
  locale: Locale,
): (role: Pick<Role, 'title' | 'start' | 'end' | 'asOf'>) => string {
  return (role) => `${role.title}${roleDatesAfterTitle(role, locale) ?? ''}`;
}

/**
 * A role with its dates: "Prime Minister of Japan, as of December 2016". English; one argument
 * only, so that `roles.map(formatRole)` works (see `formatRoleIn` for the other languages).
 */
export function formatRole(role: Pick<Role, 'title' | 'start' | 'end' | 'asOf'>): string {
  return formatRoleIn('en')(role);
}

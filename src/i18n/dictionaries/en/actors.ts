/** The words of the actors index, the actor pages and their components (see src/i18n/ui.ts). */
export const actors = {
  /** The actors index (/actors/). */
  index: {
    title: 'Actors',
    description:
      'The people, governments and organisations that act or speak in the Japan–Russia dispute over the islands, with their roles at the time and what they said.',
    lede: 'The people, governments and organisations that act or speak in the dispute, with the roles they held at the time. Each page lists their quotes, the events they took part in and the articles that name them.',
  },
  /** The index's group headings (src/lib/actors.ts groupActorsByKind). */
  groups: {
    people: 'People',
    institutions: 'Governments and organisations',
    peoples: 'Peoples',
    unnamed: 'Unnamed officials',
  },
  /** A short word for the kind of actor (src/lib/actors.ts actorKindLabel). */
  kinds: {
    person: 'Person',
    government: 'Government',
    organization: 'Organisation',
    people: 'People',
    unnamed: 'Unnamed official',
  },
  /** An actor's own page (/actors/<id>/). */
  page: {
    description: (name: string, hasRoles: boolean) =>
      `${name} in the Japan–Russia dispute over the islands: ${hasRoles ? 'roles, ' : ''}quotes, events and articles, with sources.`,
    allActors: 'All actors',
    roles: (count: number): string => (count === 1 ? 'Role' : 'Roles'),
    quotes: 'Quotes',
    events: 'Events',
    articles: 'Articles',
  },
  /** When a role was held; the date is already written in the page's language. */
  roleDates: {
    since: (date: string) => `since ${date}`,
    until: (date: string) => `until ${date}`,
    asOf: (date: string) => `as of ${date}`,
    /** What follows a role's title in a list: ", as of December 2016". */
    suffix: (dates: string) => `, ${dates}`,
  },
};

/** The words of the timeline and its filtered views (see src/i18n/ui.ts). */

/** An island's kind, for languages whose sentences name it ("the island …", "the islands …"). */
type IslandKind = 'island' | 'islet-group';

export const timeline = {
  /** The main timeline's title and h1, the filtered pages' eyebrow and the structured data's name. */
  title: 'Timeline',
  /**
   * The periods' titles by slug (src/lib/timeline.ts: PERIOD_BOUNDARIES). The slugs are ids and
   * addresses and stay English in every language.
   */
  periods: {
    'treaties-and-borders': 'Treaties and borders',
    'war-and-occupation': 'War and occupation',
    'peace-treaty-and-joint-declaration': 'Peace treaty and Joint Declaration',
    'cold-war-and-after': 'Cold War and after',
    'summits-and-suspension': 'Summits and suspension',
  },
  /** A period's heading as plain text: "1855–1905: Treaties and borders". */
  periodHeading: (years: string, title: string) => `${years}: ${title}`,
  /** The years before a period's title in its h2 (a space follows, then the title). */
  periodYears: (years: string) => `${years}:`,
  /** The main timeline page (/timeline/). */
  index: {
    description: (span: string) =>
      `Every dated event in the Japan–Russia dispute over the four islands, ${span}, in date order with its sources.`,
    lede: (count: number) =>
      `${count} dated events in the dispute, in the order they happened, grouped by period.`,
    prose:
      'Each event names the islands and people it concerns and the sources it is read in. Where sources give a date differently, every date is kept; a date that is only implied is marked “c.”. Choose a period, an island or an actor below to see only its events.',
    entryNote:
      'To cite a single event, give the address its “Link” leads to (this page’s address followed by #event- and the event’s id) in place of this page’s.',
  },
  /** The frame of every filtered view (by island, actor or period). */
  filtered: {
    showAll: 'Show all events',
    noMatch: 'No event in the fact file matches this filter yet.',
    entryNote:
      'To cite a single event, give the address its “Link” leads to (the full timeline’s address followed by #event- and the event’s id) in place of this page’s.',
  },
  /** The events of one island (/timeline/island/…/). The h1 and the link hold the island's name. */
  island: {
    title: (name: string, _kind: IslandKind) => `Events concerning ${name}`,
    description: (name: string, _kind: IslandKind) =>
      `The events in the Japan–Russia dispute that concern ${name}, in date order with their sources.`,
    lede: (count: number, total: number, name: string, _kind: IslandKind) =>
      `${count} of ${total} events in the timeline concern ${name}.`,
    /** The h1 around the island's name. */
    headingBefore: (_kind: IslandKind) => 'Events concerning ',
    headingAfter: '',
    /** The link to the island's page, around its name. */
    aboutBefore: (_kind: IslandKind) => 'About ',
    aboutAfter: '',
  },
  /** The events of one actor (/timeline/actor/…/). */
  actor: {
    title: (name: string) => `Events involving ${name}`,
    description: (name: string) =>
      `The events in the Japan–Russia dispute over the four islands that involve ${name}, in date order with their sources.`,
    lede: (count: number, total: number, name: string) =>
      `${count} of ${total} events in the timeline involve ${name}.`,
    about: (name: string) => `About ${name}`,
  },
  /** The events of one period (/timeline/period/…/); `years` is "1855–1905" or "1945". */
  period: {
    title: (years: string, title: string) => `Events of ${years}: ${title}`,
    description: (years: string, title: string) =>
      `The events of ${years} in the Japan–Russia dispute over the four islands (${title.toLowerCase()}), in date order with their sources.`,
    lede: (count: number, total: number, years: string) =>
      `${count} of ${total} events in the timeline fall in ${years}.`,
    onFullTimeline: 'This period on the full timeline',
  },
  /** The filter bar. Its group ids (filter-show…) do not change with the language. */
  filters: {
    label: 'Filter the timeline',
    show: 'Show',
    all: 'All events',
    period: 'Period',
    island: 'Island',
    actor: 'Actor',
    /** Read after a count by screen readers: "3 events". */
    events: (count: number): string => (count === 1 ? 'event' : 'events'),
  },
  /** The overview drawing above the events. */
  overview: {
    heading: 'At a glance',
    hint: 'Scroll sideways to see every year.',
    svgTitle: (start: number, end: number, count: number) =>
      `Overview of the timeline, ${start}–${end}: ${count} events`,
    svgDescription: 'Each event is a link to its entry below, in date order.',
    /** A dot's name: its date, then the event's title. */
    dot: (date: string, title: string) => `${date}: ${title}`,
    dotsLabel: 'Events',
    caption:
      'Each dot is an event; events of the same year are stacked, earliest nearest the axis. Select a dot to go to the event.',
    compressed: (years: number) =>
      `Stretches of more than ${years} years without events are drawn shorter and marked ≈.`,
    approximate: 'A hollow dot marks an approximate date.',
    /** What goes between two sentences of the description and the caption. */
    sentenceGap: ' ',
  },
  /** One event on a timeline. */
  event: {
    permalink: (title: string) => `Link to this event: ${title}`,
    /** Before the links to the map's border states, with the space that follows it. */
    onTheMap: 'On the map of the border through time: ',
    /** A border state's link; `label` is the state's year ("1855") in the map's file. */
    borderIn: (label: string) => `the border in ${label}`,
    borderToday: 'the border today',
    listSeparator: ', ',
    listEnd: '.',
    islands: 'Islands',
    actors: 'Actors',
    sources: (count: number): string => (count === 1 ? 'Source' : 'Sources'),
    discussedIn: 'Discussed in',
  },
};

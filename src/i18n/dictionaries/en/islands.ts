/** The words of the islands index, the island pages and the island components (see src/i18n/ui.ts). */
export const islands = {
  /** The islands index (/islands/). */
  index: {
    title: 'The four islands',
    searchTitle: 'The four islands: names, areas and 1945 residents',
    description:
      'The four disputed islands one by one, with their Japanese and Russian names, their areas and their 1945 Japanese residents, each figure with its source.',
    lede: 'Russia governs these islands and Japan claims them. Each has a Japanese and a Russian name; the figures below come with their sources, and where sources disagree, every value is shown.',
  },
  /** An island's kind, for sentences and the card's eyebrow (src/lib/names.ts islandKindLabel). */
  kinds: { island: 'island', 'islet-group': 'islet group' },
  /** The eyebrow of an island's own page. */
  disputedKinds: { island: 'Disputed island', 'islet-group': 'Disputed islet group' },
  /** How one name reads when the reader sees both sides' names: "Etorofu (Iturup)". */
  bothNames: (japanese: string, russian: string) => `${japanese} (${russian})`,
  /** An island's own page (/islands/<id>/): its description and section headings. */
  page: {
    description: (name: string) =>
      `${name}: its Japanese and Russian names, area, residents in 1945 and today, and administration, with the events, quotes and claims that concern it, each with its source.`,
    names: 'Names',
    figures: 'Area and population',
    area: 'Area',
    administration: 'Administration',
    howJapan: 'How Japan counts it',
    howRussia: 'How Russia counts it',
    borderHistory: 'Through the border’s history',
    /** A line of that history: the border state (its year and title), who held the island, a note. */
    borderState: (label: string, title: string) => `${label}, ${title}`,
    afterBorderState: ': ',
    statusEnd: '.',
    beforeStatusNote: ' ',
    people: 'Who lives there, and who lived there',
    peopleToday: 'Today',
    people1945: 'The Japanese residents of 1945',
    peopleAinu: 'The Ainu, before both states',
    notes: 'Facts with sources',
    events: 'Events',
    quotes: 'Quotes',
    claims: 'Points in dispute',
    articles: 'Articles',
  },
  /** The island card on the index: which side each name is, and the source of each figure. */
  card: {
    japanese: 'Japanese',
    russian: 'Russian',
    area: 'Area',
    sourcesDiffer: 'Sources differ',
    /** Before the source's link; the space (or none) after it is part of the label. */
    source: 'Source: ',
  },
  /** The table of both sides' names on an island's page. */
  namesTable: {
    /** The hidden caption, split around the island's name. */
    captionBefore: 'Names of ',
    captionAfter: ' in Japanese and Russian',
    japanese: 'Japanese',
    russian: 'Russian',
    /** The row of the names as this language's running text writes them. */
    usage: 'In English usage',
    native: 'Native script',
    romanized: 'Romanisation',
  },
  /** The home page's table of the four islands' areas and 1945 residents. */
  keyFigures: {
    caption: 'The four islands: area, and Japanese residents in 1945, with sources',
    island: 'Island',
    area: 'Area',
    residents1945: 'Japanese residents, 1945',
    /** The aria-label of a figure's source note number. */
    sourceNote: (marker: string) => `Source ${marker}`,
    notRecorded: 'not recorded',
    /** Before the one source's link; the space after it is part of the label. */
    everySource: 'Source of every figure: ',
  },
  /** How figures are written (src/lib/figures.ts, src/components/SourcedFigureList.astro). */
  figures: {
    /** An area: "3,168 km²" (the number is already formatted). */
    area: (value: string) => `${value} km²`,
    /** A population figure: the number and the label saying whom it counts. */
    population: (value: string, _count: number, label: string) => `${value} ${label}`,
    /** What a population figure counts when its entry gives no label. */
    defaultLabel: 'residents',
    /** A heading for population figures: "Japanese residents in 1945" (first letter raised after). */
    populationHeading: (label: string, year: number | undefined) =>
      year === undefined ? label : `${label} in ${year}`,
    /** A population figure with its date: "3,608 Japanese residents (15 August 1945)". */
    withDate: (count: string, date: string) => `${count} (${date})`,
    /** The words around a figure's date ("as measured in 2020", "on 15 August 1945"). */
    asOf: {
      area: {
        before: (preposition: 'on' | 'in'): string => `as measured ${preposition}`,
        after: '',
      },
      population: { before: (preposition: 'on' | 'in'): string => preposition, after: '' },
    },
    differLabel: 'Sources differ:',
    /** After the label, with its leading space: the distinct values, already formatted. */
    differ: (values: string[]) =>
      ` they give ${values.slice(0, -1).join(', ')} and ${values.at(-1)}. Each value is shown with its source.`,
    source: 'Source: ',
  },
};

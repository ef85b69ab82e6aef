/** The words of the bibliography and of citations everywhere (see src/i18n/ui.ts). */
export const sources = {
  /** The page's title, heading and citation title; also the name of its list of sources. */
  title: 'Sources',
  description:
    "The bibliography: every report, government document, treaty, reference work and dataset the site's facts and quotes are read in, with what cites each.",
  lede: "Every document the site's facts, quotes and articles are read in, grouped by kind. Each entry lists what on the site cites it, and each address says when the site read the copy there. Where a title was written for this site, a date is not recorded or no copy of a document could be found, the entry's note says so.",
  /** The label of the index of kinds at the top of the page. */
  kindIndexLabel: 'Kinds of source',
  /** How many sources of a kind, after its name in that index. */
  kindCount: (count: number) => ` (${count})`,
  /** The bibliography's headings for each kind of source (groupSourcesByKind in src/lib/sources.ts). */
  kinds: {
    news: 'News reports',
    government: 'Government documents',
    treaty: 'Treaties and agreements',
    reference: 'Reference works',
    dataset: 'Datasets',
    book: 'Books',
    academic: 'Academic works',
  },
  /** One entry of the bibliography. */
  entry: {
    undated: 'undated',
    /** Hidden text after a link to the source's own site (with its space). */
    externalSite: ' (external site)',
    /** When the site read a source's copy: "read 2 December 2026" (accessedText). */
    accessed: (date: string) => `read ${date}`,
  },
  /** "Source: …" or "Sources: …; …" after a fact (src/components/SourceList.astro). */
  list: {
    /** The label before the list, with its space. */
    label: (count: number): string => (count === 1 ? 'Source: ' : 'Sources: '),
    separator: '; ',
  },
  /** What cites a source, under its entry (src/components/CitedBy.astro). */
  citedBy: {
    none: 'Not cited by any entry yet.',
    heading: 'Cited by',
    pages: 'Pages',
    islands: 'Islands',
    actors: 'Actors',
    borders: 'Border states',
    events: 'Events',
    quotes: 'Quotes',
    claims: 'Claims',
    articles: 'Articles',
    /** A border state's link: "1855: The Treaty of Shimoda". */
    borderState: (label: string, title: string) => `${label}: ${title}`,
    /** A quote's link: "Sergei Lavrov: “…”". */
    quote: (speaker: string, words: string) => `${speaker}: ${words}`,
    /** The pages that draw on the island outlines' source (pageCitations in src/lib/sources.ts). */
    mapPages: 'The map and the island pages’ maps (island outlines)',
  },
};

/** The words of the articles: their list, an article's header and table of contents, its related panel. */
export const articles = {
  /** The names of the articles' topic tags (their eyebrow); a tag without one shows as written. */
  tagNames: {
    diplomacy: 'diplomacy',
    economy: 'economy',
    geography: 'geography',
    history: 'history',
    japan: 'Japan',
    overview: 'overview',
    positions: 'positions',
    recent: 'recent',
    russia: 'Russia',
    treaties: 'treaties',
  } as Record<string, string>,
  /** The list of articles (/articles/): its title, lede and one-sentence description. */
  title: 'Articles',
  description:
    "Explainers on the Japan–Russia island dispute, each citing its sources and giving both governments' positions.",
  lede: "Explainers in plain language. Each gives both governments' positions where they differ and cites its sources in numbered notes.",
  /** An article's dates and reading time: "Published 27 November 2026 · Updated … · 4 min read". */
  published: 'Published ',
  updated: 'Updated ',
  minRead: (minutes: number) => `${minutes} min read`,
  /** Shown on a draft (only in development builds). */
  draft: 'Draft',
  draftNotPublished: 'Draft: not published',
  /** The heading of an article's table of contents. */
  onThisPage: 'On this page',
  /** The panel of facts an article names, by kind. */
  related: {
    heading: 'Related',
    islands: 'Islands',
    actors: 'People and institutions',
    events: 'Events',
    sources: 'Sources',
  },
};

/**
 * Where each kind of entry lives on the site (paths without base; pass them through `url()`).
 * One function per route so that pages, fact links, feeds and the link check agree.
 */
export const routes = {
  home: () => '/',
  islands: () => '/islands/',
  island: (id: string) => `/islands/${id}/`,
  timeline: () => '/timeline/',
  event: (id: string) => `/timeline/#${eventAnchor(id)}`,
  timelineIsland: (id: string) => `/timeline/island/${id}/`,
  timelineActor: (id: string) => `/timeline/actor/${id}/`,
  timelinePeriod: (slug: string) => `/timeline/period/${slug}/`,
  timelinePeriodAnchor: (slug: string) => `/timeline/#${periodAnchor(slug)}`,
  actors: () => '/actors/',
  actor: (id: string) => `/actors/${id}/`,
  quotes: () => '/quotes/',
  quote: (id: string) => `/quotes/#${quoteAnchor(id)}`,
  sources: () => '/sources/',
  source: (id: string) => `/sources/#${sourceAnchor(id)}`,
  claims: () => '/claims/',
  claim: (id: string) => `/claims/#${claimAnchor(id)}`,
  articles: () => '/articles/',
  article: (slug: string) => `/articles/${slug}/`,
  map: () => '/map/',
  borderState: (id: string) => `/map/#${borderAnchor(id)}`,
  about: () => '/about/',
  search: () => '/search/',
  corrections: () => '/corrections/',
  correction: (id: string) => `/corrections/#correction-${id}`,
  data: () => '/data/',
  /** A data file, by its name under /data/: `facts.json`, `islands.csv`. */
  dataFile: (name: string) => `/data/${name}`,
  /** A data file's section on /data/, by the file's key (`islands-csv`). */
  dataFileSection: (key: string) => `/data/#${dataFileAnchor(key)}`,
} as const;

/** The site's RSS feeds, announced on every page. */
export const FEEDS = [
  { path: '/rss.xml', key: 'articles', title: 'Articles' },
  { path: '/timeline/rss.xml', key: 'timeline', title: 'Timeline events' },
  { path: '/corrections/rss.xml', key: 'corrections', title: 'Corrections' },
] as const;

/** The fragment ids used on list pages; prefixed so they never collide with heading ids. */
export const eventAnchor = (id: string) => `event-${id}`;
export const quoteAnchor = (id: string) => `quote-${id}`;
export const sourceAnchor = (id: string) => `source-${id}`;
export const claimAnchor = (id: string) => `claim-${id}`;
/** A border state's section on the map page: `border-1875`. */
export const borderAnchor = (id: string) => `border-${id}`;
/** A data file's section on /data/, by the file's key: `file-islands-csv`. */
export const dataFileAnchor = (key: string) => `file-${key}`;
export const periodAnchor = (slug: string) => `period-${slug}`;

import { compareDates } from './dates.ts';
import { orderIslandsGeographically } from './islands.ts';
import type { z } from 'zod';
import type {
  Actor,
  Article,
  Claim,
  Event,
  FACT_COLLECTIONS,
  FactCollectionName,
  Island,
  Quote,
  Source,
} from '../schemas/index.ts';

/** An article as lists and relations need it: its slug and frontmatter, not its body. */
export interface ArticleSummary {
  slug: string;
  data: Article;
}

/** The fact file's collections, as plain arrays of validated entries, one per registry entry. */
export type FactCollections = {
  [K in FactCollectionName]: z.output<(typeof FACT_COLLECTIONS)[K]['schema']>[];
};

/** Everything the pages show. */
export interface FactInput extends FactCollections {
  articles: ArticleSummary[];
}

/** What cites a source, for the bibliography: every collection but the sources themselves. */
export type Citations = Omit<FactInput, 'sources'>;

/** Look-ups and relations computed once per build and shared by every page. */
export interface FactIndex extends FactInput {
  island(id: string): Island;
  actor(id: string): Actor;
  event(id: string): Event;
  quote(id: string): Quote;
  source(id: string): Source;
  eventsForIsland(id: string): Event[];
  eventsForActor(id: string): Event[];
  quotesBySpeaker(id: string): Quote[];
  quotesForIsland(id: string): Quote[];
  articlesForIsland(id: string): ArticleSummary[];
  articlesForActor(id: string): ArticleSummary[];
  articlesForEvent(id: string): ArticleSummary[];
  claimsForIsland(id: string): Claim[];
  citationsOf(sourceId: string): Citations;
}

function byId<T extends { id: string }>(entries: T[], kind: string): (id: string) => T {
  const map = new Map(entries.map((entry) => [entry.id, entry]));
  return (id) => {
    const entry = map.get(id);
    // The content check refuses unknown ids before the build, so this only fires on a bug.
    if (!entry) throw new Error(`No ${kind} with id "${id}"`);
    return entry;
  };
}

function groupBy<T>(entries: T[], keysOf: (entry: T) => readonly string[]): (key: string) => T[] {
  const map = new Map<string, T[]>();
  for (const entry of entries) {
    for (const key of new Set(keysOf(entry))) {
      const list = map.get(key) ?? [];
      list.push(entry);
      map.set(key, list);
    }
  }
  return (key) => map.get(key) ?? [];
}

/**
 * Reading order: articles with an `order` first, by it; then the rest newest first; then by title,
 * so lists of articles are stable.
 */
export function compareArticles(
  a: Pick<ArticleSummary, 'data'>,
  b: Pick<ArticleSummary, 'data'>,
): number {
  const order = (article: Pick<ArticleSummary, 'data'>) =>
    article.data.order ?? Number.POSITIVE_INFINITY;
  const key = (article: Pick<ArticleSummary, 'data'>) => {
    const { year, month = 0, day = 0 } = article.data.published;
    return year * 10_000 + month * 100 + day;
  };
  const byOrder = order(a) - order(b);
  return (
    (Number.isNaN(byOrder) ? 0 : byOrder) ||
    key(b) - key(a) ||
    a.data.title.localeCompare(b.data.title)
  );
}

/** Builds the shared index: events in date order, quotes in date order, articles in reading order. */
export function buildFactIndex(input: FactInput): FactIndex {
  const events = [...input.events].sort(
    (a, b) => compareDates(a.date, b.date) || a.title.localeCompare(b.title),
  );
  const quotes = [...input.quotes].sort(
    (a, b) => compareDates(a.date, b.date) || a.id.localeCompare(b.id),
  );
  const articles = [...input.articles].sort(compareArticles);
  const islands = orderIslandsGeographically(input.islands);
  const eventById = byId(events, 'event');

  const sourceIdsOfIsland = (island: Island) => [
    ...island.area.map((value) => value.source),
    ...island.population.map((value) => value.source),
    ...island.notes.map((note) => note.source),
    ...[...island.people.today, ...island.people.residents1945, ...island.people.ainu].map(
      (note) => note.source,
    ),
    ...(island.administration.source ? [island.administration.source] : []),
  ];
  const citing = {
    islands: groupBy(input.islands, sourceIdsOfIsland),
    actors: groupBy(input.actors, (actor) =>
      actor.roles.flatMap((role) => (role.source ? [role.source] : [])),
    ),
    events: groupBy(events, (event) => event.sources),
    quotes: groupBy(quotes, (quote) => [quote.source]),
    claims: groupBy(input.claims, (claim) => [
      ...claim.backgroundSources,
      ...claim.positions.flatMap((position) => position.sources),
    ]),
    articles: groupBy(articles, (article) => article.data.sources),
    borders: groupBy(input.borders, (state) => [
      ...state.sources,
      ...state.lines.flatMap((line) => line.sources),
    ]),
  };
  const quotesForIsland = groupBy(quotes, (quote) => [
    ...quote.islands,
    ...(quote.event ? eventById(quote.event).islands : []),
  ]);

  return {
    ...input,
    islands,
    events,
    quotes,
    articles,
    island: byId(islands, 'island'),
    actor: byId(input.actors, 'actor'),
    event: eventById,
    quote: byId(quotes, 'quote'),
    source: byId(input.sources, 'source'),
    eventsForIsland: groupBy(events, (event) => event.islands),
    eventsForActor: groupBy(events, (event) => event.actors),
    quotesBySpeaker: groupBy(quotes, (quote) => [quote.speaker]),
    quotesForIsland,
    articlesForIsland: groupBy(articles, (article) => article.data.islands),
    articlesForActor: groupBy(articles, (article) => article.data.actors),
    articlesForEvent: groupBy(articles, (article) => article.data.events),
    claimsForIsland: groupBy(input.claims, (claim) => claim.islands),
    citationsOf: (sourceId) => ({
      islands: citing.islands(sourceId),
      actors: citing.actors(sourceId),
      events: citing.events(sourceId),
      quotes: citing.quotes(sourceId),
      claims: citing.claims(sourceId),
      articles: citing.articles(sourceId),
      borders: citing.borders(sourceId),
    }),
  };
}

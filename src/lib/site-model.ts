/**
 * The route table: every page the build makes, with the ids its HTML will hold, as functions of the
 * facts. The pages' `getStaticPaths` take their entries from the same relations (the fact index,
 * the timeline's periods), the content check resolves every internal link against this model, and
 * a test builds the real site and holds the model equal to `dist/`.
 */
import type { FactCollections, FactInput } from './facts-index.ts';
import { buildFactIndex, type FactIndex } from './facts-index.ts';
import { groupActorsByKind } from './actors.ts';
import { figureSourceNotes, keyFiguresSourceId, keyFiguresSourceIds } from './figures.ts';
import { groupQuotesBySpeaker, speakerAnchor } from './quotes.ts';
import {
  claimAnchor,
  borderAnchor,
  eventAnchor,
  FEEDS,
  periodAnchor,
  quoteAnchor,
  routes,
  sourceAnchor,
} from './routes.ts';
import { groupSourcesByKind, sourceKindAnchor } from './sources.ts';
import {
  actorsWithEvents,
  groupByPeriod,
  PERIOD_BOUNDARIES,
  selectEvents,
  type TimelineFilter,
} from './timeline.ts';
import { mapAnchorIds, mapLineIds } from './map/map-ids.ts';
import { tableOfContents, type Heading } from './articles.ts';
import { correctionAnchor, gatherCorrections } from './corrections.ts';
import type { Article } from '../schemas/index.ts';
import { dataFileList, dataPageIds } from './data-export/files.ts';
import { LOCALES, langParam, localePath, type Locale } from '../i18n/locales.ts';

/** The ids a page will have. */
export type PageAnchors = ReadonlySet<string>;

/** Every page the build will produce (paths without base) and the ids each will have. */
export type SiteModel = ReadonlyMap<string, PageAnchors>;

/** What the model is built from: the validated facts, the articles, and each article's rendered ids. */
export interface SiteModelInput {
  content: FactCollections & { articles: { slug: string; data: Article }[] };
  /** Each article's rendered body: the ids its HTML holds and its headings. */
  articleBodies: ReadonlyMap<string, ArticleBody>;
  /**
   * Each translated article's rendered body, by language and slug. An article with no translation
   * in a language is served there in English (with a notice), so its ids are the English body's.
   */
  translatedBodies?: Partial<Record<Locale, ReadonlyMap<string, ArticleBody>>>;
  /** Whether draft articles get pages (only in `npm run dev`; never in a build or a link target). */
  showDrafts?: boolean;
}

/** What the model needs of a rendered article: the ids its HTML holds and its headings. */
export interface ArticleBody {
  anchors: readonly string[];
  headings: readonly Heading[];
}

/** One page: where it is, what kind, and the ids it holds. */
export interface SiteRoute {
  path: string;
  kind: string;
  anchors: string[];
  /** The language of a page, or of a feed or data file made from the facts; the other files (the
   * sitemap, the data schema, the 404 page) have none. */
  locale?: Locale;
  /**
   * The dynamic segments of the page's file name (`[...lang]`, `[id]`, `[slug]`), for its
   * `getStaticPaths`; `lang` is undefined for English, which is served at the root.
   */
  params?: Record<string, string | undefined>;
}

/** Ids every page has (the layout's). */
export const LAYOUT_IDS = ['main', 'main-nav-list'] as const;

/** The ids on an article page besides those of its body. */
export const ARTICLE_PAGE_IDS = ['toc-heading', 'related-heading', 'page-record'] as const;

/** Ids an article's headings may not take: the page already uses them. */
export const RESERVED_ARTICLE_IDS: ReadonlySet<string> = new Set([
  ...LAYOUT_IDS,
  ...ARTICLE_PAGE_IDS,
]);

const TIMELINE_FILTER_IDS = ['filter-show', 'filter-period', 'filter-island', 'filter-actor'];

/** A timeline's events: period headings (unless it is one period) and each event's anchor and title. */
function timelineEventIds(index: FactIndex, filter: TimelineFilter): string[] {
  const events = selectEvents(index.events, filter);
  const eventIds = (list: readonly { id: string }[]) =>
    list.flatMap((event) => [eventAnchor(event.id), `${eventAnchor(event.id)}-title`]);
  if (filter.kind === 'period') return eventIds(events);
  return groupByPeriod(events, PERIOD_BOUNDARIES, index.events).flatMap((period) => [
    periodAnchor(period.slug),
    ...eventIds(period.events),
  ]);
}

const when = (condition: boolean, ...ids: string[]) => (condition ? ids : []);

/** Every page of the site, in every language, with its ids; then the files. */
export function siteRoutes(input: SiteModelInput): SiteRoute[] {
  return [
    ...LOCALES.flatMap((locale) => [...pageRoutes(input, locale), ...languageFileRoutes(locale)]),
    ...fileRoutes(),
  ];
}

/** The pages of one language: the same pages and ids in each, under the language's prefix. */
function pageRoutes(
  { content, articleBodies: englishBodies, translatedBodies, showDrafts }: SiteModelInput,
  locale: Locale,
): SiteRoute[] {
  const translated = translatedBodies?.[locale];
  const articleBodies = {
    get: (slug: string) => translated?.get(slug) ?? englishBodies.get(slug),
  };
  const published = content.articles.filter((article) => showDrafts || !article.data.draft);
  const input: FactInput = { ...content, articles: published };
  const index = buildFactIndex(input);
  const lines = mapLineIds(content);
  const route = (
    path: string,
    kind: string,
    anchors: string[],
    params: Record<string, string> = {},
  ): SiteRoute => ({
    path: localePath(locale, path),
    kind,
    anchors: [...LAYOUT_IDS, ...anchors],
    locale,
    params: { lang: langParam(locale), ...params },
  });

  return [
    route(routes.home(), 'home', [
      'page-title',
      ...mapAnchorIds('Map of the four islands', true, lines),
      'figures-heading',
      ...(() => {
        const notes = figureSourceNotes(keyFiguresSourceIds(index.islands));
        return notes.sources.length > 1 ? notes.sources.map(keyFiguresSourceId) : [];
      })(),
      'articles-heading',
      'events-heading',
      'claims-heading',
      'page-record',
    ]),
    route(routes.about(), 'about', [
      'method',
      'sources',
      'names',
      'corrections',
      'licence',
      'page-record',
    ]),
    route(routes.articles(), 'articles', ['page-record']),
    ...published.map((article) =>
      route(
        routes.article(article.slug),
        'article',
        [
          ...when(
            tableOfContents(articleBodies.get(article.slug)?.headings ?? []).length > 0,
            'toc-heading',
          ),
          ...(articleBodies.get(article.slug)?.anchors ?? []),
          'related-heading',
          'page-record',
        ],
        { slug: article.slug },
      ),
    ),
    route(routes.islands(), 'islands', ['page-record']),
    ...index.islands.map((island) =>
      route(
        routes.island(island.id),
        'island',
        [
          'names',
          'figures',
          ...mapAnchorIds('On the map', true, lines),
          'administration',
          ...when(index.borders.length > 0, 'border-history'),
          ...when(
            island.people.today.length +
              island.people.residents1945.length +
              island.people.ainu.length >
              0,
            'people',
          ),
          ...when(island.people.today.length > 0, 'people-today'),
          ...when(island.people.residents1945.length > 0, 'people-1945'),
          ...when(island.people.ainu.length > 0, 'people-ainu'),
          ...when(island.notes.length > 0, 'notes'),
          ...when(index.eventsForIsland(island.id).length > 0, 'events'),
          ...when(index.quotesForIsland(island.id).length > 0, 'quotes'),
          ...when(index.claimsForIsland(island.id).length > 0, 'claims'),
          ...when(index.articlesForIsland(island.id).length > 0, 'articles'),
          'page-record',
        ],
        { id: island.id },
      ),
    ),
    route(routes.actors(), 'actors', [
      ...groupActorsByKind(index.actors).map((group) => `group-${group.key}`),
      'page-record',
    ]),
    ...index.actors.map((actor) =>
      route(
        routes.actor(actor.id),
        'actor',
        [
          ...when(actor.roles.length > 0, 'roles'),
          ...when(index.quotesBySpeaker(actor.id).length > 0, 'quotes'),
          ...when(index.eventsForActor(actor.id).length > 0, 'events'),
          ...when(index.articlesForActor(actor.id).length > 0, 'articles'),
          'page-record',
        ],
        { id: actor.id },
      ),
    ),
    route(routes.timeline(), 'timeline', [
      ...TIMELINE_FILTER_IDS,
      'overview-heading',
      'overview-title',
      'overview-desc',
      ...timelineEventIds(index, { kind: 'all' }),
      'page-record',
    ]),
    ...index.islands.map((island) =>
      route(
        routes.timelineIsland(island.id),
        'timeline-island',
        [
          ...TIMELINE_FILTER_IDS,
          ...timelineEventIds(index, { kind: 'island', id: island.id }),
          'page-record',
        ],
        { id: island.id },
      ),
    ),
    ...actorsWithEvents(index.actors, index.events).map((actor) =>
      route(
        routes.timelineActor(actor.id),
        'timeline-actor',
        [
          ...TIMELINE_FILTER_IDS,
          ...timelineEventIds(index, { kind: 'actor', id: actor.id }),
          'page-record',
        ],
        { id: actor.id },
      ),
    ),
    ...groupByPeriod(index.events).map((period) =>
      route(
        routes.timelinePeriod(period.slug),
        'timeline-period',
        [
          ...TIMELINE_FILTER_IDS,
          ...timelineEventIds(index, { kind: 'period', slug: period.slug }),
          'page-record',
        ],
        { slug: period.slug },
      ),
    ),
    route(routes.quotes(), 'quotes', [
      'speaker-index-heading',
      ...groupQuotesBySpeaker(index.quotes).flatMap((group) => [
        speakerAnchor(group.speaker),
        ...group.quotes.map((quote) => quoteAnchor(quote.id)),
      ]),
      'page-record',
    ]),
    route(
      routes.sources(),
      'sources',
      groupSourcesByKind(index.sources)
        .flatMap((group) => [
          sourceKindAnchor(group.kind),
          ...group.sources.map((source) => sourceAnchor(source.id)),
        ])
        .concat('page-record'),
    ),
    route(routes.claims(), 'claims', [
      'claim-index-heading',
      ...index.claims.flatMap((claim) => [
        claimAnchor(claim.id),
        `${claimAnchor(claim.id)}-question`,
      ]),
      'page-record',
    ]),
    route(routes.map(), 'map', [
      ...mapAnchorIds('Map of the four islands and eastern Hokkaido', false, lines),
      'borders',
      ...index.borders.map((state) => borderAnchor(state.id)),
      'islands',
      'page-record',
    ]),
    route(routes.search(), 'search', ['search-input']),
    route(routes.data(), 'data', dataPageIds()),
    route(
      routes.corrections(),
      'corrections',
      gatherCorrections({
        articles: published,
        events: index.events,
        islands: index.islands.map((island) => ({ ...island, name: island.id })),
        actors: index.actors,
      })
        .map(correctionAnchor)
        .concat('page-record'),
    ),
  ];
}

/**
 * A language's feeds and data files, each beside its English one under the language's prefix
 * (`/ja/rss.xml`, `/ja/data/islands.csv`): they hold the facts' text in that language.
 */
function languageFileRoutes(locale: Locale): SiteRoute[] {
  const file = (path: string, kind: string, params: Record<string, string> = {}): SiteRoute => ({
    path: localePath(locale, path),
    kind,
    anchors: [],
    locale,
    params: { lang: langParam(locale), ...params },
  });
  return [
    ...FEEDS.map((feed) => file(feed.path, feedKind(feed.key))),
    ...dataFileList()
      .filter((data) => data.inEachLanguage)
      .map((data) =>
        data.collection
          ? file(data.path, 'data-csv', { collection: data.collection })
          : file(data.path, `data-${data.key}`),
      ),
  ];
}

/** The route kind of a feed, as its file under `src/pages/[...lang]/` names it in `staticPaths`. */
export const feedKind = (key: (typeof FEEDS)[number]['key']) => `feed-${key}` as const;

/** The files: the sitemap, the data exports and the 404 page (one, for every language). */
function fileRoutes(): SiteRoute[] {
  return [
    { path: '/404.html', kind: 'not-found', anchors: [...LAYOUT_IDS] },
    ...[
      '/sitemap-index.xml',
      // The outlines' file is left out: its name changes with its content, so nothing links to it by name.
      ...dataFileList()
        .filter((file) => !file.inEachLanguage)
        .map((file) => file.path),
    ].map((path) => ({
      path,
      kind: 'file',
      anchors: [],
    })),
  ];
}

/** The page kinds under `src/pages/[...lang]/`: each has a `getStaticPaths` from this table. */
export type ParamRouteKind =
  | 'home'
  | 'about'
  | 'articles'
  | 'article'
  | 'islands'
  | 'island'
  | 'actors'
  | 'actor'
  | 'timeline'
  | 'timeline-island'
  | 'timeline-actor'
  | 'timeline-period'
  | 'quotes'
  | 'sources'
  | 'claims'
  | 'map'
  | 'search'
  | 'data'
  | 'corrections'
  | ReturnType<typeof feedKind>
  | 'data-csv'
  | 'data-facts-json'
  | 'data-borders-geojson';

/**
 * The `getStaticPaths` entries of one kind of page, taken from the route table so the pages the
 * build makes are the pages the link check knows. Anchors are not needed here, so no article is
 * rendered.
 */
export function staticPathsOf(
  content: SiteModelInput['content'],
  kind: ParamRouteKind,
  options: { showDrafts?: boolean } = {},
): { params: Record<string, string | undefined> }[] {
  return siteRoutes({ content, articleBodies: new Map(), showDrafts: options.showDrafts })
    .filter((route) => route.kind === kind)
    .map((route) => ({ params: route.params ?? {} }));
}

/** The model links are checked against: each page's path and its ids. */
export function buildSiteModel(input: SiteModelInput): SiteModel {
  return new Map(siteRoutes(input).map((page) => [page.path, new Set(page.anchors)]));
}

import type { SearchKind } from '../../../lib/search.ts';

/** The words of the search page. */
export const search = {
  /** Title and description for the layout and the structured data. */
  title: 'Search',
  description: 'Search the articles, islands, events, people and quotes of this explainer.',
  heading: 'Search',
  /** The form. */
  inputLabel: 'Search articles, islands, events, people and quotes',
  submit: 'Search',
  /** The choice of kind: legend, the choice of every kind, and each kind's name (plural). */
  show: 'Show',
  /** The choice that widens a search to the pages of every language. */
  allLanguages: 'Search every language',
  all: 'All',
  kinds: {
    Article: 'Articles',
    Island: 'Islands',
    Event: 'Events',
    Actor: 'Actors',
    Quote: 'Quotes',
    Source: 'Sources',
    Claim: 'Claims',
  } satisfies Record<SearchKind, string>,
  /**
   * Shown until the script starts (and so for good without JavaScript), around three links:
   * noScript <a>articles</a>afterArticles <a>timeline</a>afterTimeline <a>islands</a>noScriptEnd.
   */
  noScript: 'Search runs in your browser and needs JavaScript. Without it, browse the ',
  articles: 'articles',
  afterArticles: ', the ',
  timeline: 'timeline',
  afterTimeline: ' or the ',
  islands: 'islands',
  noScriptEnd: '.',
  /**
   * The words the browser script prints (src/client/search.ts). The script cannot call functions
   * from here, so these are templates: `{name}` is replaced by a value. `{query}` and `{words}`
   * are already quoted with `quote`; `{among}` is the chosen kind's `among`, or `anyKind` when
   * all kinds are shown; `{more}` is `more` when only the first results are listed. `results`
   * has one template per plural category of the language (Intl.PluralRules), `other` at least.
   */
  client: {
    hint: 'Type a word or a name, such as Shikotan, Yalta or Lavrov.',
    searching: 'Searching…',
    failed: 'The search index could not be loaded. Try reloading the page.',
    quote: '“{text}”',
    wordSeparator: ', ',
    /** A kind's number of results, after its name in the choice of kinds. */
    kindCount: ' ({count})',
    noPage: 'No page contains {words}.',
    noResults: 'No results for {query}{among}.',
    results: {
      one: '{count} result for {query}{among}{more}.',
      other: '{count} results for {query}{among}{more}.',
    } as Record<string, string>,
    more: ', showing the first {max}',
    anyKind: '',
    among: {
      Article: ' among articles',
      Island: ' among islands',
      Event: ' among events',
      Actor: ' among actors',
      Quote: ' among quotes',
      Source: ' among sources',
      Claim: ' among claims',
    } satisfies Record<SearchKind, string>,
    /** The kind of a result, above its title (one of it). */
    kind: {
      Article: 'Article',
      Island: 'Island',
      Event: 'Event',
      Actor: 'Actor',
      Quote: 'Quote',
      Source: 'Source',
      Claim: 'Claim',
    } satisfies Record<SearchKind, string>,
    /** The label of the list of a long page's matching sections. */
    sectionsLabel: 'Matching entries on {title}',
    thisPage: 'this page',
  },
};

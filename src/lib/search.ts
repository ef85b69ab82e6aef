/**
 * Search decisions shared by the page shell (which kind of page the index files a page under) and
 * the search page's script (which results count as a match for what the reader typed).
 */
import { routes } from './routes.ts';

/** The kinds of page a reader can narrow the results to, in the order the search page lists them. */
export const SEARCH_KINDS = [
  { value: 'Article', label: 'Articles' },
  { value: 'Island', label: 'Islands' },
  { value: 'Event', label: 'Events' },
  { value: 'Actor', label: 'Actors' },
  { value: 'Quote', label: 'Quotes' },
  { value: 'Source', label: 'Sources' },
  { value: 'Claim', label: 'Claims' },
] as const;

export type SearchKind = (typeof SEARCH_KINDS)[number]['value'];

/** The Pagefind filter that holds a page's kind. */
export const KIND_FILTER = 'kind';

// A page belongs to a kind when its path is the kind's list page or lies under it.
const KIND_ROOTS: ReadonlyArray<readonly [string, SearchKind]> = [
  [routes.articles(), 'Article'],
  [routes.islands(), 'Island'],
  [routes.timeline(), 'Event'],
  [routes.actors(), 'Actor'],
  [routes.quotes(), 'Quote'],
  [routes.sources(), 'Source'],
  [routes.claims(), 'Claim'],
];

/**
 * The kind a page is filed under in the search index, from its path without the base (`/islands/etorofu/`);
 * undefined for pages of no kind (home, map, about).
 */
export function searchKindForPath(path: string): SearchKind | undefined {
  return KIND_ROOTS.find(([root]) => path === root || path.startsWith(root))?.[1];
}

/** True when `value` names one of the kinds (a `kind` parameter in the search page's address). */
export function isSearchKind(value: string | null | undefined): value is SearchKind {
  return SEARCH_KINDS.some((kind) => kind.value === value);
}

/**
 * A word as the comparison below sees it: lower case, without diacritics, without the
 * punctuation around it. Pagefind folds case and diacritics the same way before it searches.
 */
export function normalizeWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');
}

/** The words of a query, normalized, without empty ones and repeats. */
export function queryTerms(query: string): string[] {
  const terms = query
    .split(/\s+/)
    .map(normalizeWord)
    .filter((term) => term.length > 0);
  return [...new Set(terms)];
}

/**
 * Whether the words a result matched show that the page contains `term` or a word beginning with
 * it. Pagefind matches a query word as a prefix (`Shiko` finds Shikotan); when no indexed word
 * begins with it, it falls back to the longest indexed word the query word begins with, so a word
 * no page contains (`Yaltax`) still returns every page with `Yalta`. Such a fallback shows here as
 * matched words that are all shorter than the term.
 */
export function matchedWordsContain(term: string, matchedWords: readonly string[]): boolean {
  const wanted = normalizeWord(term);
  return matchedWords.some((word) => normalizeWord(word).startsWith(wanted));
}

/**
 * The words of an excerpt or fragment at the positions a result matched. Pagefind counts words by
 * splitting the page's indexed text at whitespace; `locations` index into that list.
 */
export function wordsAt(content: string, locations: readonly number[]): string[] {
  const words = content.split(/[^\S\uFEFF]+/);
  return locations
    .map((location) => words[location])
    .filter((word): word is string => word !== undefined);
}

/**
 * Whether an excerpt starts after the beginning of the page's text and ends before its end, so the
 * results can mark the cut with an ellipsis instead of opening mid-sentence as if that were the
 * start. Pagefind cuts its excerpt as a window of whole words from the indexed text.
 */
export function excerptCuts(content: string, excerpt: string): { before: boolean; after: boolean } {
  const squash = (text: string) => text.replace(/[\s\uFEFF]+/g, ' ').trim();
  const page = squash(content);
  const shown = squash(excerpt);
  if (shown === '') return { before: false, after: false };
  const at = page.indexOf(shown);
  if (at === -1) {
    // Not found whole (Pagefind may have decoded or trimmed a character): judge by the ends.
    return {
      before: !page.startsWith(shown.slice(0, 24)),
      after: !page.endsWith(shown.slice(-24)),
    };
  }
  return { before: at > 0, after: at + shown.length < page.length };
}

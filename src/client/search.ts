// The search page: runs Pagefind's index (built after `astro build`) in the browser. Loaded only
// on /search/. Results are built with DOM methods; only Pagefind's excerpt, whose one markup is
// <mark>, is parsed, and nothing else from it is kept.
import { search as englishSearch } from '../i18n/dictionaries/en/search.ts';
import {
  KIND_FILTER,
  isSearchKind,
  matchedWordsContain,
  queryTerms,
  wordsAt,
  type SearchKind,
  excerptCuts,
} from '../lib/search.ts';

interface PagefindSubResult {
  title: string;
  url: string;
  anchor?: { element: string; id: string };
  weighted_locations: { balanced_score: number }[];
}
interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  locations: number[];
  meta: { title?: string; name_ja?: string; name_ru?: string };
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  data(): Promise<PagefindData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  totalFilters?: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  /** Adds another index to the results: here the same bundle's index of another language. */
  mergeIndex(indexPath: string, options?: { language?: string }): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<PagefindResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const MAX_RESULTS = 20;
/** How many results' matched words are read to tell a real match from Pagefind's fallback. */
const RESULTS_CHECKED = 5;
/** Sections of a long list page (the timeline, the quotes) linked under its result. */
const MAX_SECTIONS = 3;

/** The words this script prints: see `search.client` in src/i18n/dictionaries/en/search.ts. */
type SearchWords = typeof englishSearch.client;

/**
 * The words in the page's language: a page in another language than English carries them in a
 * `<script type="application/json" data-search-words>`; English is the dictionary's own.
 */
function readWords(): SearchWords {
  const text = document.querySelector('script[data-search-words]')?.textContent;
  if (!text) return englishSearch.client;
  try {
    return JSON.parse(text) as SearchWords;
  } catch {
    return englishSearch.client;
  }
}

const words = readWords();
const plural = new Intl.PluralRules(document.documentElement.lang || 'en');

/** A template with its `{name}`s replaced by the values. */
function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

const quote = (text: string) => fill(words.quote, { text });

const kindLabel = (kind: string | undefined) => (isSearchKind(kind) ? words.kind[kind] : undefined);

/** Copies an excerpt into `target`, keeping only text and <mark> elements. */
function appendExcerpt(target: HTMLElement, excerpt: string): void {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body;
  for (const node of parsed.querySelector('p')?.childNodes ?? []) {
    if (node instanceof HTMLElement && node.tagName === 'MARK') {
      const mark = document.createElement('mark');
      appendText(mark, node.textContent ?? '');
      target.append(mark);
    } else appendText(target, node.textContent ?? '');
  }
}

/**
 * Text into an excerpt. On a Japanese page, runs of Cyrillic (an island's Russian name, which the
 * page itself marks as Russian) are marked `lang="ru"` again, so they are set in the Latin faces
 * and not the Japanese faces' full-width Cyrillic (И т у р у п).
 */
function appendText(target: HTMLElement, text: string): void {
  if (document.documentElement.lang !== 'ja') {
    target.append(text);
    return;
  }
  for (const part of text.split(/(\p{Script=Cyrillic}+(?:[ -]\p{Script=Cyrillic}+)*)/u)) {
    if (part === '') continue;
    if (/^\p{Script=Cyrillic}/u.test(part)) {
      const span = document.createElement('span');
      span.lang = 'ru';
      span.textContent = part;
      target.append(span);
    } else target.append(part);
  }
}

/**
 * The query's words that no page contains. Pagefind answers a word it does not hold with the pages
 * of a shorter word (see matchedWordsContain), so each word is checked: found as a whole word by an
 * exact search, or as the start of a word the first results matched.
 */
async function missingTerms(
  engine: Pagefind,
  query: string,
  first: PagefindData[],
): Promise<string[]> {
  const missing: string[] = [];
  for (const term of queryTerms(query)) {
    const exact = await engine.search(`"${term}"`);
    if (exact.results.length > 0) continue;
    const matched = first.flatMap((item) => [
      ...wordsAt(item.content, item.locations),
      ...(item.meta.title ?? '').split(/\s+/),
    ]);
    if (!matchedWordsContain(term, matched)) missing.push(term);
  }
  return missing;
}

function resultItem(item: PagefindData): HTMLLIElement {
  const li = document.createElement('li');
  const kind = kindLabel(item.filters[KIND_FILTER]?.[0]);
  if (kind) {
    const eyebrow = document.createElement('p');
    eyebrow.className = 'search-results__kind';
    eyebrow.textContent = kind;
    li.append(eyebrow);
  }
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = item.url;
  link.textContent = item.meta.title ?? item.url;
  heading.append(link);
  li.append(heading);
  const names = [item.meta.name_ja, item.meta.name_ru].filter(Boolean);
  if (names.length > 0) {
    const native = document.createElement('p');
    native.className = 'search-results__names';
    [item.meta.name_ja, item.meta.name_ru].forEach((name, index) => {
      if (!name) return;
      if (native.childNodes.length > 0) native.append(' · ');
      const span = document.createElement('span');
      span.lang = index === 0 ? 'ja' : 'ru';
      span.textContent = name;
      native.append(span);
    });
    li.append(native);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'search-results__excerpt';
  appendExcerpt(excerpt, item.excerpt);
  const cuts = excerptCuts(item.content, excerpt.textContent ?? '');
  if (cuts.before) excerpt.prepend('… ');
  if (cuts.after) excerpt.append(' …');
  li.append(excerpt);
  const score = (sub: PagefindSubResult) =>
    sub.weighted_locations.reduce((sum, word) => sum + word.balanced_score, 0);
  const sections = item.sub_results
    .filter((sub) => sub.anchor && sub.url !== item.url && sub.title !== item.meta.title)
    .sort((a, b) => score(b) - score(a))
    .slice(0, MAX_SECTIONS);
  if (sections.length > 1) {
    const list = document.createElement('ul');
    list.className = 'search-results__sections';
    list.setAttribute(
      'aria-label',
      fill(words.sectionsLabel, { title: item.meta.title ?? words.thisPage }),
    );
    for (const sub of sections) {
      const entry = document.createElement('li');
      const subLink = document.createElement('a');
      subLink.href = sub.url;
      subLink.textContent = sub.title;
      entry.append(subLink);
      list.append(entry);
    }
    li.append(list);
  }
  return li;
}

export async function startSearch(base: string): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const kinds = form?.querySelector<HTMLFieldSetElement>('[data-search-kinds]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !input || !kinds || !status || !list) return;

  kinds.hidden = false;
  // "Search every language": the page's own language is searched by default (Pagefind reads
  // <html lang>); the choice merges the other languages' indexes and is kept in the address.
  const everyLanguage = form.querySelector<HTMLInputElement>('[data-search-all]');
  const everyLanguageLabel = form.querySelector<HTMLElement>('[data-search-all-label]');
  const pageLanguage = document.documentElement.lang;
  const otherLanguages = (document.documentElement.dataset.languages ?? '')
    .split(' ')
    .filter((language) => language && language !== pageLanguage);
  if (everyLanguageLabel && otherLanguages.length > 0) everyLanguageLabel.hidden = false;
  status.textContent = words.hint;
  let pagefind: Pagefind | undefined;
  const load = async () => {
    if (!pagefind) {
      const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      await module.options({ baseUrl: base });
      if (everyLanguage?.checked) {
        // An absolute address: Pagefind skips a merge whose path starts like its own.
        const bundle = new URL(`${base}pagefind/`, location.href).href;
        for (const language of otherLanguages) await module.mergeIndex(bundle, { language });
      }
      // Loads the filter index, without which searches report no counts per kind.
      await module.filters();
      pagefind = module;
    }
    return pagefind;
  };

  const selectedKind = (): SearchKind | undefined => {
    const value = kinds.querySelector<HTMLInputElement>('input[name="kind"]:checked')?.value;
    return isSearchKind(value) ? value : undefined;
  };
  /** Shows how many results each kind holds (`total` for All); no numbers when there is no query. */
  const showCounts = (counts: Record<string, number> | undefined, total = 0) => {
    for (const label of kinds.querySelectorAll<HTMLElement>('[data-kind-count]')) {
      const value = label.dataset.kindCount ?? '';
      const count = value === '' ? total : (counts?.[value] ?? 0);
      label.textContent = counts ? fill(words.kindCount, { count }) : '';
    }
  };

  let latest = 0;
  const run = async (query: string) => {
    const ticket = ++latest;
    list.replaceChildren();
    if (query.trim() === '') {
      showCounts(undefined);
      status.textContent = words.hint;
      return;
    }
    status.textContent = words.searching;
    try {
      const engine = await load();
      const all = await engine.search(query);
      const first = await Promise.all(
        all.results.slice(0, RESULTS_CHECKED).map((result) => result.data()),
      );
      const missing = all.results.length === 0 ? [] : await missingTerms(engine, query, first);
      if (ticket !== latest) return;
      if (all.results.length === 0 || missing.length > 0) {
        showCounts({});
        const absent = missing.length > 0 ? missing : queryTerms(query);
        status.textContent = fill(words.noPage, {
          words: absent.map(quote).join(words.wordSeparator),
        });
        return;
      }
      showCounts(all.totalFilters?.[KIND_FILTER] ?? {}, all.results.length);
      const kind = selectedKind();
      const response = kind
        ? await engine.search(query, { filters: { [KIND_FILTER]: kind } })
        : all;
      const data = await Promise.all(
        response.results.slice(0, MAX_RESULTS).map((result) => result.data()),
      );
      if (ticket !== latest) return;
      list.append(...data.map(resultItem));
      const count = response.results.length;
      const values = {
        count,
        query: quote(query),
        among: kind ? words.among[kind] : words.anyKind,
        more: count > MAX_RESULTS ? fill(words.more, { max: MAX_RESULTS }) : '',
      };
      status.textContent =
        count === 0
          ? fill(words.noResults, values)
          : fill(words.results[plural.select(count)] ?? words.results.other ?? '', values);
    } catch (error) {
      console.error(error);
      status.textContent = words.failed;
    }
  };

  const params = new URLSearchParams(location.search);
  const initial = params.get('q') ?? '';
  const initialKind = params.get('kind');
  if (everyLanguage) everyLanguage.checked = params.get('all') === '1';
  if (isSearchKind(initialKind)) {
    const radio = kinds.querySelector<HTMLInputElement>(
      `input[name="kind"][value="${initialKind}"]`,
    );
    if (radio) radio.checked = true;
  }
  input.value = initial;
  if (initial) void run(initial);

  const remember = () => {
    const address = new URL(location.href);
    address.searchParams.set('q', input.value);
    const kind = selectedKind();
    if (kind) address.searchParams.set('kind', kind);
    else address.searchParams.delete('kind');
    if (everyLanguage?.checked) address.searchParams.set('all', '1');
    else address.searchParams.delete('all');
    history.replaceState(null, '', address);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 200);
  });
  // The indexes loaded cannot be unmerged: widening or narrowing starts the search afresh.
  everyLanguage?.addEventListener('change', () => {
    remember();
    location.reload();
  });
  kinds.addEventListener('change', () => {
    remember();
    void run(input.value);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    remember();
    void run(input.value);
  });
}

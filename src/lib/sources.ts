// The bibliography's grouping and order, and how much cites a source.
import { compareDates, formatPartialDate } from './dates.ts';
import type { Citations } from './facts-index.ts';
import { routes } from './routes.ts';
import type { Locale } from '../i18n/locales.ts';
import { ui } from '../i18n/ui.ts';
import { OUTLINES_SOURCE_ID, type Source } from '../schemas/source.ts';

export type SourceKind = Source['kind'];

/**
 * The kinds of source in the order the bibliography lists them; each kind's heading is in the
 * sources words of each language (`kinds`).
 */
const KIND_ORDER = [
  'news',
  'government',
  'treaty',
  'reference',
  'dataset',
  'book',
  'academic',
] as const satisfies readonly SourceKind[];

export interface SourceGroup<T> {
  kind: SourceKind;
  heading: string;
  sources: T[];
}

/** Oldest first by date; undated sources after dated ones; then by publisher and title. */
export function compareSources(
  a: Pick<Source, 'date' | 'publisher' | 'title'>,
  b: Pick<Source, 'date' | 'publisher' | 'title'>,
): number {
  if (a.date && b.date) {
    const byDate = compareDates(a.date, b.date);
    if (byDate !== 0) return byDate;
  } else if (a.date || b.date) {
    return a.date ? -1 : 1;
  }
  return a.publisher.localeCompare(b.publisher, 'en') || a.title.localeCompare(b.title, 'en');
}

/**
 * Groups sources by kind, in the bibliography's order of kinds, leaving out empty kinds; the
 * headings in the language given (English unless given).
 */
export function groupSourcesByKind<T extends Pick<Source, 'kind' | 'date' | 'publisher' | 'title'>>(
  sources: readonly T[],
  locale: Locale = 'en',
): SourceGroup<T>[] {
  const headings = ui(locale).sources.kinds;
  return KIND_ORDER.map((kind) => ({
    kind,
    heading: headings[kind],
    sources: sources.filter((source) => source.kind === kind).sort(compareSources),
  })).filter((group) => group.sources.length > 0);
}

/** A page of the site that draws on a source by itself, not through a fact entry. */
export interface PageCitation {
  label: string;
  path: string;
}

/**
 * The pages that cite a source without an entry naming it: the map draws its outlines from the
 * outlines source (Natural Earth), so the bibliography lists the map under it.
 */
export function pageCitations(sourceId: string, locale: Locale = 'en'): PageCitation[] {
  return sourceId === OUTLINES_SOURCE_ID
    ? [{ label: ui(locale).sources.citedBy.mapPages, path: routes.map() }]
    : [];
}

/** How many entries cite a source, across every kind of entry. */
export function citationCount(citations: Citations): number {
  return (
    citations.islands.length +
    citations.actors.length +
    citations.events.length +
    citations.quotes.length +
    citations.claims.length +
    citations.articles.length
  );
}

/** The in-page anchor of a kind's section in the bibliography. */
export const sourceKindAnchor = (kind: SourceKind) => `kind-${kind}`;

/** The site a source lives on, for its link text: "https://www.mofa.go.jp/…" → "mofa.go.jp". */
export function sourceHost(address: string): string {
  return new URL(address).hostname.replace(/^www\./, '');
}

/**
 * How a citation names its source: a treaty by its own title, anything else as "Publisher: Title"
 * (just the title when it already names the publisher).
 */
export function citationLabel(source: Pick<Source, 'kind' | 'title' | 'publisher'>): string {
  if (
    source.kind === 'treaty' ||
    source.title.toLowerCase().includes(source.publisher.toLowerCase())
  )
    return source.title;
  return `${source.publisher}: ${source.title}`;
}

/** When the site read a source's copy, as the bibliography shows it: "read 2 December 2026". */
export function accessedText(
  source: Pick<Source, 'accessed'>,
  locale: Locale = 'en',
): string | undefined {
  return source.accessed
    ? ui(locale).sources.entry.accessed(formatPartialDate(source.accessed, locale))
    : undefined;
}

// The bibliography's grouping and order, and how much cites a source.
import { compareDates, formatPartialDate } from './dates.ts';
import type { Citations } from './facts-index.ts';
import { routes } from './routes.ts';
import { OUTLINES_SOURCE_ID, type Source } from '../schemas/source.ts';

export type SourceKind = Source['kind'];

/** Headings for each kind of source, in the order the bibliography lists them. */
const KIND_HEADINGS: readonly { kind: SourceKind; heading: string }[] = [
  { kind: 'news', heading: 'News reports' },
  { kind: 'government', heading: 'Government documents' },
  { kind: 'treaty', heading: 'Treaties and agreements' },
  { kind: 'reference', heading: 'Reference works' },
  { kind: 'dataset', heading: 'Datasets' },
  { kind: 'book', heading: 'Books' },
  { kind: 'academic', heading: 'Academic works' },
];

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

/** Groups sources by kind, in the bibliography's order of kinds, leaving out empty kinds. */
export function groupSourcesByKind<T extends Pick<Source, 'kind' | 'date' | 'publisher' | 'title'>>(
  sources: readonly T[],
): SourceGroup<T>[] {
  return KIND_HEADINGS.map(({ kind, heading }) => ({
    kind,
    heading,
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
export function pageCitations(sourceId: string): PageCitation[] {
  return sourceId === OUTLINES_SOURCE_ID
    ? [{ label: 'The map and the island pages’ maps (island outlines)', path: routes.map() }]
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
export function accessedText(source: Pick<Source, 'accessed'>): string | undefined {
  return source.accessed ? `read ${formatPartialDate(source.accessed)}` : undefined;
}

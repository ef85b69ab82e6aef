/**
 * What a page says about its own version: the day its content last changed, the content hash it
 * cites, and its history. Pure: the page passes the git history (or why there is none) and the
 * text it is built from.
 */
import type { PartialDate } from '../../schemas/date.ts';
import { pageHistory, type FileHistory, type PageHistory } from '../history/git-log.ts';
import { contentVersion, type Citable } from './format.ts';

/** `YYYY-MM-DD` of a full date. */
export function isoDay(date: PartialDate): string {
  return [date.year, date.month ?? 1, date.day ?? 1]
    .map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0'))
    .join('-');
}

/** The latest of these days, or undefined when there are none. */
export function latestDay(days: readonly string[]): string | undefined {
  return days.reduce<string | undefined>(
    (latest, day) => (!latest || day > latest ? day : latest),
    undefined,
  );
}

/** Every source id an entry cites, wherever it sits (`source: x`, `sources: [x, y]`), in order. */
export function citedSourceIds(entry: unknown): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, key?: string) => {
    if (typeof value === 'string') {
      if (key === 'source' || key === 'sources') found.add(value);
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, key === 'sources' ? 'sources' : undefined);
    } else if (value && typeof value === 'object') {
      for (const [name, item] of Object.entries(value)) walk(item, name);
    }
  };
  walk(entry);
  return [...found];
}

/** What a page's record is made from. */
export interface RecordInput {
  title: string;
  siteName: string;
  /** The page's absolute address. */
  url: string;
  key: Citable['key'];
  /** The files it is built from, repository-relative (`content/articles/x.md`). */
  files: readonly string[];
  /** The text the version hash is taken from: the files' text, or the entry's data as JSON. */
  versionText: readonly string[];
  /** The content's own last date, used when the build has no git history. */
  fallbackDate: string;
  /** What that date is, for the page: "the article's publication date". */
  fallbackLabel: string;
}

/** A page's record: its history and the citation of its version. */
export interface PageRecord {
  history: PageHistory;
  fallbackLabel: string;
  citable: Citable;
}

export function pageRecord(
  input: RecordInput,
  history: FileHistory | { unavailable: string },
): PageRecord {
  const record = pageHistory(history, input.files, input.fallbackDate);
  return {
    history: record,
    fallbackLabel: input.fallbackLabel,
    citable: {
      title: input.title,
      siteName: input.siteName,
      url: input.url,
      key: input.key,
      version: contentVersion(input.versionText),
      versionDate: record.lastChanged,
    },
  };
}

/**
 * The date a fact entry's page falls back on without git history: the last day one of its
 * sources was read (`accessed`), or its latest correction; the build day, said as such, when
 * the entry has neither.
 */
export function factFallback(
  entry: { corrections: readonly { date: PartialDate }[] },
  accessed: readonly (PartialDate | undefined)[],
  buildDay: string,
): { date: string; label: string } {
  const read = latestDay(
    accessed.filter((day): day is PartialDate => day !== undefined).map(isoDay),
  );
  const corrected = latestDay(entry.corrections.map((correction) => isoDay(correction.date)));
  const latest = latestDay([read, corrected].filter((day): day is string => day !== undefined));
  if (latest === undefined) return { date: buildDay, label: 'the day the site was built' };
  return {
    date: latest,
    label:
      latest === corrected ? 'the entry’s latest correction' : 'the day its sources were last read',
  };
}

/** A fact entry's record: its history is its fact file's, its version the entry's own data. */
export function factRecord(
  input: {
    title: string;
    siteName: string;
    url: string;
    kind: string;
    entry: { id: string; corrections: readonly { date: PartialDate }[] };
    file: string;
    accessed: readonly (PartialDate | undefined)[];
    buildDay: string;
  },
  history: FileHistory | { unavailable: string },
): PageRecord {
  const fallback = factFallback(input.entry, input.accessed, input.buildDay);
  return pageRecord(
    {
      title: input.title,
      siteName: input.siteName,
      url: input.url,
      key: { kind: input.kind, id: input.entry.id },
      files: [input.file],
      versionText: [JSON.stringify(input.entry)],
      fallbackDate: fallback.date,
      fallbackLabel: fallback.label,
    },
    history,
  );
}

/**
 * The record of a page that lists entries rather than being one (the timeline and its filtered
 * views, the quotes, the claims, the lists of articles, islands, actors and sources, the home page
 * and the map): its history is that of the files its entries come from, its version the data of
 * every entry it shows.
 */
export function collectionRecord(
  input: {
    title: string;
    siteName: string;
    url: string;
    /** The page's kind (`timeline`), also its id in the citation key unless `id` is given. */
    kind: string;
    /** The citation key's id where pages of one kind differ (`island-etorofu`). */
    id?: string;
    entries: readonly { id: string; corrections?: readonly { date: PartialDate }[] }[];
    /** The files the entries come from, repository-relative. */
    files: readonly string[];
    accessed: readonly (PartialDate | undefined)[];
    buildDay: string;
  },
  history: FileHistory | { unavailable: string },
): PageRecord {
  const corrections = input.entries.flatMap((entry) => entry.corrections ?? []);
  const fallback = factFallback({ corrections }, input.accessed, input.buildDay);
  return pageRecord(
    {
      title: input.title,
      siteName: input.siteName,
      url: input.url,
      key: { kind: input.kind, id: input.id ?? input.kind },
      files: input.files,
      versionText: [JSON.stringify(input.entries)],
      fallbackDate: fallback.date,
      fallbackLabel: fallback.label,
    },
    history,
  );
}

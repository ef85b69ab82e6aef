/**
 * The timeline's decisions, kept out of the pages: which period an event belongs to, which events
 * a filter selects, and the overview's layout (a compressed year scale, stacked markers, year
 * labels that do not collide, and marks where the axis skips years).
 *
 * An event is placed at the start of its date: a range at its first day, alternatives ("8/9 August
 * 1945") at the earliest one. So a range that runs into the next year still counts for its first.
 */
import { compareDates } from './dates.ts';
import type { HistoricalDate } from '../schemas/date.ts';
import type { Locale } from '../i18n/locales.ts';
import { timeline as enWords } from '../i18n/dictionaries/en/timeline.ts';
import { timeline as jaWords } from '../i18n/dictionaries/ja/timeline.ts';
import { timeline as ruWords } from '../i18n/dictionaries/ru/timeline.ts';

/** The timeline's words in each language (src/i18n/dictionaries/<locale>/timeline.ts). */
const WORDS: Record<Locale, typeof enWords> = { en: enWords, ja: jaWords, ru: ruWords };

/** What the timeline needs of an event to place, group and filter it. */
export interface TimelineEntry {
  id: string;
  date: HistoricalDate;
  islands: readonly string[];
  actors: readonly string[];
}

/** The year an event is placed and grouped at: the year its date starts in. */
export function timelineYear(date: HistoricalDate): number {
  return date.start.year;
}

// --- Periods -----------------------------------------------------------------------------------

/**
 * Where a period begins. A period runs from its `from` year up to the year before the next
 * boundary's; the last runs on without end. The years in a period's heading come from the events
 * it holds, not from these boundaries, so a heading never claims years the fact file has nothing
 * for.
 */
export interface PeriodBoundary {
  /** The first year of the period. */
  from: number;
  /** Stable, URL-safe name: used for the period's anchor and its filter page. */
  slug: string;
  /** A neutral title for the period's heading, in English: "War and occupation". */
  title: string;
}

/**
 * The timeline's periods, oldest first. An editor adding an event needs to touch this only to
 * start a new period; a period with no events is not shown. Events older than the first boundary
 * belong to the first period. A period's title is written in the dictionaries
 * (src/i18n/dictionaries/<locale>/timeline.ts, `periods`, by slug): a new slug there in English
 * fails the type check until Japanese and Russian have it too.
 */
export const PERIOD_BOUNDARIES: readonly PeriodBoundary[] = [
  // The treaties that drew and redrew the border between Japan and Russia.
  { from: 1855, slug: 'treaties-and-borders', title: enWords.periods['treaties-and-borders'] },
  // From the Neutrality Pact to the Soviet occupation of the islands.
  { from: 1941, slug: 'war-and-occupation', title: enWords.periods['war-and-occupation'] },
  // The San Francisco treaty, the 1956 Joint Declaration and the 1960 aide-mémoire.
  {
    from: 1951,
    slug: 'peace-treaty-and-joint-declaration',
    title: enWords.periods['peace-treaty-and-joint-declaration'],
  },
  // From the Tanaka–Brezhnev summit to the declarations of 1991–2001.
  { from: 1961, slug: 'cold-war-and-after', title: enWords.periods['cold-war-and-after'] },
  // Leaders' visits and summits, and the suspension of the peace-treaty talks.
  { from: 2010, slug: 'summits-and-suspension', title: enWords.periods['summits-and-suspension'] },
];

/**
 * A period's title in a language: the dictionary's, by slug (PERIOD_BOUNDARIES' titles are the
 * English dictionary's); a boundary the dictionaries do not know keeps its own title.
 */
export function periodTitle(
  boundary: Pick<PeriodBoundary, 'slug' | 'title'>,
  locale: Locale = 'en',
): string {
  const titles: Record<string, string> = WORDS[locale].periods;
  return Object.hasOwn(titles, boundary.slug) ? titles[boundary.slug]! : boundary.title;
}

/** A period with the events that fall in it, as the timeline shows it. */
export interface TimelinePeriod<T> {
  slug: string;
  /** The title in the language asked for. */
  title: string;
  /** The period's years as far as its events reach: "1855–1905", or "1945" for one year. */
  years: string;
  /** The heading: "1855–1905: Treaties and borders". */
  heading: string;
  /** The years as the h2 writes them before the title: "1855–1905:". */
  yearsLabel: string;
  events: T[];
}

/** The period a year falls in; years before the first boundary fall in the first period. */
export function periodOf(
  year: number,
  boundaries: readonly PeriodBoundary[] = PERIOD_BOUNDARIES,
): PeriodBoundary {
  const sorted = [...boundaries].sort((a, b) => a.from - b.from);
  const first = sorted[0];
  if (!first) throw new Error('The timeline needs at least one period boundary');
  return sorted.findLast((boundary) => boundary.from <= year) ?? first;
}

/** "1855–1905", or "1945" when first and last are the same year. */
export function yearSpan(first: number, last: number): string {
  return first === last ? String(first) : `${first}–${last}`;
}

/**
 * Groups events by period, periods oldest first and events in date order within each; periods
 * without events are left out. A period's years are those its events reach among `yearsFrom`:
 * a filtered page passes every event there, so its headings read as on the full timeline. Titles
 * and headings are in `locale`; slugs (ids and addresses) are the same in every language.
 */
export function groupByPeriod<T extends { date: HistoricalDate }>(
  events: readonly T[],
  boundaries: readonly PeriodBoundary[] = PERIOD_BOUNDARIES,
  yearsFrom: readonly { date: HistoricalDate }[] = events,
  locale: Locale = 'en',
): TimelinePeriod<T>[] {
  const sortedBoundaries = [...boundaries].sort((a, b) => a.from - b.from);
  const slugOf = (date: HistoricalDate) => periodOf(timelineYear(date), sortedBoundaries).slug;
  const bySlug = new Map<string, T[]>(sortedBoundaries.map((boundary) => [boundary.slug, []]));
  for (const event of [...events].sort((a, b) => compareDates(a.date, b.date))) {
    bySlug.get(slugOf(event.date))!.push(event);
  }
  return sortedBoundaries.flatMap((boundary) => {
    const members = bySlug.get(boundary.slug)!;
    if (members.length === 0) return [];
    const reach = [
      ...members,
      ...yearsFrom.filter((other) => slugOf(other.date) === boundary.slug),
    ].map((other) => timelineYear(other.date));
    const years = yearSpan(Math.min(...reach), Math.max(...reach));
    const title = periodTitle(boundary, locale);
    return [
      {
        slug: boundary.slug,
        title,
        years,
        heading: WORDS[locale].periodHeading(years, title),
        yearsLabel: WORDS[locale].periodYears(years),
        events: members,
      },
    ];
  });
}

// --- Filters -----------------------------------------------------------------------------------

/** What a timeline page shows: every event, or those of one island, actor or period. */
export type TimelineFilter =
  | { kind: 'all' }
  | { kind: 'island'; id: string }
  | { kind: 'actor'; id: string }
  | { kind: 'period'; slug: string };

/** The events a filter selects, in the order given. */
export function selectEvents<T extends TimelineEntry>(
  events: readonly T[],
  filter: TimelineFilter,
  boundaries: readonly PeriodBoundary[] = PERIOD_BOUNDARIES,
): T[] {
  switch (filter.kind) {
    case 'all':
      return [...events];
    case 'island':
      return events.filter((event) => event.islands.includes(filter.id));
    case 'actor':
      return events.filter((event) => event.actors.includes(filter.id));
    case 'period':
      return events.filter(
        (event) => periodOf(timelineYear(event.date), boundaries).slug === filter.slug,
      );
  }
}

/** A filter as one word for keys (a filtered page's citation key): `island-etorofu`, `all`. */
export function filterKey(filter: TimelineFilter): string {
  if (filter.kind === 'all') return 'all';
  return `${filter.kind}-${filter.kind === 'period' ? filter.slug : filter.id}`;
}

/** Whether two filters select the same thing: marks the filter bar's current link. */
export function sameFilter(a: TimelineFilter, b: TimelineFilter): boolean {
  if (a.kind === 'all' || b.kind === 'all') return a.kind === b.kind;
  if (a.kind === 'period' || b.kind === 'period') {
    return a.kind === 'period' && b.kind === 'period' && a.slug === b.slug;
  }
  return a.kind === b.kind && a.id === b.id;
}

/**
 * The actors that at least one event names, in the order they first appear in `events` (date
 * order, on the timeline): only they get a filter page, and the filter bar lists them so.
 */
export function actorsWithEvents<A extends { id: string }>(
  actors: readonly A[],
  events: readonly TimelineEntry[],
): A[] {
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  const firstSeen = [...new Set(events.flatMap((event) => event.actors))];
  return firstSeen.flatMap((id) => {
    const actor = byId.get(id);
    return actor ? [actor] : [];
  });
}

// --- The overview's scale --------------------------------------------------------------------

/** A stretch of years the axis draws shorter than it is, shown with a break mark. */
export interface ScaleBreak {
  /** The event years on either side of the skipped stretch. */
  fromYear: number;
  toYear: number;
  /** Where the break mark goes: the middle of the drawn stretch, in drawn years from the start. */
  at: number;
}

/** A piecewise-linear year scale in "drawn years": 0 at the first year, `length` at the last. */
export interface CompressedScale {
  startYear: number;
  endYear: number;
  /** The axis' length in drawn years (never more than the real span). */
  length: number;
  /** Where a year falls on the axis, in drawn years from the start. */
  position(year: number): number;
  breaks: ScaleBreak[];
}

/**
 * A scale through the given years in which every gap between consecutive years is drawn at most
 * `maxGapYears` long, so that fifty quiet years do not take more room than the busy ones either
 * side. Between two given years the scale is linear; outside them it runs one to one.
 */
export function compressedScale(years: readonly number[], maxGapYears = 10): CompressedScale {
  if (!(maxGapYears > 0)) throw new Error('maxGapYears must be positive');
  const knots = [...new Set(years)].sort((a, b) => a - b);
  if (knots.length === 0) {
    return { startYear: 0, endYear: 0, length: 0, position: () => 0, breaks: [] };
  }
  // Drawn position of each knot, accumulated gap by gap.
  const drawn: number[] = [0];
  const breaks: ScaleBreak[] = [];
  for (let index = 1; index < knots.length; index += 1) {
    const gap = knots[index]! - knots[index - 1]!;
    const drawnGap = Math.min(gap, maxGapYears);
    const previous = drawn[index - 1]!;
    drawn.push(previous + drawnGap);
    if (gap > maxGapYears) {
      breaks.push({
        fromYear: knots[index - 1]!,
        toYear: knots[index]!,
        at: previous + drawnGap / 2,
      });
    }
  }
  const startYear = knots[0]!;
  const endYear = knots.at(-1)!;
  const length = drawn.at(-1)!;

  const position = (year: number): number => {
    if (year <= startYear) return year - startYear;
    if (year >= endYear) return length + (year - endYear);
    // The knot at or before `year`; interpolate across its gap.
    let index = 0;
    while (knots[index + 1]! <= year) index += 1;
    const from = knots[index]!;
    const to = knots[index + 1]!;
    const share = (year - from) / (to - from);
    return drawn[index]! + share * (drawn[index + 1]! - drawn[index]!);
  };

  return { startYear, endYear, length, position, breaks };
}

// --- The overview's layout -------------------------------------------------------------------

/** Sizes for the overview, in SVG user units. */
export interface OverviewOptions {
  /** Width of the drawing. */
  width: number;
  /** Room left of the first year and right of the last, for their markers and labels. */
  inset: number;
  /** The longest gap between event years drawn at full length, in years. */
  maxGapYears: number;
  /** How far apart two year labels must be to share a line. */
  labelSpacing: number;
  /**
   * The least distance between two year columns, so that their markers' click targets never
   * overlap. Busy stretches take room from long ones; when even that is not enough, the drawing
   * grows wider than `width`.
   */
  columnSpacing: number;
}

export const DEFAULT_OVERVIEW_OPTIONS: OverviewOptions = {
  width: 960,
  inset: 32,
  maxGapYears: 10,
  labelSpacing: 40,
  columnSpacing: 24,
};

/**
 * Spreads gaps (in any unit) over `length`, keeping each at least `least` long and the rest in
 * proportion to one another. Returns the drawn gaps; their sum is `length` whenever the least
 * gaps fit, and `least` times their number otherwise.
 */
export function spreadGaps(gaps: readonly number[], length: number, least: number): number[] {
  if (gaps.length === 0) return [];
  if (least * gaps.length >= length) return gaps.map(() => least);
  const total = gaps.reduce((sum, gap) => sum + gap, 0);
  if (total === 0) return gaps.map(() => length / gaps.length);
  // Find the factor k with sum(max(least, k·gap)) = length: the sum grows with k.
  const drawnWith = (k: number) => gaps.reduce((sum, gap) => sum + Math.max(least, k * gap), 0);
  let low = 0;
  let high = length / Math.min(...gaps.filter((gap) => gap > 0));
  for (let step = 0; step < 60; step += 1) {
    const middle = (low + high) / 2;
    if (drawnWith(middle) < length) low = middle;
    else high = middle;
  }
  return gaps.map((gap) => Math.max(least, high * gap));
}

/** An event's marker: its year's column, and its row in that column (0 next to the axis). */
export interface OverviewMarker<T> {
  event: T;
  year: number;
  x: number;
  row: number;
}

/** A year under the axis, on line (`lane`) 0 or, where it would touch its neighbour, further down. */
export interface YearLabel {
  year: number;
  x: number;
  lane: number;
}

/** Where the axis skips years: a break mark at `x`. */
export interface BreakMark {
  fromYear: number;
  toYear: number;
  x: number;
}

export interface OverviewLayout<T> {
  width: number;
  startYear: number;
  endYear: number;
  /** The axis runs from `axisStart` to `axisEnd` on x. */
  axisStart: number;
  axisEnd: number;
  markers: OverviewMarker<T>[];
  /** The most markers one year holds: the height the stacks need. */
  rows: number;
  labels: YearLabel[];
  /** How many label lines are used. */
  lanes: number;
  breaks: BreakMark[];
}

/**
 * Lays the overview out: one column per year with events, its events stacked in date order from
 * the axis outwards so that events of the same year never sit on one another; a label per year,
 * moved to a further line where it would run into the previous one; a break mark on each
 * compressed stretch.
 */
export function layoutOverview<T extends { date: HistoricalDate }>(
  events: readonly T[],
  options: OverviewOptions = DEFAULT_OVERVIEW_OPTIONS,
): OverviewLayout<T> {
  const sorted = [...events].sort((a, b) => compareDates(a.date, b.date));
  const scale = compressedScale(
    sorted.map((event) => timelineYear(event.date)),
    options.maxGapYears,
  );
  // One column per event year, each at least `columnSpacing` from the next.
  const years = [...new Set(sorted.map((event) => timelineYear(event.date)))];
  const drawnGaps = years
    .slice(1)
    .map((year, index) => scale.position(year) - scale.position(years[index]!));
  const width = Math.max(
    options.width,
    2 * options.inset + options.columnSpacing * drawnGaps.length,
  );
  const axisStart = options.inset;
  const axisEnd = width - options.inset;
  const columnX = new Map<number, number>();
  let x = years.length > 1 ? axisStart : (axisStart + axisEnd) / 2;
  spreadGaps(drawnGaps, axisEnd - axisStart, options.columnSpacing).forEach((gap, index) => {
    columnX.set(years[index]!, x);
    x += gap;
  });
  columnX.set(years.at(-1)!, years.length > 1 ? axisEnd : x);
  const xOfYear = (year: number) => columnX.get(year)!;

  const rowsUsed = new Map<number, number>();
  const markers = sorted.map((event) => {
    const year = timelineYear(event.date);
    const row = rowsUsed.get(year) ?? 0;
    rowsUsed.set(year, row + 1);
    return { event, year, x: xOfYear(year), row };
  });

  // Each label goes on the first line where it keeps its distance from that line's last label.
  const lastOnLane: number[] = [];
  const labels = [...rowsUsed.keys()].map((year) => {
    const x = xOfYear(year);
    let lane = lastOnLane.findIndex((lastX) => x - lastX >= options.labelSpacing);
    if (lane === -1) lane = lastOnLane.length;
    lastOnLane[lane] = x;
    return { year, x, lane };
  });

  return {
    width,
    startYear: scale.startYear,
    endYear: scale.endYear,
    axisStart,
    axisEnd,
    markers,
    rows: Math.max(0, ...rowsUsed.values()),
    labels,
    lanes: lastOnLane.length,
    breaks: scale.breaks.map((gap) => ({
      fromYear: gap.fromYear,
      toYear: gap.toYear,
      x: (xOfYear(gap.fromYear) + xOfYear(gap.toYear)) / 2,
    })),
  };
}

import {
  comparePartialDates,
  formatIso,
  monthName,
  type HistoricalDate,
  type PartialDate,
} from '../schemas/date.ts';

export { formatIso };

/** The last partial date a historical date covers (a range's end, the latest alternative). */
function lastOf(date: HistoricalDate): PartialDate {
  if (date.end) return date.end;
  if (date.alternatives) return [...date.alternatives].sort(comparePartialDates).at(-1)!;
  return date.start;
}

/**
 * Orders two dates for a timeline: by their earliest day, then a point before a range that starts
 * with it, then by their end. Year-only dates come before more precise dates in the same year.
 */
export function compareDates(a: HistoricalDate, b: HistoricalDate): number {
  return (
    comparePartialDates(a.start, b.start) ||
    comparePartialDates(lastOf(a), lastOf(b)) ||
    Number(a.approximate) - Number(b.approximate)
  );
}

/** "15 December 2016", "February 1945" or "1855". */
export function formatPartialDate(date: PartialDate): string {
  if (date.month === undefined) return String(date.year);
  if (date.day === undefined) return `${monthName(date.month)} ${date.year}`;
  return `${date.day} ${monthName(date.month)} ${date.year}`;
}

/** A range written the short way: "2–3 December 2016", "28 August – 5 September 1945". */
function formatRange(start: PartialDate, end: PartialDate): string {
  const sameYear = start.year === end.year;
  const sameMonth = sameYear && start.month !== undefined && start.month === end.month;
  if (sameMonth && start.day !== undefined && end.day !== undefined) {
    return `${start.day}–${end.day} ${monthName(end.month!)} ${end.year}`;
  }
  if (sameYear && start.month !== undefined && end.month !== undefined) {
    const startText =
      start.day !== undefined ? `${start.day} ${monthName(start.month)}` : monthName(start.month);
    return `${startText} – ${formatPartialDate(end)}`;
  }
  const startText = formatPartialDate(start);
  const endText = formatPartialDate(end);
  return start.month === undefined && end.month === undefined
    ? `${startText}–${endText}`
    : `${startText} – ${endText}`;
}

/** Alternatives written together: "8/9 August 1945", else "1854 or 1855". */
function formatAlternatives(dates: PartialDate[]): string {
  const [first] = dates;
  const sameMonth = dates.every(
    (d) =>
      d.year === first!.year &&
      d.month === first!.month &&
      d.month !== undefined &&
      d.day !== undefined,
  );
  if (sameMonth)
    return `${dates.map((d) => d.day).join('/')} ${monthName(first!.month!)} ${first!.year}`;
  return dates.map(formatPartialDate).join(' or ');
}

/** A date as readers see it: "February 1945", "c. 1945", "8/9 August 1945", "2–3 December 2016". */
export function formatDate(date: HistoricalDate): string {
  let text: string;
  if (date.kind === 'range' && date.end) text = formatRange(date.start, date.end);
  else if (date.kind === 'alternatives' && date.alternatives)
    text = formatAlternatives(date.alternatives);
  else text = formatPartialDate(date.start);
  return date.approximate ? `c. ${text}` : text;
}

/** The machine-readable form for `<time datetime>`: the start, or the only date. */
export function isoDate(date: HistoricalDate): string {
  return formatIso(date.start);
}

/** How precise a date is, for readers and for filters by period. */
export function precisionOf(date: PartialDate): 'year' | 'month' | 'day' {
  if (date.day !== undefined) return 'day';
  if (date.month !== undefined) return 'month';
  return 'year';
}

/** The preposition a date takes in running text: "on 15 August 1945", "in August 1945", "in 2023". */
export function datePreposition(date: PartialDate): 'on' | 'in' {
  return precisionOf(date) === 'day' ? 'on' : 'in';
}

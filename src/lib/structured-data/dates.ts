/**
 * Dates for schema.org: ISO 8601 at the precision the fact file gives (`1855`, `1945-02`,
 * `2016-12-15`), which schema.org's Date allows. A date the sources give two ways (8 or 9 August
 * 1945) is given only as far as the alternatives agree (`1945-08`); when they do not even agree on
 * the year, there is no date to give.
 */
import { formatIso, type HistoricalDate, type PartialDate } from '../../schemas/date.ts';

/** The most precise partial date every one of these dates lies in, if there is one. */
function commonPart(dates: readonly PartialDate[]): PartialDate | undefined {
  const [first, ...rest] = dates;
  if (!first || rest.some((date) => date.year !== first.year)) return undefined;
  if (first.month === undefined || rest.some((date) => date.month !== first.month)) {
    return { year: first.year };
  }
  if (first.day === undefined || rest.some((date) => date.day !== first.day)) {
    return { year: first.year, month: first.month };
  }
  return first;
}

/** The ISO day, month or year of a partial date. */
export const schemaDate = (date: PartialDate): string => formatIso(date);

/** A historical date as `startDate` (and `endDate` for a range); empty when none can be given. */
export function schemaDateRange(date: HistoricalDate): { startDate?: string; endDate?: string } {
  if (date.kind === 'alternatives' && date.alternatives) {
    const common = commonPart(date.alternatives);
    return common ? { startDate: formatIso(common) } : {};
  }
  if (date.kind === 'range' && date.end) {
    return { startDate: formatIso(date.start), endDate: formatIso(date.end) };
  }
  return { startDate: formatIso(date.start) };
}

/** One date for a property that takes one (a quotation's `dateCreated`), or none. */
export function schemaSingleDate(date: HistoricalDate): string | undefined {
  if (date.kind === 'range') return undefined;
  return schemaDateRange(date).startDate;
}

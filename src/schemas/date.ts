import { z } from 'zod';

/**
 * Dates in history are often partial: a year, a month, or a day. Editors write them as `1855`,
 * `"1945-02"` or `2016-12-15`; YAML 1.1 readers (Astro's among them) turn an unquoted full date into
 * a Date object, so that form is accepted too and read back as its UTC calendar day.
 */
export interface PartialDate {
  /** Year in the common era. */
  year: number;
  /** Month, 1–12, when known. */
  month?: number;
  /** Day of the month, when known. */
  day?: number;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** English name of a month, 1 = January. */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? String(month);
}

/** Number of days in `month` of `year`, in the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const DATE_TEXT = /^(\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;

/** The shape editors may write a single date in, for messages. */
export const DATE_FORMS = 'a year (1855), a month ("1945-02") or a day (2016-12-15)';

/**
 * Reads one partial date from what a YAML parser produced. Returns the date, or a sentence saying
 * what is wrong with it (an impossible day names the month's real length).
 */
export function readPartialDate(raw: unknown): PartialDate | { error: string } {
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return { error: 'is not a valid date' };
    return { year: raw.getUTCFullYear(), month: raw.getUTCMonth() + 1, day: raw.getUTCDate() };
  }
  let text: string;
  if (typeof raw === 'number') {
    if (!Number.isInteger(raw)) return { error: `expected ${DATE_FORMS}` };
    text = String(raw);
  } else if (typeof raw === 'string') {
    text = raw.trim();
  } else {
    return { error: `expected ${DATE_FORMS}` };
  }
  const match = DATE_TEXT.exec(text);
  if (!match) return { error: `expected ${DATE_FORMS}` };
  const year = Number(match[1]);
  if (year < 1) return { error: 'the year must be 1 or later' };
  const date: PartialDate = { year };
  if (match[2] !== undefined) {
    const month = Number(match[2]);
    if (month < 1 || month > 12) return { error: `month ${month} does not exist (1–12)` };
    date.month = month;
  }
  if (match[3] !== undefined && date.month !== undefined) {
    const day = Number(match[3]);
    const last = daysInMonth(year, date.month);
    if (day < 1 || day > last) {
      return {
        error: `${text} is not a date: ${monthName(date.month)} ${year} has ${last} days`,
      };
    }
    date.day = day;
  }
  return date;
}

/** One partial date: `1855`, `"1945-02"`, `2016-12-15` (string or YAML Date). */
export const PartialDateSchema = z
  .union([z.int(), z.string(), z.date()])
  .transform((raw, ctx) => {
    const result = readPartialDate(raw);
    if ('error' in result) {
      ctx.addIssue({ code: 'custom', message: result.error, input: raw });
      return z.NEVER;
    }
    return result;
  })
  .meta({
    description: `A date: ${DATE_FORMS}. Quote a month ("1945-02") so YAML keeps it as text.`,
  });

/** A date as the site uses it: a point, a range, or alternatives that sources give. */
export interface HistoricalDate {
  /** `point` for one date, `range` for start–end, `alternatives` where sources differ. */
  kind: 'point' | 'range' | 'alternatives';
  /** The point, the range's start, or the earliest alternative. */
  start: PartialDate;
  /** The range's end. */
  end?: PartialDate;
  /** Every alternative, in the order the editor gave them. */
  alternatives?: PartialDate[];
  /** True when the date is approximate ("c. 1945"). */
  approximate: boolean;
  /** Why the date is uncertain or given twice, in a few words. */
  note?: string;
}

/** Compares two partial dates; a less precise date sorts before a more precise one in it. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

const DateObjectSchema = z
  .strictObject({
    /** A single date, when it needs `approximate` or a `note`. */
    on: PartialDateSchema.optional().meta({ description: 'A single date.' }),
    /** First day of a range. */
    start: PartialDateSchema.optional().meta({ description: 'First date of a range.' }),
    /** Last day of a range. */
    end: PartialDateSchema.optional().meta({ description: 'Last date of a range.' }),
    /** Two or more dates that different sources give for the same thing. */
    either: z
      .array(PartialDateSchema)
      .min(2)
      .optional()
      .meta({ description: 'Dates that different sources give for the same event.' }),
    /** The date is approximate: shown as "c. 1945". */
    approximate: z.boolean().optional().meta({ description: 'Shown as "c. …".' }),
    /** Why the date is uncertain or given twice. */
    note: z.string().trim().min(1).optional().meta({ description: 'Why the date is uncertain.' }),
  })
  .superRefine((value, ctx) => {
    const forms = [value.on, value.start, value.either].filter((form) => form !== undefined);
    if (forms.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message:
          forms.length === 0
            ? 'a date object needs one of `on`, `start` (with `end`) or `either`'
            : 'use only one of `on`, `start`/`end` or `either`',
        input: value,
      });
      return;
    }
    if (value.end !== undefined && value.start === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: '`end` needs a `start`',
        path: ['end'],
        input: value.end,
      });
    }
    if (value.start !== undefined && value.end === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'a range needs an `end`',
        path: ['start'],
        input: value.start,
      });
    }
    if (value.start && value.end && comparePartialDates(value.end, value.start) < 0) {
      ctx.addIssue({
        code: 'custom',
        message: `the range ends before it starts (expected an end on or after ${formatIso(value.start)}, found ${formatIso(value.end)})`,
        path: ['end'],
        input: value.end,
      });
    }
  })
  .transform((value): HistoricalDate => {
    const approximate = value.approximate ?? false;
    const note = value.note;
    if (value.either) {
      const sorted = [...value.either].sort(comparePartialDates);
      return {
        kind: 'alternatives',
        start: sorted[0]!,
        alternatives: value.either,
        approximate,
        note,
      };
    }
    if (value.start && value.end) {
      return { kind: 'range', start: value.start, end: value.end, approximate, note };
    }
    return { kind: 'point', start: value.on!, approximate, note };
  });

/** `1945-02` style ISO text for a partial date (for `<time datetime>`). */
export function formatIso(date: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  let text = String(date.year).padStart(4, '0');
  if (date.month !== undefined) text += `-${pad(date.month)}`;
  if (date.day !== undefined) text += `-${pad(date.day)}`;
  return text;
}

/**
 * A date in history: a partial date, or an object with `on`, `start`/`end` or `either`, plus
 * `approximate` and `note`.
 */
export const HistoricalDateSchema = z
  .union([
    PartialDateSchema.transform((start): HistoricalDate => ({
      kind: 'point',
      start,
      approximate: false,
    })),
    DateObjectSchema,
  ])
  .meta({
    description:
      'A date: 1855, "1945-02", 2016-12-15; or { on: "2016-11", approximate: true }; or { start: 1945-08-28, end: 1945-09-05 }; or { either: [1945-08-08, 1945-08-09], note: "…" }.',
  });

/** The date as written by an editor, before normalisation. */
export type HistoricalDateInput = z.input<typeof HistoricalDateSchema>;

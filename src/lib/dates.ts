import {
  comparePartialDates,
  formatIso,
  monthName,
  type HistoricalDate,
  type PartialDate,
} from '../schemas/date.ts';

export { formatIso };

/** Languages the dates are written in (the site's, src/i18n/locales.ts). */
type DateLocale = 'en' | 'ja' | 'ru';

// Russian writes a month with a day in the genitive ("15 августа"), a month alone in the nominative.
const RU_MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
const RU_MONTHS = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];

/** A Russian date that starts with a month alone, its month put in the genitive. */
function monthInGenitive(text: string): string {
  const index = RU_MONTHS.findIndex((month) => text.startsWith(`${month} `));
  return index < 0 ? text : `${RU_MONTHS_GENITIVE[index]}${text.slice(RU_MONTHS[index]!.length)}`;
}

/** Each language's way of writing the parts of a date. */
const DATE_STYLE: Record<
  DateLocale,
  {
    year: (year: number) => string;
    month: (month: number, year: number) => string;
    day: (day: number, month: number, year: number) => string;
    /** A range within one month: "2–3 December 2016". */
    days: (first: number, last: number, month: number, year: number) => string;
    /** The start of a range within one year whose end is written in full. */
    startInYear: (month: number, day: number | undefined) => string;
    /** Two or more days of one month given as alternatives: "8/9 August 1945". */
    alternativeDays: (days: number[], month: number, year: number) => string;
    or: string;
    approximate: (text: string) => string;
  }
> = {
  en: {
    year: (year) => String(year),
    month: (month, year) => `${monthName(month)} ${year}`,
    day: (day, month, year) => `${day} ${monthName(month)} ${year}`,
    days: (first, last, month, year) => `${first}–${last} ${monthName(month)} ${year}`,
    startInYear: (month, day) =>
      day !== undefined ? `${day} ${monthName(month)}` : monthName(month),
    alternativeDays: (days, month, year) => `${days.join('/')} ${monthName(month)} ${year}`,
    or: ' or ',
    approximate: (text) => `c. ${text}`,
  },
  ja: {
    year: (year) => `${year}年`,
    month: (month, year) => `${year}年${month}月`,
    day: (day, month, year) => `${year}年${month}月${day}日`,
    days: (first, last, month, year) => `${year}年${month}月${first}～${last}日`,
    startInYear: (month, day) => (day !== undefined ? `${month}月${day}日` : `${month}月`),
    alternativeDays: (days, month, year) => `${year}年${month}月${days.join('/')}日`,
    or: '又は',
    approximate: (text) => `${text}頃`,
  },
  ru: {
    year: (year) => `${year} г.`,
    month: (month, year) => `${RU_MONTHS[month - 1]} ${year} г.`,
    day: (day, month, year) => `${day} ${RU_MONTHS_GENITIVE[month - 1]} ${year} г.`,
    days: (first, last, month, year) =>
      `${first}–${last} ${RU_MONTHS_GENITIVE[month - 1]} ${year} г.`,
    startInYear: (month, day) =>
      day !== undefined ? `${day} ${RU_MONTHS_GENITIVE[month - 1]}` : RU_MONTHS[month - 1]!,
    alternativeDays: (days, month, year) =>
      `${days.join('/')} ${RU_MONTHS_GENITIVE[month - 1]} ${year} г.`,
    or: ' или ',
    // "ок." (около) takes the genitive: ок. декабря 2016 г., not ок. декабрь.
    approximate: (text) => `ок. ${monthInGenitive(text)}`,
  },
};

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

/** "15 December 2016", "February 1945" or "1855"; ja 2016年12月15日, ru 15 декабря 2016 г. */
export function formatPartialDate(date: PartialDate, locale: DateLocale = 'en'): string {
  const style = DATE_STYLE[locale];
  if (date.month === undefined) return style.year(date.year);
  if (date.day === undefined) return style.month(date.month, date.year);
  return style.day(date.day, date.month, date.year);
}

/** A range written the short way: "2–3 December 2016", "28 August – 5 September 1945". */
function formatRange(start: PartialDate, end: PartialDate, locale: DateLocale): string {
  const style = DATE_STYLE[locale];
  const sameYear = start.year === end.year;
  const sameMonth = sameYear && start.month !== undefined && start.month === end.month;
  if (sameMonth && start.day !== undefined && end.day !== undefined) {
    return style.days(start.day, end.day, end.month!, end.year);
  }
  const dash = locale === 'ja' ? '～' : ' – ';
  if (sameYear && start.month !== undefined && end.month !== undefined) {
    if (locale === 'ja') {
      return `${style.year(start.year)}${style.startInYear(start.month, start.day)}${dash}${style.startInYear(end.month, end.day)}`;
    }
    return `${style.startInYear(start.month, start.day)}${dash}${formatPartialDate(end, locale)}`;
  }
  const startText = formatPartialDate(start, locale);
  const endText = formatPartialDate(end, locale);
  if (start.month === undefined && end.month === undefined) {
    if (locale === 'ja') return `${start.year}～${end.year}年`;
    if (locale === 'ru') return `${start.year}–${end.year} гг.`;
    return `${startText}–${endText}`;
  }
  return `${startText}${dash}${endText}`;
}

/** Alternatives written together: "8/9 August 1945", else "1854 or 1855". */
function formatAlternatives(dates: PartialDate[], locale: DateLocale): string {
  const [first] = dates;
  const sameMonth = dates.every(
    (d) =>
      d.year === first!.year &&
      d.month === first!.month &&
      d.month !== undefined &&
      d.day !== undefined,
  );
  const style = DATE_STYLE[locale];
  if (sameMonth)
    return style.alternativeDays(
      dates.map((d) => d.day!),
      first!.month!,
      first!.year,
    );
  return dates.map((date) => formatPartialDate(date, locale)).join(style.or);
}

/**
 * A date as readers see it: "February 1945", "c. 1945", "8/9 August 1945", "2–3 December 2016";
 * in Japanese 1945年2月, 1945年頃; in Russian февраль 1945 г., ок. 1945 г.
 */
export function formatDate(date: HistoricalDate, locale: DateLocale = 'en'): string {
  let text: string;
  if (date.kind === 'range' && date.end) text = formatRange(date.start, date.end, locale);
  else if (date.kind === 'alternatives' && date.alternatives)
    text = formatAlternatives(date.alternatives, locale);
  else text = formatPartialDate(date.start, locale);
  return date.approximate ? DATE_STYLE[locale].approximate(text) : text;
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

/** Japan counts years by era in the Western (Gregorian) calendar from 1 January 1873 (Meiji 6). */
const GREGORIAN_IN_JAPAN = { year: 1873, month: 1, day: 1 } as const;

const ERA_FORMAT = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** The era year of one day: 昭和20年, 平成元年. */
function eraYearOn(year: number, month: number, day: number): string {
  return ERA_FORMAT.format(new Date(Date.UTC(year, month - 1, day)));
}

/** The first and the last day a partial date can mean. */
function daysOf(date: PartialDate): [[number, number, number], [number, number, number]] {
  const month = date.month;
  if (month === undefined)
    return [
      [date.year, 1, 1],
      [date.year, 12, 31],
    ];
  if (date.day !== undefined)
    return [
      [date.year, month, date.day],
      [date.year, month, date.day],
    ];
  const lastDay = new Date(Date.UTC(date.year, month, 0)).getUTCDate();
  return [
    [date.year, month, 1],
    [date.year, month, lastDay],
  ];
}

/**
 * The Japanese era year beside a date on Japanese pages (昭和20年 for 15 August 1945), or
 * undefined where it would not be one year of one era: before 1873, when Japan still counted
 * years in its lunisolar calendar (an era year in the Western calendar would be wrong there), for
 * an approximate date, and for a date or range that spans a change of era (1989, 2019).
 */
export function japaneseEra(date: HistoricalDate): string | undefined {
  if (date.approximate) return undefined;
  if (comparePartialDates(date.start, GREGORIAN_IN_JAPAN) < 0) return undefined;
  const [first] = daysOf(date.start);
  const [, last] = daysOf(lastOf(date));
  const start = eraYearOn(...first);
  return start === eraYearOn(...last) ? start : undefined;
}

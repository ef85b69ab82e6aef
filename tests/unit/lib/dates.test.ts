import { describe, expect, it } from 'vitest';
import {
  compareDates,
  datePreposition,
  formatDate,
  isoDate,
  japaneseEra,
} from '../../../src/lib/dates.ts';
import { HistoricalDateSchema, type HistoricalDate } from '../../../src/schemas/date.ts';

const parse = (input: unknown): HistoricalDate => HistoricalDateSchema.parse(input);

describe('formatDate', () => {
  it.each([
    [1855, '1855'],
    ['1945-02', 'February 1945'],
    ['2016-12-15', '15 December 2016'],
    [new Date('2016-12-15'), '15 December 2016'],
    [{ on: 1945, approximate: true }, 'c. 1945'],
    [{ on: '2016-11', approximate: true }, 'c. November 2016'],
    [{ either: ['1945-08-08', '1945-08-09'] }, '8/9 August 1945'],
    [{ either: [1854, 1855] }, '1854 or 1855'],
    [{ start: '2016-12-02', end: '2016-12-03' }, '2–3 December 2016'],
    [{ start: '1945-08-28', end: '1945-09-05' }, '28 August – 5 September 1945'],
    [{ start: '1945-08', end: '1945-09' }, 'August – September 1945'],
    [{ start: 1945, end: 1951 }, '1945–1951'],
    [{ start: '1991-12-25', end: '1992-01-02' }, '25 December 1991 – 2 January 1992'],
  ])('%j reads "%s"', (input, expected) => {
    expect(formatDate(parse(input))).toBe(expected);
  });
});

describe('isoDate', () => {
  it('gives the precision the editor gave', () => {
    expect(isoDate(parse(1855))).toBe('1855');
    expect(isoDate(parse('1945-02'))).toBe('1945-02');
    expect(isoDate(parse('2016-12-15'))).toBe('2016-12-15');
    expect(isoDate(parse({ either: ['1945-08-09', '1945-08-08'] }))).toBe('1945-08-08');
  });
});

describe('compareDates', () => {
  const sorted = (inputs: unknown[]) =>
    inputs
      .map((input) => ({ input, date: parse(input) }))
      .sort((a, b) => compareDates(a.date, b.date))
      .map(({ input }) => input);

  it('sorts mixed precisions chronologically, a year before its months and days', () => {
    expect(sorted(['1945-08-09', 1945, '1945-02', 1855, '2016-12-15', '1945-02-11'])).toEqual([
      1855,
      1945,
      '1945-02',
      '1945-02-11',
      '1945-08-09',
      '2016-12-15',
    ]);
  });

  it('sorts alternatives by their earliest date and ranges by their start, then end', () => {
    const war = { either: ['1945-08-09', '1945-08-08'] };
    const occupation = { start: '1945-08-28', end: '1945-09-05' };
    const shortStay = { start: '1945-08-28', end: '1945-08-30' };
    expect(sorted([occupation, '1945-08-10', war, shortStay, '1945-08-28'])).toEqual([
      war,
      '1945-08-10',
      '1945-08-28',
      shortStay,
      occupation,
    ]);
  });

  it('treats a YAML Date and the same text alike', () => {
    expect(compareDates(parse(new Date('2016-12-15')), parse('2016-12-15'))).toBe(0);
  });
});

describe('datePreposition', () => {
  it('puts "on" before a day and "in" before a month or a year', () => {
    expect(datePreposition({ year: 1945, month: 8, day: 15 })).toBe('on');
    expect(datePreposition({ year: 1945, month: 8 })).toBe('in');
    expect(datePreposition({ year: 2023 })).toBe('in');
  });
});

describe('dates in Japanese and Russian', () => {
  const parse = (value: unknown) => HistoricalDateSchema.parse(value);
  it.each([
    [1855, '1855年', '1855 г.'],
    ['1945-02', '1945年2月', 'февраль 1945 г.'],
    ['2016-12-15', '2016年12月15日', '15 декабря 2016 г.'],
    [{ start: '2016-12-15', end: '2016-12-16' }, '2016年12月15～16日', '15–16 декабря 2016 г.'],
    [
      { start: '1945-08-28', end: '1945-09-05' },
      '1945年8月28日～9月5日',
      '28 августа – 5 сентября 1945 г.',
    ],
    [{ either: ['1945-08-08', '1945-08-09'] }, '1945年8月8/9日', '8/9 августа 1945 г.'],
    [{ on: 1945, approximate: true }, '1945年頃', 'ок. 1945 г.'],
    [{ on: '2016-12', approximate: true }, '2016年12月頃', 'ок. декабря 2016 г.'],
  ])('writes %j as %s and %s', (value, ja, ru) => {
    expect(formatDate(parse(value), 'ja')).toBe(ja);
    expect(formatDate(parse(value), 'ru')).toBe(ru);
  });
});

describe('japaneseEra', () => {
  const era = (input: unknown) => japaneseEra(parse(input));
  it('gives the era year of a day from 1873 on, with 元年 for an era’s first year', () => {
    expect(era('1945-08-15')).toBe('昭和20年');
    expect(era('1873-01-01')).toBe('明治6年');
    expect(era('1989-01-08')).toBe('平成元年');
    expect(era('2022-03-21')).toBe('令和4年');
  });

  it('gives none before 1873, when Japan still counted years in its lunisolar calendar', () => {
    expect(era('1855-02-07')).toBeUndefined();
    expect(era('1872-12-31')).toBeUndefined();
  });

  it('gives a month or a year only when the whole of it lies in one era', () => {
    expect(era(1956)).toBe('昭和31年');
    expect(era(1989)).toBeUndefined();
    expect(era('2019-05')).toBe('令和元年');
    expect(era('2019-04')).toBe('平成31年');
  });

  it('gives none for a range across a change of era, or an approximate date', () => {
    expect(era({ start: '2019-04-20', end: '2019-05-10' })).toBeUndefined();
    expect(era({ start: '1945-08-28', end: '1945-09-05' })).toBe('昭和20年');
    expect(era({ on: 1945, approximate: true })).toBeUndefined();
  });
});

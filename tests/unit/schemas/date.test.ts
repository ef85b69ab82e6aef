import { describe, expect, it } from 'vitest';
import { HistoricalDateSchema, readPartialDate } from '../../../src/schemas/date.ts';

const messages = (input: unknown) => {
  const result = HistoricalDateSchema.safeParse(input);
  expect(result.success).toBe(false);
  return JSON.stringify(result.error?.issues);
};

describe('readPartialDate', () => {
  it('reads years, months and days', () => {
    expect(readPartialDate(1855)).toEqual({ year: 1855 });
    expect(readPartialDate('1855')).toEqual({ year: 1855 });
    expect(readPartialDate('1945-02')).toEqual({ year: 1945, month: 2 });
    expect(readPartialDate('2016-12-15')).toEqual({ year: 2016, month: 12, day: 15 });
  });

  it('reads a YAML Date as its UTC calendar day', () => {
    expect(readPartialDate(new Date(Date.UTC(2016, 11, 15)))).toEqual({
      year: 2016,
      month: 12,
      day: 15,
    });
  });

  it('refuses impossible days with the real length of the month', () => {
    expect(readPartialDate('2016-02-30')).toEqual({
      error: '2016-02-30 is not a date: February 2016 has 29 days',
    });
    expect(readPartialDate('2015-02-29')).toEqual({
      error: '2015-02-29 is not a date: February 2015 has 28 days',
    });
    expect(readPartialDate('1945-13')).toEqual({ error: 'month 13 does not exist (1–12)' });
  });

  it('refuses text that is not a date', () => {
    expect(readPartialDate('Dec 2016')).toHaveProperty('error');
    expect(readPartialDate(1945.5)).toHaveProperty('error');
    expect(readPartialDate(true)).toHaveProperty('error');
  });
});

describe('HistoricalDateSchema', () => {
  it('refuses a range that ends before it starts', () => {
    expect(messages({ start: '1945-09-05', end: '1945-08-28' })).toContain(
      'the range ends before it starts',
    );
  });

  it('refuses a range without an end, an end without a start, and two forms at once', () => {
    expect(messages({ start: 1945 })).toContain('a range needs an `end`');
    expect(messages({ end: 1945, on: 1944 })).toContain('`end` needs a `start`');
    expect(messages({ on: 1945, either: [1944, 1945] })).toContain('use only one of');
    expect(messages({ approximate: true })).toContain('needs one of');
  });

  it('refuses unknown keys in a date object', () => {
    expect(messages({ on: 1945, aproximate: true })).toContain('aproximate');
  });
});

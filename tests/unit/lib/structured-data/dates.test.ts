import { describe, expect, it } from 'vitest';
import { schemaDateRange, schemaSingleDate } from '../../../../src/lib/structured-data/dates.ts';
import { HistoricalDateSchema } from '../../../../src/schemas/date.ts';

const date = (input: unknown) => HistoricalDateSchema.parse(input);

describe('schemaDateRange', () => {
  it('gives a point at the precision the fact file has', () => {
    expect(schemaDateRange(date(1855))).toEqual({ startDate: '1855' });
    expect(schemaDateRange(date('1945-02'))).toEqual({ startDate: '1945-02' });
    expect(schemaDateRange(date('2016-12-15'))).toEqual({ startDate: '2016-12-15' });
  });

  it('gives a range its start and end', () => {
    expect(schemaDateRange(date({ start: '1945-08-28', end: '1945-09-05' }))).toEqual({
      startDate: '1945-08-28',
      endDate: '1945-09-05',
    });
  });

  it('gives alternatives only as far as they agree', () => {
    expect(schemaDateRange(date({ either: ['1945-08-08', '1945-08-09'] }))).toEqual({
      startDate: '1945-08',
    });
    expect(schemaDateRange(date({ either: ['1945-08-31', '1945-09-01'] }))).toEqual({
      startDate: '1945',
    });
    expect(schemaDateRange(date({ either: [1854, 1855] }))).toEqual({});
  });
});

describe('schemaSingleDate', () => {
  it('gives no single date for a range', () => {
    expect(schemaSingleDate(date({ start: 1945, end: 1947 }))).toBeUndefined();
    expect(schemaSingleDate(date('2016-12-15'))).toBe('2016-12-15');
  });
});

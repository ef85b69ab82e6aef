import { describe, expect, it } from 'vitest';
import {
  BOM,
  cellText,
  csvDocument,
  csvField,
  csvRecord,
} from '../../../../src/lib/data-export/csv.ts';
import { parseCsv } from '../../../support/parse-csv.ts';

describe('csvField', () => {
  it('leaves plain text as it is', () => {
    expect(csvField('Etorofu')).toBe('Etorofu');
    expect(csvField('択捉島')).toBe('択捉島');
    expect(csvField('')).toBe('');
  });

  it.each([
    ['a comma', 'Kunashiri, Shikotan', '"Kunashiri, Shikotan"'],
    ['a double quote', 'the "Northern Territories"', '"the ""Northern Territories"""'],
    ['a line feed', 'one\ntwo', '"one\ntwo"'],
    ['a carriage return', 'one\rtwo', '"one\rtwo"'],
    ['only a quote', '"', '""""'],
  ])('quotes a field with %s, doubling quotes inside', (_what, text, expected) => {
    expect(csvField(text)).toBe(expected);
  });

  it('writes numbers, flags and nothing', () => {
    expect(csvField(3166.64)).toBe('3166.64');
    expect(csvField(-0.5)).toBe('-0.5');
    expect(csvField(true)).toBe('true');
    expect(csvField(false)).toBe('false');
    expect(csvField(undefined)).toBe('');
  });

  it('refuses a number no spreadsheet reads', () => {
    expect(() => cellText(Number.NaN)).toThrow(/NaN/);
    expect(() => cellText(Number.POSITIVE_INFINITY)).toThrow(/Infinity/);
  });
});

describe('csvDocument', () => {
  it('starts with the byte order mark and ends every record in CRLF', () => {
    const text = csvDocument(['id', 'name'], [['etorofu', 'Etorofu']]);
    expect(text).toBe(`${BOM}id,name\r\netorofu,Etorofu\r\n`);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('round-trips awkward fields through a strict RFC 4180 reader', () => {
    const rows = [
      ['a,b', 'say "yes"', 'line one\nline two', ''],
      ['"', ',', '\r\n', ' spaced '],
      ['Итуруп', '色丹島', 'a; b', '—'],
    ];
    const text = csvDocument(['w', 'x', 'y', 'z'], rows);
    expect(parseCsv(text.slice(BOM.length))).toEqual([['w', 'x', 'y', 'z'], ...rows]);
  });

  it('writes a header only when there are no rows', () => {
    expect(csvDocument(['id'], [])).toBe(`${BOM}id\r\n`);
  });

  it('refuses a row whose length differs from the header', () => {
    expect(() => csvDocument(['a', 'b'], [['1']])).toThrow(/row 1 has 1 cells, the header 2/);
  });

  it('joins a record with commas', () => {
    expect(csvRecord(['a', 1, undefined, 'b,c'])).toBe('a,1,,"b,c"');
  });
});

describe('the test reader', () => {
  it.each([
    ['a bare quote in a field', 'a"b\r\n'],
    ['text after a closing quote', '"a"b\r\n'],
    ['an unclosed quote', '"abc\r\n'],
    ['a missing final CRLF', 'a,b'],
    ['a bare line feed', 'a\nb\r\n'],
  ])('refuses %s', (_what, text) => {
    expect(() => parseCsv(text)).toThrow();
  });
});

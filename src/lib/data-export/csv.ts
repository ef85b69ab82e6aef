/**
 * A CSV writer for the data downloads, after RFC 4180: fields separated by commas, records by
 * CRLF, and a field in double quotes when it holds a comma, a double quote or a line break (a
 * quote inside one is doubled). The file starts with a UTF-8 byte order mark, which spreadsheet
 * programs need to read the Japanese and Russian names as UTF-8 rather than a local code page.
 */

/** The byte order mark, as the first character of the text (U+FEFF, EF BB BF in UTF-8). */
export const BOM = '\uFEFF';

/** What a cell may be given: text, a number, a flag, or nothing (an empty cell). */
export type CellValue = string | number | boolean | undefined;

/** One cell as text: numbers in JavaScript's shortest round-trip form, flags as `true`/`false`. */
export function cellText(value: CellValue): string {
  if (value === undefined) return '';
  if (typeof value === 'number') {
    // NaN or Infinity would print as words no spreadsheet reads as a number; the schemas never
    // let one through, so meeting one is a bug.
    if (!Number.isFinite(value)) throw new Error(`a CSV cell cannot hold ${value}`);
    return String(value);
  }
  return String(value);
}

/** One field, quoted when RFC 4180 requires it. */
export function csvField(value: CellValue): string {
  const text = cellText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record: its fields joined by commas. */
export function csvRecord(values: readonly CellValue[]): string {
  return values.map(csvField).join(',');
}

/**
 * A whole file: the byte order mark, the header, then one record per row, each ending in CRLF.
 * Every row must have as many cells as the header, so a column can never shift.
 */
export function csvDocument(
  header: readonly string[],
  rows: readonly (readonly CellValue[])[],
): string {
  rows.forEach((row, index) => {
    if (row.length !== header.length) {
      throw new Error(`row ${index + 1} has ${row.length} cells, the header ${header.length}`);
    }
  });
  return BOM + [header, ...rows].map((record) => `${csvRecord(record)}\r\n`).join('');
}

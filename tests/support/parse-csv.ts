/**
 * A strict RFC 4180 reader for the tests, written apart from the site's writer so that the two
 * check each other: it refuses a bare quote inside an unquoted field, text after a closing quote,
 * an unclosed quote and a record that does not end in CRLF.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let index = 0;
  const fail = (why: string) => {
    throw new Error(`CSV at character ${index}: ${why}`);
  };
  while (index < text.length) {
    if (text[index] === '"') {
      index += 1;
      for (;;) {
        if (index >= text.length) fail('a quoted field is not closed');
        if (text[index] === '"') {
          if (text[index + 1] === '"') {
            field += '"';
            index += 2;
            continue;
          }
          index += 1;
          break;
        }
        field += text[index];
        index += 1;
      }
      if (index < text.length && text[index] !== ',' && text[index] !== '\r') {
        fail('text after a closing quote');
      }
    } else {
      while (index < text.length && text[index] !== ',' && text[index] !== '\r') {
        if (text[index] === '"') fail('a quote inside an unquoted field');
        if (text[index] === '\n') fail('a line feed without a carriage return');
        field += text[index];
        index += 1;
      }
    }
    if (index >= text.length) fail('the last record does not end in CRLF');
    if (text[index] === ',') {
      record.push(field);
      field = '';
      index += 1;
    } else {
      if (text[index + 1] !== '\n') fail('a carriage return without a line feed');
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index += 2;
    }
  }
  return records;
}

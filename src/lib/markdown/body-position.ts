/** A 1-based line and column. */
export interface LineColumn {
  line: number;
  column: number;
}

/**
 * A position the Markdown parser reports in the body (line 1 is the body's first line) as a
 * position in the file: the lines before the body added.
 */
export function positionInFile(start: LineColumn, inBody: LineColumn): LineColumn {
  return {
    line: start.line + inBody.line - 1,
    column: inBody.line === 1 ? start.column + inBody.column - 1 : inBody.column,
  };
}

/**
 * Where `body`, the text a Markdown renderer was given, starts inside the file it came from
 * (`fileText`), whichever way it was cut (with or without the blank lines after the frontmatter);
 * undefined when the body is not part of the file (it changed since).
 */
export function bodyStartIn(fileText: string, body: string): LineColumn | undefined {
  if (body === '') return undefined;
  const index = fileText.lastIndexOf(body);
  if (index < 0) return undefined;
  const before = fileText.slice(0, index);
  return { line: before.split('\n').length, column: index - (before.lastIndexOf('\n') + 1) + 1 };
}

import { splitFrontmatter } from '../content/yaml.ts';

/** A 1-based line and column. */
export interface LineColumn {
  line: number;
  column: number;
}

/**
 * An article file's Markdown body as the renderer is given it (after the frontmatter, trimmed, as
 * Astro's own Markdown entries have it), and where its first character sits in the file.
 */
export function articleBodyOf(text: string): { body: string; start: LineColumn } {
  const split = splitFrontmatter(text);
  const raw = split?.body ?? text;
  const leading = /^\s*/.exec(raw)?.[0] ?? '';
  const newlines = leading.split('\n').length - 1;
  const lastLineStart = leading.lastIndexOf('\n') + 1;
  return {
    body: raw.trim(),
    start: { line: (split?.bodyLine ?? 1) + newlines, column: leading.length - lastLineStart + 1 },
  };
}

/**
 * A position the Markdown parser reports in the body (line 1 is the body's first line) as a
 * position in the file: the frontmatter's lines (and blank lines trimmed before the body) added.
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

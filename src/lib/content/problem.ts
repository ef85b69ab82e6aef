/**
 * One thing wrong with the content, in the shape every reporter prints:
 * `file:line:column  field.path  message (expected …, found …)`.
 */
export interface Problem {
  /** Path of the file, relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line, when the problem can be placed. */
  line?: number;
  /** 1-based column, when the problem can be placed. */
  column?: number;
  /** The field, as a dotted path from the entry (`quotes[3].speaker` style), or '' for the file. */
  field: string;
  /** What is wrong, in a few words an editor can act on. */
  message: string;
  /** What the contract expects, when that helps. */
  expected?: string;
  /** What the file holds instead, when that helps. */
  found?: string;
  /** `link` for a broken link in an article, counted in its own summary line. */
  kind?: 'link';
}

/** Orders problems by file, then line, then column. */
export function compareProblems(a: Problem, b: Problem): number {
  return (
    a.file.localeCompare(b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    a.field.localeCompare(b.field)
  );
}

/** `content/facts/quotes.yaml:12:14  [3].speaker  unknown actor "putn" (expected …, found …)` */
export function formatProblem(problem: Problem): string {
  const place =
    problem.line !== undefined ? `${problem.file}:${problem.line}:${problem.column ?? 1}` : problem.file;
  const details = [
    problem.expected !== undefined ? `expected ${problem.expected}` : undefined,
    problem.found !== undefined ? `found ${problem.found}` : undefined,
  ].filter(Boolean);
  const tail = details.length > 0 ? ` (${details.join(', ')})` : '';
  return `${place}  ${problem.field || '(file)'}  ${problem.message}${tail}`;
}

/** The closing line: `Found 3 problems in 2 files.` */
export function summarizeProblems(problems: readonly Problem[]): string {
  const files = new Set(problems.map((problem) => problem.file)).size;
  const noun = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `Found ${noun(problems.length, 'problem')} in ${noun(files, 'file')}.`;
}

/** The links' own closing line: `Found 2 invalid links in 1 file.` */
export function summarizeLinks(problems: readonly Problem[]): string {
  const links = problems.filter((problem) => problem.kind === 'link');
  const files = new Set(links.map((problem) => problem.file)).size;
  return `Found ${links.length} invalid link${links.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}.`;
}

/** A whole report: each problem on its line, sorted, then the summary (and the links' summary). */
export function formatReport(problems: readonly Problem[]): string {
  if (problems.length === 0) return 'Content check passed: no problems found.';
  const lines = [...problems].sort(compareProblems).map(formatProblem);
  if (problems.some((problem) => problem.kind === 'link')) lines.push(summarizeLinks(problems));
  lines.push(summarizeProblems(problems));
  return lines.join('\n');
}

/** Turns a path such as [3, 'area', 0, 'source'] into `[3].area[0].source`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => {
      if (typeof key === 'number') return `[${key}]`;
      const text = String(key);
      return index === 0 ? text : `.${text}`;
    })
    .join('');
}

/** A short, quoted rendering of what an editor wrote, for the `found` part of a message. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return value.trim() === '' ? 'empty text' : JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (typeof value === 'object') return 'a mapping (key: value pairs)';
  return typeof value;
}

import { LINK_CODES, compareProblems, type Problem } from '../problem.ts';

/** `content/facts/quotes.yaml:12:14  [3].speaker  unknown actor "putn" (expected …, found …)` */
export function formatProblem(problem: Problem): string {
  const place =
    problem.line !== undefined
      ? `${problem.file}:${problem.line}:${problem.column ?? 1}`
      : problem.file;
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
  const links = problems.filter((problem) => LINK_CODES.has(problem.code));
  const files = new Set(links.map((problem) => problem.file)).size;
  return `Found ${links.length} invalid link${links.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}.`;
}

/** A whole report: each problem on its line, sorted, then the summary (and the links' summary). */
export function formatReport(problems: readonly Problem[]): string {
  if (problems.length === 0) return 'Content check passed: no problems found.';
  const lines = [...problems].sort(compareProblems).map(formatProblem);
  if (problems.some((problem) => LINK_CODES.has(problem.code)))
    lines.push(summarizeLinks(problems));
  lines.push(summarizeProblems(problems));
  return lines.join('\n');
}

/** A translation older than its English article, as the check lists it. */
export interface StaleTranslationLine {
  file: string;
  original: string;
  recorded: string;
  current: string;
}

/**
 * The list of translations made from an earlier version of their English article. Not problems:
 * the site builds, and each such page tells its readers; the list tells editors what to update.
 */
export function formatStaleTranslations(stale: readonly StaleTranslationLine[]): string {
  if (stale.length === 0) return '';
  const lines = [...stale]
    .sort((a, b) => a.file.localeCompare(b.file))
    .map(
      (item) =>
        `${item.file}  translates ${item.original}, which has changed since (recorded ${item.recorded}, now ${item.current}): bring the translation up to date, then set originalHash: ${item.current}`,
    );
  const count = stale.length === 1 ? '1 translation is' : `${stale.length} translations are`;
  return [
    `${count} older than the English article (not an error: each page says so to its readers):`,
    ...lines.map((line) => `  ${line}`),
  ].join('\n');
}

import { compareProblems, type Problem } from '../problem.ts';

/** The machine-readable report: `{ ok, problems: [{ code, file, line, column, field, message, expected, found }] }`. */
export function formatJsonReport(problems: readonly Problem[]): string {
  const sorted = [...problems].sort(compareProblems);
  return `${JSON.stringify({ ok: sorted.length === 0, count: sorted.length, problems: sorted }, null, 2)}\n`;
}

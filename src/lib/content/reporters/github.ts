import { compareProblems, type Problem } from '../problem.ts';
import { formatProblem } from './text.ts';

// Workflow commands take their properties and message escaped as GitHub's toolkit escapes them.
const escapeData = (text: string) =>
  text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * One `::error` workflow command per problem, so GitHub shows each on its line of the changed
 * file: `::error file=…,line=…,col=…,title=unknown-reference::[3].speaker  unknown actor …`.
 */
export function formatGithubAnnotations(problems: readonly Problem[]): string {
  return [...problems]
    .sort(compareProblems)
    .map((problem) => {
      const properties = [
        `file=${escapeProperty(problem.file)}`,
        problem.line !== undefined ? `line=${problem.line}` : undefined,
        problem.column !== undefined ? `col=${problem.column}` : undefined,
        `title=${escapeProperty(problem.code)}`,
      ].filter(Boolean);
      const place =
        problem.line !== undefined
          ? `${problem.file}:${problem.line}:${problem.column ?? 1}  `
          : `${problem.file}  `;
      return `::error ${properties.join(',')}::${escapeData(formatProblem(problem).slice(place.length))}`;
    })
    .join('\n');
}

import { isAbsolute, join } from 'node:path';
import { FACT_LINK_KINDS } from '../markdown/fact-links.ts';
import { positionInFile, type LineColumn } from '../markdown/body-position.ts';
import { compareProblems, type Problem } from './problem.ts';
import { formatReport } from './reporters/text.ts';

/** Where Astro's error overlay points: the file (absolute), line and column. */
export interface ErrorLocation {
  file: string;
  line: number;
  column: number;
}

/** An error as Astro's dev server shows it: message, place, hint, and no stack trace. */
export type EditorError = Error & { loc?: ErrorLocation; hint: string };

export const EDITOR_ERROR_HINT =
  'Fix the file and save it: the page reloads. `npm run check` lists every problem in content/.';

/**
 * Content problems as one error for Astro's dev server: the message is the check's own report
 * (`file:line:column  field  message (expected …, found …)`), the location the first problem's.
 * The stack is emptied: Astro prints and shows a stack trace whenever an error has one, and takes
 * the location from it, which for an editor's mistake points into the site's code.
 */
export function editorError(problems: readonly Problem[], root: string): EditorError {
  const first = [...problems].sort(compareProblems)[0];
  const error = new Error(formatReport(problems)) as EditorError;
  error.name = 'ContentProblem';
  error.stack = '';
  error.hint = EDITOR_ERROR_HINT;
  if (first) {
    error.loc = {
      file: isAbsolute(first.file) ? first.file : join(root, first.file),
      line: first.line ?? 1,
      column: first.column ?? 1,
    };
  }
  return error;
}

/** What the Markdown plugin's FactLinkError carries (matched by name, not by class identity). */
interface FactLinkFailure {
  name: 'FactLinkError';
  target: string;
  line?: number;
  column?: number;
  /** Set when the line and column are already the file's. */
  file?: string;
}

const isFactLinkFailure = (error: unknown): error is FactLinkFailure =>
  error instanceof Error && error.name === 'FactLinkError' && 'target' in error;

/**
 * The problems behind an article that failed to render, or undefined when the failure is not an
 * editor's (a bug in the site, which keeps its stack trace). For an unknown fact link: the
 * content check's problems in that file when it finds any (the same words as `npm run check`),
 * or else the link itself, placed in the file by adding the lines before the body.
 */
export async function articleRenderProblems(
  error: unknown,
  file: string,
  bodyStart: LineColumn,
  checkProblems: () => Promise<readonly Problem[]>,
): Promise<Problem[] | undefined> {
  if (!isFactLinkFailure(error)) return undefined;
  const fromCheck = (await checkProblems()).filter((problem) => problem.file === file);
  if (fromCheck.length > 0) return fromCheck;
  const at =
    error.line === undefined
      ? undefined
      : error.file
        ? { line: error.line, column: error.column ?? 1 }
        : positionInFile(bodyStart, { line: error.line, column: error.column ?? 1 });
  return [
    {
      code: 'broken-link',
      file,
      line: at?.line,
      column: at?.column,
      field: 'body',
      message: 'unknown fact link',
      expected: `kind:id, with a kind among ${FACT_LINK_KINDS.join(', ')} and the id of an entry of that kind`,
      found: JSON.stringify(error.target),
    },
  ];
}

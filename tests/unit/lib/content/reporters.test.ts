import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../../src/lib/content/problem.ts';
import { formatGithubAnnotations } from '../../../../src/lib/content/reporters/github.ts';
import { formatJsonReport } from '../../../../src/lib/content/reporters/json.ts';
import { formatReport } from '../../../../src/lib/content/reporters/text.ts';

const problems: Problem[] = [
  {
    code: 'unknown-reference',
    file: 'content/facts/quotes.yaml',
    line: 3,
    column: 12,
    field: '[0].speaker',
    message: 'unknown actor "putn"',
    expected: 'the id of an actor',
    found: '"putn"',
  },
  {
    code: 'missing-file',
    file: 'content/facts/claims.yaml',
    field: '',
    message: 'the claims file is missing',
  },
];

describe('the reporters format the same problems', () => {
  it('as text, sorted, with the summary', () => {
    expect(formatReport(problems).split('\n')).toEqual([
      'content/facts/claims.yaml  (file)  the claims file is missing',
      'content/facts/quotes.yaml:3:12  [0].speaker  unknown actor "putn" (expected the id of an actor, found "putn")',
      'Found 2 problems in 2 files.',
    ]);
  });

  it('as GitHub annotations, one per problem, titled by code', () => {
    expect(formatGithubAnnotations(problems).split('\n')).toEqual([
      '::error file=content/facts/claims.yaml,title=missing-file::(file)  the claims file is missing',
      '::error file=content/facts/quotes.yaml,line=3,col=12,title=unknown-reference::[0].speaker  unknown actor "putn" (expected the id of an actor, found "putn")',
    ]);
  });

  it('as JSON with every field', () => {
    const report = JSON.parse(formatJsonReport(problems)) as {
      ok: boolean;
      count: number;
      problems: Problem[];
    };
    expect(report.ok).toBe(false);
    expect(report.count).toBe(2);
    expect(report.problems.map((problem) => problem.code)).toEqual([
      'missing-file',
      'unknown-reference',
    ]);
    expect(report.problems[1]).toEqual(problems[0]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const matcher = JSON.parse(
  readFileSync(new URL('../../.github/content-check-matcher.json', import.meta.url), 'utf8'),
) as {
  problemMatcher: { pattern: { regexp: string }[] }[];
};

describe('the GitHub problem matcher for the content check', () => {
  const regexp = new RegExp(matcher.problemMatcher[0]!.pattern[0]!.regexp);

  it('reads file, line, column and message from a check line', () => {
    const match = regexp.exec(
      'content/facts/quotes.yaml:3:12  [0].speaker  unknown actor "putn" — did you mean "putin"? (expected …, found "putn")',
    );
    expect(match?.slice(1, 4)).toEqual(['content/facts/quotes.yaml', '3', '12']);
    expect(match?.[4]).toMatch(/^\[0\]\.speaker {2}unknown actor/);
  });

  it('ignores the summary line', () => {
    expect(regexp.test('Found 3 problems in 2 files.')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { bodyStartIn, positionInFile } from '../../../../src/lib/markdown/body-position.ts';

const FILE = [
  '---', // 1
  'title: "A title"', // 2
  'description: "Words."', // 3
  'published: 2026-11-28', // 4
  '---', // 5
  '', // 6
  '## What it says', // 7
  '', // 8
  'Text about [Nowhere](island:nowhere).', // 9
  '',
].join('\n');

describe('positionInFile', () => {
  it('adds the lines before the body, so a body line 3 is file line 9 here', () => {
    const body = FILE.slice(FILE.indexOf('## What'));
    const start = bodyStartIn(FILE, body)!;
    const bodyLine = body.split('\n').findIndex((line) => line.includes('island:nowhere')) + 1;
    expect(bodyLine).toBe(3);
    expect(positionInFile(start, { line: bodyLine, column: 12 })).toEqual({ line: 9, column: 12 });
  });

  it('shifts the column on the body’s first line only', () => {
    expect(positionInFile({ line: 5, column: 4 }, { line: 1, column: 2 })).toEqual({
      line: 5,
      column: 5,
    });
    expect(positionInFile({ line: 5, column: 4 }, { line: 2, column: 2 })).toEqual({
      line: 6,
      column: 2,
    });
  });
});

describe('bodyStartIn', () => {
  it('finds the body in its file, trimmed or not', () => {
    const body = FILE.slice(FILE.indexOf('## What'));
    expect(bodyStartIn(FILE, body)).toEqual({ line: 7, column: 1 });
    expect(bodyStartIn(FILE, FILE.slice(FILE.indexOf('---', 3) + 4))).toEqual({
      line: 6,
      column: 1,
    });
  });

  it('is undefined for a body the file no longer holds, or an empty one', () => {
    expect(bodyStartIn(FILE, 'Some other text')).toBeUndefined();
    expect(bodyStartIn(FILE, '')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import {
  changesOf,
  historyUnavailableReason,
  pageHistory,
  parseGitLog,
  shortSubject,
} from '../../../../src/lib/history/git-log.ts';

const R = '\u001e';
const F = '\u001f';
const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);
// What `git log --format=%x1e%H%x1f%cs%x1f%s --name-only` prints: newest first.
const output = [
  `${R}${C}${F}2026-12-03${F}Fix the 1956 figures\n\ncontent/facts/islands.yaml\n`,
  `${R}${B}${F}2026-12-02${F}Shikotan is the larger: a\u001fsubject with a separator\n\ncontent/articles/the-four-islands.md\ncontent/facts/events.yaml\n`,
  `${R}${A}${F}2026-11-27${F}First articles\n\ncontent/articles/the-four-islands.md\ncontent/facts/islands.yaml\n`,
].join('');

describe('parseGitLog', () => {
  it('lists each file’s commits, newest first', () => {
    const history = parseGitLog(output);
    expect(history.get('content/articles/the-four-islands.md')).toEqual([
      {
        commit: B,
        date: '2026-12-02',
        subject: `Shikotan is the larger: a${F}subject with a separator`,
      },
      { commit: A, date: '2026-11-27', subject: 'First articles' },
    ]);
    expect(history.get('content/facts/islands.yaml')?.map((change) => change.commit)).toEqual([
      C,
      A,
    ]);
    expect(history.get('content/facts/events.yaml')).toHaveLength(1);
  });

  it('reads an empty log as no history', () => {
    expect(parseGitLog('').size).toBe(0);
  });

  it('refuses output in another format', () => {
    expect(() => parseGitLog(`${R}not a commit line\ncontent/x.md\n`)).toThrow(
      /expected "hash, day, subject"/,
    );
  });
});

describe('changesOf', () => {
  it('merges the files’ commits once each, newest first', () => {
    const history = parseGitLog(output);
    expect(
      changesOf(history, [
        'content/facts/islands.yaml',
        'content/articles/the-four-islands.md',
      ]).map((change) => change.date),
    ).toEqual(['2026-12-03', '2026-12-02', '2026-11-27']);
  });
});

describe('pageHistory', () => {
  const history = parseGitLog(output);

  it('takes the last change from git', () => {
    const page = pageHistory(history, ['content/articles/the-four-islands.md'], '2026-11-27');
    expect(page.source).toEqual({ kind: 'git' });
    expect(page.lastChanged).toBe('2026-12-02');
    expect(page.changes).toHaveLength(2);
  });

  it('falls back to the content’s date without git, and says why', () => {
    const page = pageHistory(
      { unavailable: 'the site was built from a shallow clone' },
      ['content/articles/the-four-islands.md'],
      '2026-11-30',
    );
    expect(page).toEqual({
      source: { kind: 'fallback', reason: 'the site was built from a shallow clone' },
      lastChanged: '2026-11-30',
      changes: [],
    });
  });

  it('falls back for a file git has no commit for', () => {
    const page = pageHistory(history, ['content/articles/new.md'], '2026-12-04');
    expect(page.source.kind).toBe('fallback');
    expect(page.lastChanged).toBe('2026-12-04');
  });
});

describe('historyUnavailableReason', () => {
  it('trusts a full clone only', () => {
    expect(historyUnavailableReason({ ok: true, output: 'false\n' })).toBeUndefined();
    expect(historyUnavailableReason({ ok: true, output: 'true\n' })).toMatch(/shallow clone/);
    expect(historyUnavailableReason({ ok: false })).toMatch(/without its git history/);
    expect(historyUnavailableReason({ ok: true, output: '--is-shallow-repository\n' })).toMatch(
      /did not say/,
    );
  });
});

describe('shortSubject', () => {
  it('keeps a short subject and cuts a long one at a word, marked', () => {
    expect(shortSubject('Island figures')).toBe('Island figures');
    const long =
      'Sources: Russian state agency and aggregator citations for Da Nang, Northern Territories Day and the 2023 and 2025 rallies replaced';
    const short = shortSubject(long, 60);
    expect(short).toBe('Sources: Russian state agency and aggregator citations for …');
    expect(short.length).toBeLessThanOrEqual(62);
    expect(shortSubject('a'.repeat(200), 50)).toBe(`${'a'.repeat(25)} …`);
  });
});

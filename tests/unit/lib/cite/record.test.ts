import { describe, expect, it } from 'vitest';
import {
  citedSourceIds,
  collectionRecord,
  factFallback,
  factRecord,
  isoDay,
  latestDay,
} from '../../../../src/lib/cite/record.ts';
import { parseGitLog } from '../../../../src/lib/history/git-log.ts';

describe('record helpers', () => {
  it('writes ISO days and finds the latest', () => {
    expect(isoDay({ year: 2026, month: 1, day: 9 })).toBe('2026-01-09');
    expect(latestDay(['2026-01-09', '2026-12-02', '2025-12-31'])).toBe('2026-12-02');
    expect(latestDay([])).toBeUndefined();
  });

  it('finds every source an entry cites, nested or listed', () => {
    expect(
      citedSourceIds({
        id: 'x',
        area: [{ value: 1, source: 'a' }],
        administration: { source: 'b' },
        sources: ['c', 'a'],
        roles: [{ title: 'y', source: 'd' }],
        summary: 'source',
      }),
    ).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('factFallback', () => {
  it('takes the day its sources were last read', () => {
    expect(
      factFallback(
        { corrections: [] },
        [{ year: 2026, month: 11, day: 27 }, undefined, { year: 2026, month: 12, day: 1 }],
        '2026-12-05',
      ),
    ).toEqual({ date: '2026-12-01', label: 'the day its sources were last read' });
  });

  it('takes a later correction', () => {
    expect(
      factFallback(
        { corrections: [{ date: { year: 2026, month: 12, day: 2 } }] },
        [{ year: 2026, month: 11, day: 27 }],
        '2026-12-05',
      ),
    ).toEqual({ date: '2026-12-02', label: 'the entry’s latest correction' });
  });

  it('says when it has only the build day', () => {
    expect(factFallback({ corrections: [] }, [], '2026-12-05')).toEqual({
      date: '2026-12-05',
      label: 'the day the site was built',
    });
  });
});

describe('factRecord', () => {
  const entry: { id: string; summary: string; corrections: never[] } = {
    id: 'shikotan',
    summary: 'An island.',
    corrections: [],
  };
  const input = {
    title: 'Shikotan',
    siteName: 'Four Islands',
    url: 'https://example.org/islands/shikotan/',
    kind: 'island',
    entry,
    file: 'content/facts/islands.yaml',
    accessed: [{ year: 2026, month: 11, day: 27 }],
    buildDay: '2026-12-05',
  };

  it('dates the version by the fact file’s last commit and hashes the entry', () => {
    const history = parseGitLog(
      `\u001e${'a'.repeat(40)}\u001f2026-12-02\u001fIsland figures\n\ncontent/facts/islands.yaml\n`,
    );
    const record = factRecord(input, history);
    expect(record.citable.versionDate).toBe('2026-12-02');
    expect(record.citable.version).toMatch(/^[0-9a-f]{12}$/);
    expect(record.history.changes).toHaveLength(1);
    const changed = factRecord(
      { ...input, entry: { ...entry, summary: 'Another.' } as typeof entry },
      history,
    );
    expect(changed.citable.version).not.toBe(record.citable.version);
  });

  it('falls back without git', () => {
    const record = factRecord(input, { unavailable: 'the site was built without its git history' });
    expect(record.citable.versionDate).toBe('2026-11-27');
    expect(record.fallbackLabel).toBe('the day its sources were last read');
  });
});

describe('collectionRecord', () => {
  const input = {
    title: 'Timeline',
    siteName: 'Four Islands',
    url: 'https://example.org/timeline/',
    kind: 'timeline',
    entries: [
      { id: 'a', summary: 'One.', corrections: [] },
      { id: 'b', summary: 'Two.', corrections: [{ date: { year: 2026, month: 12, day: 2 } }] },
    ],
    files: ['content/facts/events.yaml'],
    accessed: [{ year: 2026, month: 11, day: 27 }],
    buildDay: '2026-12-05',
  };
  const history = parseGitLog(
    `\u001e${'b'.repeat(40)}\u001f2026-12-01\u001fEvents since 2022\n\ncontent/facts/events.yaml\n` +
      `\u001e${'c'.repeat(40)}\u001f2026-11-30\u001fAn island figure\n\ncontent/facts/islands.yaml\n`,
  );

  it('takes the history of its fact file only and hashes every entry it lists', () => {
    const record = collectionRecord(input, history);
    expect(record.citable.key).toEqual({ kind: 'timeline', id: 'timeline' });
    expect(record.citable.versionDate).toBe('2026-12-01');
    expect(record.history.changes.map((change) => change.subject)).toEqual(['Events since 2022']);
    const fewer = collectionRecord({ ...input, entries: input.entries.slice(0, 1) }, history);
    expect(fewer.citable.version).not.toBe(record.citable.version);
  });

  it('falls back on the latest correction of any entry, entries without corrections included', () => {
    const record = collectionRecord(
      { ...input, entries: [...input.entries, { id: 'quote-without-corrections' }] },
      { unavailable: 'the site was built without its git history' },
    );
    expect(record.citable.versionDate).toBe('2026-12-02');
    expect(record.fallbackLabel).toBe('the entry’s latest correction');
  });

  it('gives each filtered view its own citation key', () => {
    const record = collectionRecord({ ...input, id: 'island-etorofu' }, history);
    expect(record.citable.key).toEqual({ kind: 'timeline', id: 'island-etorofu' });
  });

  it('joins the histories of every file a page draws from, newest first, each commit once', () => {
    const record = collectionRecord(
      { ...input, files: ['content/facts/events.yaml', 'content/facts/islands.yaml'] },
      history,
    );
    expect(record.history.changes.map((change) => change.subject)).toEqual([
      'Events since 2022',
      'An island figure',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  correctionAnchor,
  correctionFeedItem,
  gatherCorrections,
} from '../../../src/lib/corrections.ts';
import { CorrectionListSchema } from '../../../src/schemas/correction.ts';

const day = (d: number) => ({ year: 2026, month: 12, day: d });

describe('gatherCorrections', () => {
  const corrections = gatherCorrections({
    articles: [
      {
        slug: 'a',
        data: { title: 'Article A', corrections: [{ date: day(1), wrong: 'w1', changed: 'c1' }] },
      },
    ],
    events: [
      { id: 'e', title: 'Event E', corrections: [{ date: day(3), wrong: 'w2', changed: 'c2' }] },
    ],
    islands: [
      {
        id: 'shikotan',
        name: 'Shikotan',
        corrections: [{ date: day(1), wrong: 'w3', changed: 'c3' }],
      },
    ],
    actors: [{ id: 'x', name: 'X', corrections: [] }],
  });

  it('lists all, newest first, entries in order on the same day', () => {
    expect(corrections.map((c) => c.wrong)).toEqual(['w2', 'w1', 'w3']);
  });

  it('links each to its page or its entry’s anchor', () => {
    expect(corrections.map((c) => c.path)).toEqual([
      '/timeline/#event-e',
      '/articles/a/',
      '/islands/shikotan/',
    ]);
    expect(correctionAnchor(corrections[0]!)).toBe('correction-event-e-1');
  });

  it('makes a feed item', () => {
    const item = correctionFeedItem(corrections[0]!, 'https://example.org/timeline/#event-e');
    expect(item.title).toBe('Correction: Event E');
    expect(item.description).toBe('w2 c2');
    expect(item.date.toISOString()).toBe('2026-12-03T00:00:00.000Z');
  });
});

describe('CorrectionListSchema', () => {
  it('needs a full day, what was wrong and what changed', () => {
    const result = CorrectionListSchema.safeParse([{ date: '2026-12', wrong: 'x' }]);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join('.'));
    expect(paths).toContain('0.date');
    expect(paths).toContain('0.changed');
  });

  it('wants them oldest first', () => {
    const result = CorrectionListSchema.safeParse([
      { date: '2026-12-02', wrong: 'x', changed: 'y' },
      { date: '2026-12-01', wrong: 'x', changed: 'y' },
    ]);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toMatch(
      /oldest first \(expected 2026-12-02 or later, found 2026-12-01\)/,
    );
  });

  it('defaults to none', () => {
    expect(CorrectionListSchema.parse(undefined)).toEqual([]);
  });
});

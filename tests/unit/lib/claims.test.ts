import { describe, expect, it } from 'vitest';
import {
  claimEvents,
  orderClaims,
  wordingAttribution,
  wordingQuoteMarks,
} from '../../../src/lib/claims.ts';
import type { HistoricalDate } from '../../../src/schemas/date.ts';

const day = (year: number, month = 1, date = 1): HistoricalDate => ({
  kind: 'point',
  start: { year, month, day: date },
  approximate: false,
});
const events: Record<string, { id: string; date: HistoricalDate }> = {
  shimoda: { id: 'shimoda', date: day(1855, 2, 7) },
  yalta: { id: 'yalta', date: day(1945, 2, 11) },
  occupation: { id: 'occupation', date: day(1945, 8, 28) },
  declaration: { id: 'declaration', date: day(1956, 10, 19) },
  press: { id: 'press', date: day(2016, 11, 21) },
  suspension: { id: 'suspension', date: day(2022, 3, 21) },
};
const eventById = (id: string) => events[id]!;

describe('orderClaims', () => {
  it('orders by the earliest event, the broader question first when two start together', () => {
    const claims = [
      { question: 'Joint economic activities?', events: ['press', 'suspension'] },
      { question: 'What weight does Yalta carry?', events: ['yalta', 'occupation', 'shimoda'] },
      { question: 'What does 1956 commit to?', events: ['declaration'] },
      { question: 'Who is sovereign today?', events: ['shimoda', 'occupation', 'press'] },
    ];
    expect(orderClaims(claims, eventById).map((claim) => claim.question)).toEqual([
      'Who is sovereign today?',
      'What weight does Yalta carry?',
      'What does 1956 commit to?',
      'Joint economic activities?',
    ]);
  });

  it('puts claims without events last, by question', () => {
    const claims = [
      { question: 'B?', events: [] },
      { question: 'A?', events: [] },
      { question: 'C?', events: ['yalta'] },
    ];
    expect(orderClaims(claims, eventById).map((claim) => claim.question)).toEqual([
      'C?',
      'A?',
      'B?',
    ]);
  });
});

describe('claimEvents', () => {
  it('gives the events oldest first, whatever order the editor listed them in', () => {
    expect(
      claimEvents({ events: ['press', 'shimoda', 'occupation'] }, eventById).map(
        (event) => event.id,
      ),
    ).toEqual(['shimoda', 'occupation', 'press']);
  });
});

describe('wordingAttribution', () => {
  it('names the speaker and the day', () => {
    expect(
      wordingAttribution({ speaker: 'Maria Zakharova', date: { year: 2026, month: 2, day: 12 } }),
    ).toBe('Maria Zakharova, 12 February 2026');
  });

  it('writes the day in the language asked for', () => {
    const wording = { speaker: 'Maria Zakharova', date: { year: 2026, month: 2, day: 12 } };
    expect(wordingAttribution(wording, 'ja')).toBe('Maria Zakharova、2026年2月12日');
    expect(wordingAttribution(wording, 'ru')).toBe('Maria Zakharova, 12 февраля 2026 г.');
  });

  it('names the speaker alone when the source gives no date', () => {
    expect(wordingAttribution({ speaker: 'Ministry of Foreign Affairs of Japan' })).toBe(
      'Ministry of Foreign Affairs of Japan',
    );
  });
});

describe('wordingQuoteMarks', () => {
  it('sets Japanese in corner brackets and everything else in curly quotes', () => {
    expect(wordingQuoteMarks('ja')).toEqual(['「', '」']);
    expect(wordingQuoteMarks(undefined)).toEqual(['“', '”']);
    expect(wordingQuoteMarks('ru')).toEqual(['“', '”']);
  });
});

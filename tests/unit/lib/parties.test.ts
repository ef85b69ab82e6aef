import { describe, expect, it } from 'vitest';
import {
  compareParties,
  orderPositions,
  governmentOf,
  partyName,
  positionClasses,
} from '../../../src/lib/parties.ts';

describe('partyName', () => {
  it.each([
    ['japan', 'Japan'],
    ['russia', 'Russia'],
    ['soviet-union', 'Soviet Union'],
    ['united-states', 'United States'],
    ['united-kingdom', 'United Kingdom'],
    ['international', 'International'],
  ] as const)('%s → %s', (party, name) => {
    expect(partyName(party)).toBe(name);
  });
});

describe('partyName and governmentOf in Japanese and Russian', () => {
  it('names a party and the government of it', () => {
    expect(partyName('soviet-union', 'ja')).toBe('ソ連');
    expect(partyName('japan', 'ru')).toBe('Япония');
    expect(governmentOf('japan', 'ru')).toBe('Японии');
    expect(governmentOf('japan')).toBe(partyName('japan'));
  });
});

describe('orderPositions', () => {
  it('puts Japan first, then Russia and the Soviet Union, then the others, keeping ties in order', () => {
    const positions = [
      { party: 'united-states' as const, summary: 'a' },
      { party: 'soviet-union' as const, summary: 'b' },
      { party: 'japan' as const, summary: 'c' },
      { party: 'russia' as const, summary: 'd' },
      { party: 'japan' as const, summary: 'e' },
    ];
    expect(orderPositions(positions).map((position) => position.summary)).toEqual([
      'c',
      'e',
      'd',
      'b',
      'a',
    ]);
  });

  it('does not change the list it is given', () => {
    const positions = [{ party: 'russia' as const }, { party: 'japan' as const }];
    orderPositions(positions);
    expect(positions[0]!.party).toBe('russia');
  });
});

describe('compareParties', () => {
  it('puts entries without a party last', () => {
    expect(compareParties(undefined, 'international')).toBeGreaterThan(0);
    expect(compareParties('japan', undefined)).toBeLessThan(0);
  });
});

describe('positionClasses', () => {
  it('colours Japan and Russia, and leaves other parties plain', () => {
    expect(positionClasses('japan')).toBe('position position--japan');
    expect(positionClasses('russia')).toBe('position position--russia');
    expect(positionClasses('soviet-union')).toBe('position');
    expect(positionClasses('united-states')).toBe('position');
  });
});

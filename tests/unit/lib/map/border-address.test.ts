import { describe, expect, it } from 'vitest';
import { searchForState, stateFromAddress } from '../../../../src/lib/map/border-address.ts';

const IDS = ['1855', '1875', '1905', '1945', '1956', 'today'];

describe('stateFromAddress', () => {
  it('reads ?year= and the state anchor', () => {
    expect(stateFromAddress('?year=1875', '', IDS)).toBe('1875');
    expect(stateFromAddress('?year=Today', '', IDS)).toBe('today');
    expect(stateFromAddress('', '#border-1905', IDS)).toBe('1905');
  });

  it('prefers the anchor, which the site’s own links use', () => {
    expect(stateFromAddress('?year=1875', '#border-1945', IDS)).toBe('1945');
  });

  it('names no state for an unknown year, another anchor or none', () => {
    expect(stateFromAddress('?year=1900', '', IDS)).toBeUndefined();
    expect(stateFromAddress('', '#islands', IDS)).toBeUndefined();
    expect(stateFromAddress('', '', IDS)).toBeUndefined();
    expect(stateFromAddress('?year=', '#border-1066', IDS)).toBeUndefined();
  });
});

describe('searchForState', () => {
  it('sets the year and keeps other parameters', () => {
    expect(searchForState('', '1875')).toBe('?year=1875');
    expect(searchForState('?year=1855&x=1', 'today')).toBe('?year=today&x=1');
  });
});

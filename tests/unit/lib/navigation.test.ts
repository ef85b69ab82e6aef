import { describe, expect, it } from 'vitest';
import { MAIN_NAV, currentMark, isCurrentSection } from '../../../src/lib/navigation.ts';

const item = (path: string) => MAIN_NAV.find((entry) => entry.path === path)!;

describe('currentMark', () => {
  it('marks the link to the page itself as the current page', () => {
    expect(currentMark(item('/articles/'), '/articles/')).toBe('page');
    expect(currentMark(item('/articles/'), '/articles')).toBe('page');
    expect(currentMark(item('/'), '/')).toBe('page');
  });

  it('marks the section of a page below it, and nothing else', () => {
    expect(currentMark(item('/articles/'), '/articles/dispute-in-brief/')).toBe('true');
    expect(currentMark(item('/'), '/articles/')).toBeUndefined();
    expect(currentMark(item('/islands/'), '/articles/')).toBeUndefined();
  });
});

describe('isCurrentSection', () => {
  it('treats home as its own section only', () => {
    expect(isCurrentSection(item('/'), '/')).toBe(true);
    expect(isCurrentSection(item('/'), '/map/')).toBe(false);
    expect(isCurrentSection(item('/timeline/'), '/timeline/period/cold-war/')).toBe(true);
  });
});

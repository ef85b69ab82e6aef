import { describe, expect, it } from 'vitest';
import {
  buildRatio,
  buildSeconds,
  pagesPerSecond,
  peakRssBytes,
  runAt,
} from '../../../../src/lib/bench/results.ts';
import { bare, project, step } from './fixtures.ts';

describe('build results', () => {
  const builds = [
    project(100, { check: 1, astro: 20, pagefind: 2 }),
    bare(100, 10),
    project(1000, { check: 2, astro: 60, pagefind: 6 }),
    bare(1000, 50),
  ];

  it('counts the project’s build as astro build plus the search index', () => {
    expect(buildSeconds(builds[0]!)).toBe(22);
    expect(buildSeconds(builds[1]!)).toBe(10);
  });

  it('gives pages per second of astro build', () => {
    expect(pagesPerSecond(builds[0]!)).toBe(130 / 20);
    expect(pagesPerSecond({ ...builds[1]!, astro: step(0) })).toBe(0);
  });

  it('takes the highest peak memory of the steps', () => {
    expect(peakRssBytes(builds[0]!)).toBe(500e6);
    expect(peakRssBytes({ ...builds[1]!, astro: step(3) })).toBeUndefined();
  });

  it('finds a run by site and size, and the ratio of the project to bare Astro', () => {
    expect(runAt(builds, 'bare', 1000)?.astro.seconds).toBe(50);
    expect(runAt(builds, 'bare', 5000)).toBeUndefined();
    expect(buildRatio(builds, 100, 'whole')).toBe(2.2);
    expect(buildRatio(builds, 100, 'astro')).toBe(2);
    expect(buildRatio(builds, 1000, 'whole')).toBeCloseTo(66 / 50);
    expect(buildRatio(builds, 5000, 'whole')).toBeUndefined();
  });
});

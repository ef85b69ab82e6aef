import { describe, expect, it } from 'vitest';
import {
  buildRatio,
  median,
  medianAt,
  buildCpuSeconds,
  buildSeconds,
  pagesPerSecond,
  peakRssBytes,
  runsAt,
} from '../../../tools/bench/results.ts';
import { bare, project, starlight, step } from './fixtures.ts';

describe('build results', () => {
  const builds = [
    project(100, { check: 1, astro: 20, pagefind: 2 }),
    bare(100, 10),
    project(1000, { check: 2, astro: 60, pagefind: 6 }),
    bare(1000, 50),
  ];

  it('counts the project’s build as astro build, then the longer of the search index and the preview images', () => {
    expect(buildSeconds(builds[0]!)).toBe(22);
    expect(buildSeconds(builds[1]!)).toBe(10);
    // The two start together once astro build is done.
    expect(buildSeconds({ ...builds[0]!, previews: step(3) })).toBe(23);
    expect(buildSeconds({ ...builds[0]!, previews: step(1) })).toBe(22);
    // The follower runs inside astro build's time.
    expect(buildSeconds({ ...builds[0]!, previewsAlongside: step(15) })).toBe(22);
  });

  it('counts CPU seconds of the same steps, and none when a step lacks them', () => {
    expect(buildCpuSeconds(builds[0]!)).toBe(33);
    // The follower's CPU time counts: it is the build's work done on the other core.
    expect(buildCpuSeconds({ ...builds[0]!, previewsAlongside: step(4) })).toBe(33 + 4 * 1.5);
    expect(
      buildCpuSeconds({ ...builds[1]!, astro: { ...step(3), cpuSeconds: undefined } }),
    ).toBeUndefined();
    expect(buildRatio(builds, 100, 'cpu')).toBeCloseTo(33 / 15);
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
    expect(runsAt(builds, 'bare', 1000).map((run) => run.astro.seconds)).toEqual([50]);
    expect(runsAt(builds, 'bare', 5000)).toEqual([]);
    expect(buildRatio(builds, 100, 'whole')).toBe(2.2);
    expect(buildRatio(builds, 100, 'astro')).toBe(2);
    expect(buildRatio(builds, 1000, 'whole')).toBeCloseTo(66 / 50);
    expect(buildRatio(builds, 5000, 'whole')).toBeUndefined();
  });
});

describe('repetitions', () => {
  it('takes the median: the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });

  it('gives the ratio from the medians of each side, leaving failed runs out', () => {
    const builds = [
      project(1000, { check: 2, astro: 50, pagefind: 5 }, 1e9, 1),
      bare(1000, 40, 1),
      project(1000, { check: 2, astro: 90, pagefind: 5 }, 1e9, 2),
      bare(1000, 30, 2),
      project(1000, { check: 2, astro: 55, pagefind: 5 }, 1e9, 3),
      bare(1000, 44, 3),
      { ...project(1000, { check: 2, astro: 1, pagefind: 1 }, 1e9, 4), error: 'failed' },
    ];
    expect(medianAt(builds, 'project', 1000, (run) => run.astro.seconds)).toBe(55);
    expect(buildRatio(builds, 1000, 'whole')).toBe(60 / 40);
    expect(buildRatio(builds, 1000, 'astro')).toBe(55 / 40);
  });
});

describe('peers and phases', () => {
  const builds = [
    project(1000, { check: 2, astro: 30, pagefind: 4 }),
    project(1000, { check: 0, astro: 12, pagefind: 4 }, 500e6, 1, 'warm'),
    bare(1000, 20),
    bare(1000, 8, 1, 'warm'),
    starlight(1000, 40),
    starlight(1000, 20, 1, 'warm'),
  ];

  it('keeps cold and warm runs apart, cold by default', () => {
    expect(runsAt(builds, 'project', 1000).map((run) => run.astro.seconds)).toEqual([30]);
    expect(runsAt(builds, 'project', 1000, 'warm').map((run) => run.astro.seconds)).toEqual([12]);
    expect(runsAt(builds, 'starlight', 1000, 'warm').map((run) => run.site)).toEqual(['starlight']);
  });

  it('gives the project over either peer, cold and warm', () => {
    expect(buildRatio(builds, 1000, 'whole')).toBe(34 / 20);
    expect(buildRatio(builds, 1000, 'whole', 'bare', 'warm')).toBe(16 / 8);
    expect(buildRatio(builds, 1000, 'whole', 'starlight')).toBe(34 / 40);
    expect(buildRatio(builds, 1000, 'whole', 'starlight', 'warm')).toBe(16 / 20);
    expect(buildRatio(builds, 1000, 'astro', 'starlight', 'warm')).toBe(12 / 20);
  });

  it('has no ratio when a peer did not build', () => {
    const withoutStarlight = builds.filter((run) => run.site !== 'starlight');
    expect(buildRatio(withoutStarlight, 1000, 'whole', 'starlight')).toBeUndefined();
    const failedWarm = builds.map((run) =>
      run.site === 'starlight' && run.phase === 'warm' ? { ...run, error: 'failed' } : run,
    );
    expect(buildRatio(failedWarm, 1000, 'whole', 'starlight', 'warm')).toBeUndefined();
    expect(buildRatio(failedWarm, 1000, 'whole', 'starlight', 'cold')).toBe(34 / 40);
  });

  it('counts the unchanged check in the peak memory', () => {
    const run = { ...builds[0]!, checkUnchanged: step(0.2, 900e6) };
    expect(peakRssBytes(run)).toBe(900e6);
  });
});

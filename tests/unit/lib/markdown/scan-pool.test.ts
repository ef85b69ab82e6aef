import { describe, expect, it } from 'vitest';
import { scanArticleBody } from '../../../../src/lib/markdown/body-scan.ts';
import {
  scanArticleBodies,
  startScanning,
  workersFor,
} from '../../../../src/lib/markdown/scan-pool.ts';

/** Bodies that differ, so that a scan put at the wrong index shows. */
const bodies = Array.from(
  { length: 90 },
  (_, index) =>
    `## Part ${index}\n\nSee [item ${index}](/articles/a-${index}/)${index % 3 === 0 ? '[^n]\n\n[^n]: note' : ''}.\n\n<i>${index}</i>`,
);

describe('workersFor', () => {
  it('starts no worker for a few hundred articles or on one core', () => {
    expect(workersFor(6, 2)).toBe(0);
    expect(workersFor(499, 8)).toBe(0);
    expect(workersFor(5000, 1)).toBe(0);
  });

  it('uses every other core for thousands of articles, up to seven workers', () => {
    expect(workersFor(5000, 2)).toBe(1);
    expect(workersFor(1000, 8)).toBe(3);
    expect(workersFor(50_000, 64)).toBe(7);
  });
});

describe('scanArticleBodies', () => {
  const expected = bodies.map(scanArticleBody);

  it('gives each body’s scan in order, with no worker', () => {
    expect(scanArticleBodies(bodies, 0)).toEqual(expected);
  });

  it('gives the same scans in the same order with worker threads', () => {
    expect(scanArticleBodies(bodies, 2)).toEqual(expected);
  });

  it('lets the workers start before the caller joins in', () => {
    const pending = startScanning(bodies, 1);
    const until = Date.now() + 300;
    while (Date.now() < until) {
      // The calling thread is busy elsewhere (the check validates the facts here).
    }
    expect(pending.finish()).toEqual(expected);
  });

  it('handles no bodies at all', () => {
    expect(scanArticleBodies([], 2)).toEqual([]);
  });
});

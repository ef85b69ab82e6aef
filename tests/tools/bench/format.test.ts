import { describe, expect, it } from 'vitest';
import { BUDGETS, GB, KB, evaluateBudgets } from '../../../tools/bench/budgets.ts';
import {
  buildTable,
  devEditTable,
  formatBudgetValue,
  formatBytes,
  formatCount,
  formatMemory,
  formatSeconds,
  markdownTable,
  pageWeightTable,
  ratioTable,
  renderReport,
} from '../../../tools/bench/format.ts';
import type { BenchResults } from '../../../tools/bench/results.ts';
import { bare, page, project, starlight, step, weight } from './fixtures.ts';

describe('number formats', () => {
  it('gives bytes in KB of 1,024 bytes, and MB from a mebibyte', () => {
    expect(formatBytes(0)).toBe('0.0 KB');
    expect(formatBytes(35 * KB)).toBe('35.0 KB');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(3 * 1024 * KB)).toBe('3.00 MB');
  });

  it('gives memory in MB, and GB from a gibibyte', () => {
    expect(formatMemory(512 * 1024 * KB)).toBe('512 MB');
    expect(formatMemory(1.25 * GB)).toBe('1.25 GB');
  });

  it('gives seconds with precision that suits their size, and minutes for long steps', () => {
    expect(formatSeconds(0.4213)).toBe('0.42 s');
    expect(formatSeconds(12.34)).toBe('12.3 s');
    expect(formatSeconds(312.4)).toBe('312 s (5 min 12 s)');
  });

  it('groups thousands', () => {
    expect(formatCount(5000)).toBe('5,000');
  });

  it('formats a budget value in the budget’s unit', () => {
    const budget = (id: string) => BUDGETS.find((entry) => entry.id === id)!;
    expect(formatBudgetValue(budget('reading-total'), 35 * KB)).toBe('35.0 KB');
    expect(formatBudgetValue(budget('build-memory'), 2 * GB)).toBe('2.00 GB');
    expect(formatBudgetValue(budget('build-ratio'), 1.234)).toBe('1.23×');
    expect(formatBudgetValue(budget('check-time'), 9.5)).toBe('9.5 s');
    expect(formatBudgetValue(budget('other-hosts'), 0)).toBe('0');
  });
});

describe('markdownTable', () => {
  it('writes a header, an alignment row and escaped cells', () => {
    expect(markdownTable(['Page', 'Bytes'], [['a | b', '12']], ['left', 'right'])).toBe(
      ['| Page | Bytes |', '| --- | ---: |', '| a \\| b | 12 |'].join('\n'),
    );
  });
});

const results: BenchResults = {
  startedAt: '2026-11-27T00:00:00.000Z',
  machine: {
    cpus: 2,
    cpuModel: 'Test CPU',
    memoryBytes: 8 * GB,
    node: 'v22.23.3',
    loadAverageAtStart: [1, 1, 1],
    loadAverageAtEnd: [2, 1.5, 1],
  },
  options: { sizes: [100, 1000], repeat: 1, built: true, lighthouse: false },
  pages: [page('article', 'reading', weight(10 * KB, 1 * KB)), page('timeline', 'reading')],
  builds: [
    project(100, { check: 1, astro: 20, pagefind: 2 }),
    bare(100, 10),
    project(1000, { check: 4, astro: 60, pagefind: 6 }),
    bare(1000, 40),
  ],
  devEdits: [],
  lighthouse: { status: 'skipped', reason: 'Not run: pass --lighthouse.', runs: [] },
};

describe('tables', () => {
  it('lists every page type, with "not built" for the missing ones', () => {
    const table = pageWeightTable(results);
    expect(table).toContain(
      '| article | /article/ | 3 | 30.0 KB | 10.0 KB | 3.0 KB | 1.0 KB | 0.0 KB | none |',
    );
    expect(table).toContain('| timeline | /timeline/ | not built |');
  });

  it('lists builds in the order they ran, with each step, pages per second and peak memory', () => {
    const table = buildTable(results.builds);
    const rows = table.split('\n').slice(2);
    expect(rows.map((row) => row.split(' | ')[1])).toEqual([
      'project',
      'bare Astro',
      'project',
      'bare Astro',
    ]);
    expect(rows[0]).toBe(
      '| 100 | project | cold | 106 | 220 | 130 | 1.0 s | – | 20.0 s | 2.0 s | – | 22.0 s | 6.5 | 477 MB |',
    );
    expect(rows[1]).toBe(
      '| 100 | bare Astro | cold | 106 | – | 106 | – | – | 10.0 s | – | – | 10.0 s | 10.6 | 381 MB |',
    );
  });

  it('gives the project/bare ratio per N, whole and in CPU time', () => {
    expect(ratioTable(results.builds).split('\n').slice(2)).toEqual([
      '| 100 | cold | 2.20× | 2.20× |',
      '| 1,000 | cold | 1.65× | 1.65× |',
    ]);
  });

  it('gives the ratios over Starlight and bare Astro, cold and warm, and the check run again', () => {
    const builds = [
      { ...project(1000, { check: 4, astro: 30, pagefind: 4 }), checkUnchanged: step(0.3) },
      project(1000, { check: 0, astro: 12, pagefind: 4 }, 500e6, 1, 'warm'),
      bare(1000, 20),
      bare(1000, 8, 1, 'warm'),
      starlight(1000, 40),
      starlight(1000, 20, 1, 'warm'),
    ];
    const table = ratioTable(builds).split('\n');
    expect(table[0]).toBe(
      '| Synthetic articles | Phase | Project / Starlight | Project / Starlight in CPU time | Project / bare Astro | Project / bare Astro in CPU time |',
    );
    expect(table.slice(2)).toEqual([
      '| 1,000 | cold | 0.85× | 0.85× | 1.70× | 1.70× |',
      '| 1,000 | warm | 0.80× | 0.80× | 2.00× | 2.00× |',
    ]);
    const rows = buildTable(builds).split('\n').slice(2);
    expect(rows[0]).toContain('| project | cold |');
    expect(rows[0]).toContain('| 4.0 s | 0.30 s | 30.0 s |');
    expect(rows[5]).toMatch(/^\| 1,000 \| Starlight \| warm \|/);
  });

  it('lists the dev-server edits', () => {
    expect(
      devEditTable([
        {
          syntheticArticles: 1000,
          path: '/articles/a/',
          firstPageSeconds: 12.3,
          editSeconds: 0.42,
        },
        { syntheticArticles: 5000, path: '/articles/b/', firstPageSeconds: 40, error: 'timed out' },
      ])
        .split('\n')
        .slice(2),
    ).toEqual([
      '| 1,000 | /articles/a/ | 12.3 s | 0.42 s |',
      '| 5,000 | /articles/b/ | 40.0 s | failed: timed out |',
    ]);
  });
});

describe('renderReport', () => {
  it('has every section, the machine and the budget verdicts', () => {
    const report = renderReport(results, evaluateBudgets(results));
    for (const heading of [
      '# Benchmark',
      '## Page weight at first load',
      '## Build at scale',
      '## Edit under the dev server',
      '## Budgets',
      '## Lighthouse',
    ]) {
      expect(report).toContain(heading);
    }
    expect(report).toContain('2 CPU (Test CPU), 8.00 GB RAM, Node v22.23.3');
    expect(report).toContain('**MISSED**');
    expect(report).toContain('not measured');
    expect(report).toContain('Not run: pass --lighthouse.');
    expect(report).toContain('/usr/bin/time -v');
  });
});

describe('repeated builds', () => {
  it('adds a Run column and says the ratios are medians', () => {
    const builds = [
      project(100, { check: 1, astro: 20, pagefind: 2 }, 500e6, 1),
      bare(100, 10, 1),
      project(100, { check: 1, astro: 24, pagefind: 2 }, 500e6, 2),
      bare(100, 12, 2),
    ];
    expect(buildTable(builds).split('\n')[0]).toContain('| Synthetic articles | Run | Site |');
    expect(buildTable(builds).split('\n')[5]).toMatch(/^\| 100 \| 2 \| bare Astro \|/);
    expect(ratioTable(builds)).toContain('(medians of 2 runs)');
    expect(ratioTable(builds)).toContain('| 100 | cold | 2.18× | 2.18× |');
  });
});

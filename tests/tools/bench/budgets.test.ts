import { describe, expect, it } from 'vitest';
import {
  BUDGETS,
  GB,
  KB,
  evaluateBudgets,
  missedBudgets,
  type BudgetId,
  type BudgetResult,
} from '../../../tools/bench/budgets.ts';
import { bare, page, project, starlight, step, weight } from './fixtures.ts';

const byId = (results: BudgetResult[], id: BudgetId) => {
  const found = results.find((entry) => entry.budget.id === id);
  if (!found) throw new Error(`no budget ${id}`);
  return found;
};

describe('BUDGETS', () => {
  it('gives every budget a limit above or at zero and a reason', () => {
    for (const budget of BUDGETS) {
      expect(budget.limit).toBeGreaterThanOrEqual(0);
      expect(budget.why.length).toBeGreaterThan(40);
    }
    expect(new Set(BUDGETS.map((budget) => budget.id)).size).toBe(BUDGETS.length);
  });

  it('holds the numbers of the brief', () => {
    const limit = (id: BudgetId) => BUDGETS.find((budget) => budget.id === id)?.limit;
    expect(limit('reading-total')).toBe(35 * KB);
    expect(limit('reading-js')).toBe(3 * KB);
    expect(limit('map-total')).toBe(110 * KB);
    expect(limit('build-ratio')).toBe(1.5);
    expect(limit('check-time')).toBe(10);
    expect(limit('build-memory')).toBe(2 * GB);
    expect(limit('starlight-cold')).toBe(1);
    expect(limit('starlight-warm')).toBe(1);
    expect(limit('dev-edit')).toBe(1);
    expect(limit('check-unchanged')).toBe(1);
    for (const id of ['starlight-cold', 'starlight-warm', 'dev-edit'] as const)
      expect(BUDGETS.find((budget) => budget.id === id)?.atArticles).toBe(1000);
    expect(BUDGETS.find((budget) => budget.id === 'check-unchanged')?.atArticles).toBe(5000);
  });
});

describe('evaluateBudgets: page weight', () => {
  it('judges reading pages by the worst one and names every page over the limit', () => {
    const results = evaluateBudgets({
      pages: [
        page('article', 'reading', weight(20 * KB)),
        page('quotes', 'reading', weight(40 * KB)),
        page('timeline', 'reading', weight(36 * KB)),
      ],
      builds: [],
    });
    const total = byId(results, 'reading-total');
    expect(total.status).toBe('fail');
    expect(total.actual).toBe(40 * KB);
    expect(total.detail).toBe('over: quotes (/quotes/), timeline (/timeline/)');
  });

  it('passes at exactly the limit', () => {
    const results = evaluateBudgets({
      pages: [page('article', 'reading', weight(35 * KB, 3 * KB))],
      builds: [],
    });
    expect(byId(results, 'reading-total').status).toBe('pass');
    expect(byId(results, 'reading-js').status).toBe('pass');
  });

  it('holds map pages to their own limit and leaves the search page out of both', () => {
    const results = evaluateBudgets({
      pages: [
        page('home', 'map', weight(100 * KB, 45 * KB)),
        page('article', 'reading', weight(10 * KB)),
        page('search', 'search', weight(200 * KB, 50 * KB)),
      ],
      builds: [],
    });
    expect(byId(results, 'map-total')).toMatchObject({ status: 'pass', actual: 100 * KB });
    expect(byId(results, 'reading-total')).toMatchObject({ status: 'pass', actual: 10 * KB });
    expect(byId(results, 'reading-js')).toMatchObject({ status: 'pass', actual: 0 });
  });

  it('says which pages were not built, and does not fail a budget no page could be measured for', () => {
    const results = evaluateBudgets({
      pages: [page('home', 'map', weight(9 * KB)), page('map', 'map'), page('timeline', 'reading')],
      builds: [],
    });
    expect(byId(results, 'map-total').detail).toBe('worst: home; not built: map');
    expect(byId(results, 'reading-total')).toMatchObject({
      status: 'not measured',
      detail: 'not built: timeline',
    });
    expect(missedBudgets(results)).toEqual([]);
  });

  it('fails on any request to another host', () => {
    const results = evaluateBudgets({
      pages: [page('home', 'map', weight(9 * KB, 0, ['https://tile.example.org/1/1/1.png']))],
      builds: [],
    });
    expect(byId(results, 'other-hosts')).toMatchObject({
      status: 'fail',
      actual: 1,
      detail: 'https://tile.example.org/1/1/1.png',
    });
  });

  it('fails on images that lack size or lazy loading, and on fonts from other hosts in the built files', () => {
    const results = evaluateBudgets({
      pages: [],
      builds: [],
      htmlAudit: {
        htmlFiles: 2,
        images: 1,
        imageProblems: [
          {
            file: 'index.html',
            tag: '<img src="a.png">',
            missing: ['width', 'height', 'loading="lazy"'],
          },
        ],
        externalFonts: [{ file: 'index.html', reference: 'https://fonts.example.com/a.css' }],
      },
    });
    expect(byId(results, 'images')).toMatchObject({ status: 'fail', actual: 1 });
    expect(byId(results, 'images').detail).toContain('lacks width, height, loading="lazy"');
    expect(byId(results, 'external-fonts')).toMatchObject({
      status: 'fail',
      detail: 'index.html: https://fonts.example.com/a.css',
    });
  });
});

describe('evaluateBudgets: builds', () => {
  it('compares the project’s whole build with the bare Astro build at 1,000 articles', () => {
    const builds = [project(1000, { check: 3, astro: 50, pagefind: 5 }), bare(1000, 40)];
    expect(byId(evaluateBudgets({ pages: [], builds }), 'build-ratio')).toMatchObject({
      status: 'pass',
      actual: 55 / 40,
    });
    const slow = [project(1000, { check: 3, astro: 58, pagefind: 5 }), bare(1000, 40)];
    expect(byId(evaluateBudgets({ pages: [], builds: slow }), 'build-ratio').status).toBe('fail');
  });

  it('judges the check time and peak memory at 5,000 articles', () => {
    const builds = [
      project(5000, { check: 9.9, astro: 300, pagefind: 20 }, 2.5 * GB),
      bare(5000, 200),
    ];
    const results = evaluateBudgets({ pages: [], builds });
    expect(byId(results, 'check-time')).toMatchObject({ status: 'pass', actual: 9.9 });
    expect(byId(results, 'build-memory')).toMatchObject({ status: 'fail', actual: 2.5 * GB });
    expect(missedBudgets(results).map((entry) => entry.budget.id)).toEqual(['build-memory']);
  });

  it('needs strictly less than the limit for the check time', () => {
    const results = evaluateBudgets({
      pages: [],
      builds: [project(5000, { check: 10, astro: 300, pagefind: 20 })],
    });
    expect(byId(results, 'check-time').status).toBe('fail');
  });

  it('reports the build budgets as not measured when those sizes were not built (a --quick run)', () => {
    const results = evaluateBudgets({
      pages: [],
      builds: [project(100, { check: 1, astro: 10, pagefind: 1 }), bare(100, 8)],
    });
    for (const id of ['build-ratio', 'check-time', 'build-memory'] as const)
      expect(byId(results, id).status).toBe('not measured');
  });

  it('ignores a failed run', () => {
    const failed = {
      ...project(1000, { check: 3, astro: 50, pagefind: 5 }),
      error: 'astro build failed',
    };
    expect(
      byId(evaluateBudgets({ pages: [], builds: [failed, bare(1000, 40)] }), 'build-ratio').status,
    ).toBe('not measured');
  });
});

describe('evaluateBudgets: Starlight, warm rebuilds and the dev server', () => {
  const builds = (warmProject: number, warmStarlight: number) => [
    project(1000, { check: 3, astro: 50, pagefind: 5 }),
    project(1000, { check: 0, astro: warmProject, pagefind: 5 }, 500e6, 1, 'warm'),
    bare(1000, 40),
    bare(1000, 20, 1, 'warm'),
    starlight(1000, 60),
    starlight(1000, warmStarlight, 1, 'warm'),
  ];

  it('compares the project with Starlight cold and warm, each at most 1.0×', () => {
    const results = evaluateBudgets({ pages: [], builds: builds(15, 30) });
    expect(byId(results, 'starlight-cold')).toMatchObject({ status: 'pass', actual: 55 / 60 });
    expect(byId(results, 'starlight-warm')).toMatchObject({ status: 'pass', actual: 20 / 30 });
    const slowWarm = evaluateBudgets({ pages: [], builds: builds(35, 30) });
    expect(byId(slowWarm, 'starlight-warm')).toMatchObject({ status: 'fail', actual: 40 / 30 });
    expect(byId(slowWarm, 'starlight-cold').status).toBe('pass');
  });

  it('passes at exactly 1.0×', () => {
    const results = evaluateBudgets({ pages: [], builds: builds(25, 30) });
    expect(byId(results, 'starlight-warm')).toMatchObject({ status: 'pass', actual: 1 });
  });

  it('says the Starlight budgets were not measured without a Starlight build', () => {
    const withoutStarlight = builds(15, 30).filter((run) => run.site !== 'starlight');
    const results = evaluateBudgets({ pages: [], builds: withoutStarlight });
    expect(byId(results, 'starlight-cold').status).toBe('not measured');
    expect(byId(results, 'starlight-warm').detail).toContain('warm');
  });

  it('judges the dev-server edit at 1,000 articles, leaving failed edits out', () => {
    const edit = (editSeconds: number | undefined, syntheticArticles = 1000) => ({
      syntheticArticles,
      path: '/articles/synthetic-0/',
      firstPageSeconds: 20,
      editSeconds,
    });
    expect(
      byId(evaluateBudgets({ pages: [], builds: [], devEdits: [edit(0.4)] }), 'dev-edit'),
    ).toMatchObject({ status: 'pass', actual: 0.4 });
    expect(
      byId(evaluateBudgets({ pages: [], builds: [], devEdits: [edit(1.2)] }), 'dev-edit').status,
    ).toBe('fail');
    expect(
      byId(
        evaluateBudgets({
          pages: [],
          builds: [],
          devEdits: [{ ...edit(undefined), error: 'timed out' }, edit(0.3, 100)],
        }),
        'dev-edit',
      ).status,
    ).toBe('not measured');
  });

  it('needs the check with nothing changed under a second at 5,000 articles', () => {
    const run = (seconds: number) => ({
      ...project(5000, { check: 8, astro: 300, pagefind: 20 }),
      checkUnchanged: step(seconds),
    });
    expect(
      byId(evaluateBudgets({ pages: [], builds: [run(0.3)] }), 'check-unchanged'),
    ).toMatchObject({ status: 'pass', actual: 0.3 });
    expect(byId(evaluateBudgets({ pages: [], builds: [run(1)] }), 'check-unchanged').status).toBe(
      'fail',
    );
  });

  it('holds the warm build to the memory budget too', () => {
    const results = evaluateBudgets({
      pages: [],
      builds: [
        project(5000, { check: 8, astro: 300, pagefind: 20 }, 1.5 * GB),
        project(5000, { check: 0, astro: 100, pagefind: 20 }, 2.1 * GB, 1, 'warm'),
      ],
    });
    expect(byId(results, 'build-memory')).toMatchObject({ status: 'fail', actual: 2.1 * GB });
  });
});

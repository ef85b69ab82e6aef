import { KB, type Budget, type BudgetResult } from './budgets.ts';
import {
  buildRatio,
  buildSeconds,
  pagesPerSecond,
  peakRssBytes,
  type BenchResults,
  type BuildRun,
  type DevEditRun,
  type Site,
  type StepMeasure,
} from './results.ts';

/** `12.3 KB` (1 KB = 1,024 bytes), `1.20 MB` from a mebibyte up. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * KB) return `${(bytes / (1024 * KB)).toFixed(2)} MB`;
  return `${(bytes / KB).toFixed(1)} KB`;
}

/** Memory: `512 MB`, `1.25 GB`. */
export function formatMemory(bytes: number): string {
  const mb = bytes / (1024 * KB);
  return mb >= 1024 ? `${(mb / 1024).toFixed(2)} GB` : `${Math.round(mb)} MB`;
}

/** `0.42 s`, `12.3 s`, `312 s (5 min 12 s)`. */
export function formatSeconds(seconds: number): string {
  if (seconds < 1) return `${seconds.toFixed(2)} s`;
  if (seconds < 100) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${Math.round(seconds)} s (${minutes} min ${Math.round(seconds - minutes * 60)} s)`;
}

/** `1,000` */
export function formatCount(count: number): string {
  return count.toLocaleString('en-GB');
}

/** A budget's limit or a measured value in the budget's unit. */
export function formatBudgetValue(budget: Budget, value: number): string {
  switch (budget.unit) {
    case 'bytes':
      return budget.limit >= 1024 * 1024 * 1024 ? formatMemory(value) : formatBytes(value);
    case 'seconds':
      return formatSeconds(value);
    case 'ratio':
      return `${value.toFixed(2)}×`;
    case 'count':
      return String(value);
  }
}

const escapeCell = (cell: string) => cell.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A GitHub Markdown table; `align` marks right-aligned (numeric) columns. */
export function markdownTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly ('left' | 'right')[] = [],
): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  const rule = `| ${headers.map((_, index) => (align[index] === 'right' ? '---:' : '---')).join(' | ')} |`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

function stepCell(step: StepMeasure | undefined): string {
  if (!step) return '–';
  return step.exitCode === 0 ? formatSeconds(step.seconds) : `failed (exit ${step.exitCode})`;
}

const SITE_NAMES: Record<Site, string> = {
  project: 'project',
  bare: 'bare Astro',
  starlight: 'Starlight',
};

/** `project`, `bare Astro`, `Starlight`. */
export function siteName(site: Site): string {
  return SITE_NAMES[site];
}

/** The page-weight table: one row per page type, "not built" for pages the build lacks. */
export function pageWeightTable(results: BenchResults): string {
  const rows = results.pages.map((page) => {
    if (page.status !== 'measured' || !page.weight) {
      return [
        page.label,
        page.path ?? page.pattern,
        page.status === 'error' ? `error: ${page.error ?? ''}` : 'not built',
        '',
        '',
        '',
        '',
        '',
        '',
      ];
    }
    const weight = page.weight;
    const other =
      weight.otherHostRequests.length === 0
        ? 'none'
        : `${weight.otherHostRequests.length}: ${weight.otherHostRequests.join(', ')}`;
    return [
      page.label,
      page.path ?? page.pattern,
      String(weight.requests),
      formatBytes(weight.rawBytes),
      formatBytes(weight.gzipBytes),
      formatBytes(weight.js.rawBytes),
      formatBytes(weight.js.gzipBytes),
      formatBytes(weight.byKind.css?.gzipBytes ?? 0),
      other,
    ];
  });
  return markdownTable(
    [
      'Page',
      'Path',
      'Requests',
      'Total raw',
      'Total gzip',
      'JS raw',
      'JS gzip',
      'CSS gzip',
      'Other hosts',
    ],
    rows,
    ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'left'],
  );
}

/**
 * The build table: one row per site, N, repetition and phase, in the order they ran (each site's
 * cold build, then its warm rebuild; the sites alternate). The Run column appears only when a
 * size was built more than once.
 */
export function buildTable(builds: readonly BuildRun[]): string {
  const repeated = builds.some((run) => run.repetition > 1);
  const rows = builds.map((run) => {
    const peak = peakRssBytes(run);
    return [
      formatCount(run.syntheticArticles),
      ...(repeated ? [String(run.repetition)] : []),
      siteName(run.site),
      run.phase,
      formatCount(run.articles),
      run.entries === undefined ? '–' : formatCount(run.entries),
      formatCount(run.pages),
      stepCell(run.check),
      stepCell(run.checkUnchanged),
      stepCell(run.astro),
      stepCell(run.pagefind),
      stepCell(run.previews),
      run.error ? 'failed' : formatSeconds(buildSeconds(run)),
      run.error ? '–' : pagesPerSecond(run).toFixed(1),
      peak === undefined ? '–' : formatMemory(peak),
    ];
  });
  const headers = [
    'Synthetic articles',
    ...(repeated ? ['Run'] : []),
    'Site',
    'Phase',
    'Articles',
    'Entries',
    'Pages',
    'Check',
    'Check again',
    'astro build',
    'Search index',
    'Preview images',
    'Build',
    'Pages/s',
    'Peak memory',
  ];
  return markdownTable(
    headers,
    rows,
    headers.map((header) => (header === 'Site' || header === 'Phase' ? 'left' : 'right')),
  );
}

/**
 * The project over each peer, per N, cold and warm, from the medians of the runs: the whole build,
 * and the whole build in CPU seconds. Below 1× the project is faster.
 */
export function ratioTable(builds: readonly BuildRun[]): string {
  const sizes = [...new Set(builds.map((run) => run.syntheticArticles))];
  const runs = Math.max(...builds.map((run) => run.repetition), 1);
  const cell = (ratio: number | undefined) => (ratio === undefined ? '–' : `${ratio.toFixed(2)}×`);
  const peers = (['starlight', 'bare'] as const).filter((peer) =>
    builds.some((run) => run.site === peer),
  );
  const rows = sizes.flatMap((size) =>
    (['cold', 'warm'] as const).flatMap((phase) =>
      builds.some((run) => run.syntheticArticles === size && run.phase === phase)
        ? [
            [
              formatCount(size),
              phase,
              ...peers.flatMap((peer) => [
                cell(buildRatio(builds, size, 'whole', peer, phase)),
                cell(buildRatio(builds, size, 'cpu', peer, phase)),
              ]),
            ],
          ]
        : [],
    ),
  );
  const medians = runs > 1 ? ` (medians of ${runs} runs)` : '';
  return markdownTable(
    [
      'Synthetic articles',
      'Phase',
      ...peers.flatMap((peer) => [
        `Project / ${siteName(peer)}${medians}`,
        `Project / ${siteName(peer)} in CPU time`,
      ]),
    ],
    rows,
    ['right', 'left', ...peers.flatMap(() => ['right', 'right'] as const)],
  );
}

/** The dev-server edits: how long the first page took, and the edit until it showed. */
export function devEditTable(edits: readonly DevEditRun[]): string {
  return markdownTable(
    ['Synthetic articles', 'Page', 'Server start to first page', 'Edit to new text served'],
    edits.map((edit) => [
      formatCount(edit.syntheticArticles),
      edit.path,
      edit.firstPageSeconds === undefined ? '–' : formatSeconds(edit.firstPageSeconds),
      edit.error
        ? `failed: ${edit.error}`
        : edit.editSeconds === undefined
          ? '–'
          : formatSeconds(edit.editSeconds),
    ]),
    ['right', 'left', 'right', 'right'],
  );
}

const STATUS_TEXT: Record<BudgetResult['status'], string> = {
  pass: 'pass',
  fail: '**MISSED**',
  'not measured': 'not measured',
};

/** The budgets with the limit, what was measured and whether it passed. */
export function budgetTable(budgets: readonly BudgetResult[]): string {
  return markdownTable(
    ['Budget', 'Limit', 'Measured', 'Result', 'Detail'],
    budgets.map((entry) => {
      const { budget } = entry;
      const at =
        budget.atArticles === undefined ? '' : ` at ${formatCount(budget.atArticles)} articles`;
      return [
        budget.what,
        budget.unit === 'count' && budget.limit === 0
          ? 'none'
          : `${budget.comparison === 'under' ? '<' : '≤'} ${formatBudgetValue(budget, budget.limit)}${at}`,
        entry.actual === undefined ? '–' : formatBudgetValue(budget, entry.actual),
        STATUS_TEXT[entry.status],
        entry.detail,
      ];
    }),
  );
}

/** Lighthouse's four scores per page and form factor, or why it did not run. */
export function lighthouseSection(results: BenchResults): string {
  const report = results.lighthouse;
  if (report.status !== 'ran') return report.reason ?? 'Not run.';
  const score = (value: number | null | undefined) =>
    value === null || value === undefined ? '–' : String(value);
  const rows = report.runs.map((run) => [
    run.path,
    run.formFactor,
    ...(run.scores
      ? [
          score(run.scores.performance),
          score(run.scores.accessibility),
          score(run.scores.bestPractices),
          score(run.scores.seo),
        ]
      : [`error: ${run.error ?? 'unknown'}`, '', '', '']),
    run.otherHostRequests === undefined
      ? '–'
      : run.otherHostRequests.length === 0
        ? 'none'
        : run.otherHostRequests.join(', '),
  ]);
  const table = markdownTable(
    ['Page', 'Form factor', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'Other hosts'],
    rows,
    ['left', 'left', 'right', 'right', 'right', 'right', 'left'],
  );
  return `Lighthouse ${report.version ?? ''}, Debian Chromium, no network but the local server.\n\n${table}`;
}

/** The whole report: page weight, builds, ratios, budgets, Lighthouse, and the machine it ran on. */
export function renderReport(results: BenchResults, budgets: readonly BudgetResult[]): string {
  const { machine } = results;
  const load = (values: number[] | undefined) =>
    values ? values.map((value) => value.toFixed(1)).join(' / ') : '?';
  const memoryMethods = [
    ...new Set(
      results.builds
        .flatMap((run) => [run.check, run.checkUnchanged, run.astro, run.pagefind, run.previews])
        .flatMap((step) => (step ? [step.memoryMethod] : [])),
    ),
  ];
  const memoryNote = memoryMethods.includes('time -v')
    ? 'Peak memory: the largest single process’s maximum resident set size, from `/usr/bin/time -v`.'
    : memoryMethods.includes('sampled')
      ? 'Peak memory: the highest sum of resident memory of the step’s process tree, sampled every 100 ms (no `/usr/bin/time`).'
      : '';
  const sections = [
    '# Benchmark',
    `${machine.cpus} CPU (${machine.cpuModel}), ${formatMemory(machine.memoryBytes)} RAM, Node ${machine.node}. ` +
      `Load average (1/5/15 min) ${load(machine.loadAverageAtStart)} at the start, ${load(machine.loadAverageAtEnd)} at the end.`,
    '## Page weight at first load',
    results.pages.length > 0
      ? `${pageWeightTable(results)}\n\nEvery response of a fresh Chromium load, scrolled to the bottom, until the network was idle. ` +
        'Gzip: each body compressed at zlib level 9 (already-compressed images, fonts and Pagefind files count as they are). ' +
        'JS includes the scripts inlined in the HTML.'
      : 'Not measured.',
    '## Build at scale',
    results.builds.length > 0
      ? `${buildTable(results.builds)}\n\n${ratioTable(results.builds)}\n\n` +
        'Cold: the first build in a fresh copy (no cache of Astro, Vite or the project); warm: the ' +
        'next build in the same copy after one article was edited. Check: `npm run check` on its ' +
        'own in the fresh copy; Check again: the same with nothing changed. The project’s astro build ' +
        'checks the content itself (the build must fail whenever the check would) unless a check ' +
        'passed on the very same files: the cold build is timed after the check’s record was removed, ' +
        'so it includes a full check, as a fresh clone’s `npm run build` does, and so does the warm ' +
        'one (an article changed). Build is astro build (with the preview follower drawing cards beside it) and then the longer of the search index and the preview images, which run side by side, for the project, ' +
        `astro build alone for the peers (Starlight runs Pagefind inside it). ${memoryNote}`.trim()
      : 'Not measured.',
    '## Edit under the dev server',
    results.devEdits.length > 0
      ? `${devEditTable(results.devEdits)}\n\n` +
        '`astro dev` on the synthetic project; the page is requested once, then its article gets a new ' +
        'first paragraph and the page is requested every 50 ms until it holds the new text.'
      : 'Not measured.',
    '## Budgets',
    budgetTable(budgets),
    '## Lighthouse',
    lighthouseSection(results),
  ];
  return `${sections.join('\n\n')}\n`;
}

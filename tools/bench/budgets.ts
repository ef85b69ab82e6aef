import type { HtmlAudit } from './html-audit.ts';
import type { PageKind } from './pages.ts';
import {
  buildRatio,
  median,
  medianAt,
  peakRssBytes,
  runsAt,
  type BuildPhase,
  type BuildRun,
  type DevEditRun,
  type PageResult,
} from './results.ts';

/** 1 KB in the budgets is 1,024 bytes, as browsers' developer tools and Lighthouse count. */
export const KB = 1024;
export const GB = 1024 * 1024 * 1024;

export type BudgetUnit = 'bytes' | 'seconds' | 'ratio' | 'count';

export type BudgetId =
  | 'reading-total'
  | 'reading-js'
  | 'map-total'
  | 'other-hosts'
  | 'external-fonts'
  | 'images'
  | 'build-ratio'
  | 'starlight-cold'
  | 'starlight-warm'
  | 'dev-edit'
  | 'check-time'
  | 'check-unchanged'
  | 'build-memory';

/** One performance budget: what is measured, the limit, and why the limit is what it is. */
export interface Budget {
  id: BudgetId;
  what: string;
  limit: number;
  unit: BudgetUnit;
  /** `at most` passes at the limit; `under` needs strictly less. */
  comparison: 'at most' | 'under';
  /** For the build budgets: the number of synthetic articles the limit applies at. */
  atArticles?: number;
  why: string;
}

/** The budgets, in one table. `npm run bench -- --check` exits 1 when any is missed. */
export const BUDGETS: readonly Budget[] = [
  {
    id: 'reading-total',
    what: 'Reading page (all but map and search pages), everything fetched at first load, gzip',
    limit: 35 * KB,
    unit: 'bytes',
    comparison: 'at most',
    why: 'A reader on a slow mobile connection gets the whole page in a few round trips; 35 KB is the HTML, the one stylesheet and the naming script with room to grow.',
  },
  {
    id: 'reading-js',
    what: 'Reading page, JavaScript (files and inline scripts), gzip',
    limit: 3 * KB,
    unit: 'bytes',
    comparison: 'at most',
    why: 'Pages work without JavaScript; the only script a reading page needs is the naming choice. More means a library or framework crept in.',
  },
  {
    id: 'map-total',
    what: 'Map page (home, island, /map/), everything fetched at first load after scrolling, gzip',
    limit: 110 * KB,
    unit: 'bytes',
    comparison: 'at most',
    why: 'Leaflet 1.9.4 alone is 41 KB of JavaScript and 3.5 KB of CSS gzip; with the island outlines and the page itself 110 KB is a generous ceiling, not a target.',
  },
  {
    id: 'other-hosts',
    what: 'Requests to another host, on any weighed page',
    limit: 0,
    unit: 'count',
    comparison: 'at most',
    why: 'The design promises no third-party request: readers are not tracked, and pages work where only the site’s host is reachable.',
  },
  {
    id: 'external-fonts',
    what: 'Web fonts (or font stylesheets) from another host, in the built files or at load',
    limit: 0,
    unit: 'count',
    comparison: 'at most',
    why: 'A font from another host costs a lookup, a connection and a delayed first paint, and tells that host who reads the site; the site uses system fonts.',
  },
  {
    id: 'images',
    what: '<img> in the built HTML without width, height or loading="lazy"',
    limit: 0,
    unit: 'count',
    comparison: 'at most',
    why: 'Width and height reserve the space so nothing shifts when the image arrives; lazy loading keeps images below the fold out of the first load.',
  },
  {
    id: 'build-ratio',
    what: 'Cold build time: the project (npm run build: astro build with its content check, then the search index) over a bare Astro build of the same articles',
    limit: 1.5,
    unit: 'ratio',
    comparison: 'at most',
    atArticles: 1000,
    why: 'What the project adds to Astro (the content check, the fact index, the fact pages, the search index) should cost at most half again what Astro needs for the articles alone.',
  },
  {
    id: 'starlight-cold',
    what: 'Cold build: the project (npm run build) over a Starlight site of the same articles (astro build with its Pagefind and sitemap)',
    limit: 1,
    unit: 'ratio',
    comparison: 'at most',
    atArticles: 1000,
    why: 'Starlight is what a team would pick instead for a site of Markdown pages with search; the project, which checks its content and builds a fact index besides, should not take longer from a fresh clone.',
  },
  {
    id: 'starlight-warm',
    what: 'Warm rebuild after editing one article: the project over the Starlight site',
    limit: 1,
    unit: 'ratio',
    comparison: 'at most',
    atArticles: 1000,
    why: 'An editor rebuilds after each change; Starlight keeps rendered Markdown in Astro’s data store between builds, so the project must keep its own renders too to be as quick.',
  },
  {
    id: 'dev-edit',
    what: 'Edit under npm run dev: from saving an article until its page serves the new text',
    limit: 1,
    unit: 'seconds',
    comparison: 'at most',
    atArticles: 1000,
    why: 'An editor writing with the dev server open should see each saved change at once; a second is about where waiting starts to be noticed.',
  },
  {
    id: 'check-time',
    what: 'Content check (npm run check) time',
    limit: 10,
    unit: 'seconds',
    comparison: 'under',
    atArticles: 5000,
    why: 'Editors and CI run the check on every change; it must stay a quick step even with thousands of entries.',
  },
  {
    id: 'check-unchanged',
    what: 'Content check (npm run check) again with nothing changed',
    limit: 1,
    unit: 'seconds',
    comparison: 'under',
    atArticles: 5000,
    why: 'npm test and CI run the check before the build, which checks again; when no input changed since the last pass the answer is known, and finding that out should cost no more than reading the files.',
  },
  {
    id: 'build-memory',
    what: 'Peak memory of the check, the build and the indexing',
    limit: 2 * GB,
    unit: 'bytes',
    comparison: 'under',
    atArticles: 5000,
    why: 'Free CI runners have 7 GB and small laptops 8 GB; 2 GB leaves room for the browser of the end-to-end tests and for the editor.',
  },
];

export type BudgetStatus = 'pass' | 'fail' | 'not measured';

export interface BudgetResult {
  budget: Budget;
  status: BudgetStatus;
  /** The measured value the limit was compared with (the worst page, for page budgets). */
  actual?: number;
  /** Which page or run, and what missed. */
  detail: string;
}

/** What the budgets are evaluated against. */
export interface BudgetInput {
  pages: readonly PageResult[];
  htmlAudit?: HtmlAudit;
  builds: readonly BuildRun[];
  devEdits?: readonly DevEditRun[];
}

function within(budget: Budget, actual: number): boolean {
  return budget.comparison === 'under' ? actual < budget.limit : actual <= budget.limit;
}

function result(budget: Budget, actual: number, detail: string): BudgetResult {
  return { budget, status: within(budget, actual) ? 'pass' : 'fail', actual, detail };
}

function notMeasured(budget: Budget, detail: string): BudgetResult {
  return { budget, status: 'not measured', detail };
}

const measured = (pages: readonly PageResult[]) =>
  pages.filter((page) => page.status === 'measured' && page.weight !== undefined);

/** A per-page budget: the worst page of the kind against the limit, naming every page over it. */
function pageBudget(
  budget: Budget,
  pages: readonly PageResult[],
  kind: PageKind,
  value: (page: PageResult) => number,
): BudgetResult {
  const ofKind = pages.filter((page) => page.kind === kind);
  const weighed = measured(ofKind);
  if (weighed.length === 0) {
    const missing = ofKind.map((page) => page.label).join(', ');
    return notMeasured(
      budget,
      missing ? `not built: ${missing}` : 'no page of this kind in the page list',
    );
  }
  const worst = weighed.reduce((a, b) => (value(b) > value(a) ? b : a));
  const over = weighed
    .filter((page) => !within(budget, value(page)))
    .map((page) => `${page.label} (${page.path})`);
  const notBuilt = ofKind.filter((page) => page.status === 'not built').map((page) => page.label);
  const parts = [over.length > 0 ? `over: ${over.join(', ')}` : `worst: ${worst.label}`];
  if (notBuilt.length > 0) parts.push(`not built: ${notBuilt.join(', ')}`);
  return result(budget, value(worst), parts.join('; '));
}

function evaluate(budget: Budget, input: BudgetInput): BudgetResult {
  const pages = measured(input.pages);
  switch (budget.id) {
    case 'reading-total':
      return pageBudget(budget, input.pages, 'reading', (page) => page.weight?.gzipBytes ?? 0);
    case 'reading-js':
      return pageBudget(budget, input.pages, 'reading', (page) => page.weight?.js.gzipBytes ?? 0);
    case 'map-total':
      return pageBudget(budget, input.pages, 'map', (page) => page.weight?.gzipBytes ?? 0);
    case 'other-hosts': {
      if (pages.length === 0) return notMeasured(budget, 'no page weighed');
      const urls = pages.flatMap((page) => page.weight?.otherHostRequests ?? []);
      return result(
        budget,
        urls.length,
        urls.length > 0 ? urls.join(', ') : `none from ${pages.length} pages`,
      );
    }
    case 'external-fonts': {
      if (pages.length === 0 && !input.htmlAudit)
        return notMeasured(budget, 'no page weighed and no built files read');
      const atLoad = pages.flatMap((page) => page.weight?.fontsFromOtherHosts ?? []);
      const inFiles = (input.htmlAudit?.externalFonts ?? []).map(
        (found) => `${found.file}: ${found.reference}`,
      );
      const all = [...atLoad, ...inFiles];
      return result(budget, all.length, all.length > 0 ? all.join(', ') : 'none');
    }
    case 'images': {
      const audit = input.htmlAudit;
      if (!audit) return notMeasured(budget, 'built HTML not read');
      const problems = audit.imageProblems.map(
        (problem) => `${problem.file}: ${problem.tag} lacks ${problem.missing.join(', ')}`,
      );
      return result(
        budget,
        problems.length,
        problems.length > 0
          ? problems.join('; ')
          : `${audit.images} images in ${audit.htmlFiles} HTML files, all complete`,
      );
    }
    case 'build-ratio': {
      const at = budget.atArticles ?? 0;
      const ratio = buildRatio(input.builds, at, 'whole');
      if (ratio === undefined)
        return notMeasured(budget, `no successful project and bare build at ${at} articles`);
      const runs = runsAt(input.builds, 'project', at).length;
      return result(
        budget,
        ratio,
        `at ${at} synthetic articles` + (runs > 1 ? `, medians of ${runs} runs` : ''),
      );
    }
    case 'starlight-cold':
    case 'starlight-warm': {
      const at = budget.atArticles ?? 0;
      const phase: BuildPhase = budget.id === 'starlight-cold' ? 'cold' : 'warm';
      const ratio = buildRatio(input.builds, at, 'whole', 'starlight', phase);
      if (ratio === undefined)
        return notMeasured(
          budget,
          `no successful ${phase} project and Starlight build at ${at} articles`,
        );
      const runs = runsAt(input.builds, 'project', at, phase).length;
      return result(
        budget,
        ratio,
        `at ${at} synthetic articles` + (runs > 1 ? `, medians of ${runs} runs` : ''),
      );
    }
    case 'dev-edit': {
      const at = budget.atArticles ?? 0;
      const edits = (input.devEdits ?? []).filter(
        (edit) => edit.syntheticArticles === at && edit.editSeconds !== undefined,
      );
      if (edits.length === 0)
        return notMeasured(budget, `no dev-server edit measured at ${at} articles`);
      const seconds = median(edits.map((edit) => edit.editSeconds ?? 0)) ?? 0;
      return result(
        budget,
        seconds,
        `${edits[0]?.path ?? '?'} at ${at} synthetic articles` +
          (edits.length > 1 ? `, median of ${edits.length}` : ''),
      );
    }
    case 'check-unchanged': {
      const at = budget.atArticles ?? 0;
      const seconds = medianAt(input.builds, 'project', at, (run) => run.checkUnchanged?.seconds);
      if (seconds === undefined)
        return notMeasured(budget, `no second check of a project build at ${at} articles`);
      return result(budget, seconds, `at ${at} synthetic articles, right after a passing check`);
    }
    case 'check-time': {
      const at = budget.atArticles ?? 0;
      const [run] = runsAt(input.builds, 'project', at);
      const seconds = medianAt(input.builds, 'project', at, (each) => each.check?.seconds);
      if (!run || seconds === undefined)
        return notMeasured(budget, `no successful project build at ${at} articles`);
      const runs = runsAt(input.builds, 'project', at).length;
      return result(
        budget,
        seconds,
        `${run.entries ?? '?'} entries (${run.articles} articles and the facts)` +
          (runs > 1 ? `, median of ${runs} runs` : ''),
      );
    }
    case 'build-memory': {
      const at = budget.atArticles ?? 0;
      const runs = [
        ...runsAt(input.builds, 'project', at, 'cold'),
        ...runsAt(input.builds, 'project', at, 'warm'),
      ];
      const peaks = runs.flatMap((run) => {
        const peak = peakRssBytes(run);
        return peak === undefined ? [] : [peak];
      });
      if (peaks.length === 0)
        return notMeasured(budget, `no memory reading of a project build at ${at} articles`);
      return result(
        budget,
        Math.max(...peaks),
        `at ${at} synthetic articles (${runs[0]?.astro.memoryMethod ?? 'none'})`,
      );
    }
  }
}

/** Every budget against what was measured; one that could not be measured says why. */
export function evaluateBudgets(
  input: BudgetInput,
  budgets: readonly Budget[] = BUDGETS,
): BudgetResult[] {
  return budgets.map((budget) => evaluate(budget, input));
}

/** The budgets that were measured and missed: what `--check` fails on. */
export function missedBudgets(results: readonly BudgetResult[]): BudgetResult[] {
  return results.filter((entry) => entry.status === 'fail');
}

import type { HtmlAudit } from './html-audit.ts';
import type { PageKind } from './pages.ts';
import type { PageWeight } from './weight.ts';

/** How a step's peak memory was read. */
export type MemoryMethod = 'time -v' | 'sampled' | 'none';

/** One timed step (content check, astro build, pagefind) of one build. */
export interface StepMeasure {
  /** Wall-clock seconds. */
  seconds: number;
  /** Peak resident memory, in bytes, when it could be read. */
  peakRssBytes?: number;
  memoryMethod: MemoryMethod;
  /** User plus system CPU seconds, when /usr/bin/time reported them. */
  cpuSeconds?: number;
  exitCode: number;
}

/** The project's or the bare Astro site's build of N synthetic articles. */
export interface BuildRun {
  site: 'project' | 'bare';
  /** Synthetic articles generated (the project's real articles come on top; both sites get the same). */
  syntheticArticles: number;
  /** Which repetition this is, from 1 (see `--repeat`). */
  repetition: number;
  /** Every article built, real and synthetic. */
  articles: number;
  /** Entries the content check reads: articles plus every fact. Project only. */
  entries?: number;
  check?: StepMeasure;
  astro: StepMeasure;
  pagefind?: StepMeasure;
  /** HTML files written. */
  pages: number;
  /** Set when a step failed: what failed and where its log is. */
  error?: string;
}

/** A page type as weighed in the real built site. */
export interface PageResult {
  id: string;
  label: string;
  kind: PageKind;
  /** The pattern from the page list. */
  pattern: string;
  status: 'measured' | 'not built' | 'error';
  /** The path weighed, when built. */
  path?: string;
  weight?: PageWeight;
  error?: string;
}

/** The four Lighthouse category scores, 0–100. */
export interface LighthouseScores {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
}

export interface LighthouseRun {
  pageId: string;
  path: string;
  formFactor: 'mobile' | 'desktop';
  scores?: LighthouseScores;
  /** Requests Lighthouse saw to a host other than the site's (should be none). */
  otherHostRequests?: string[];
  error?: string;
}

export interface LighthouseReport {
  status: 'ran' | 'skipped' | 'unavailable';
  /** Why it was skipped or unavailable. */
  reason?: string;
  version?: string;
  runs: LighthouseRun[];
}

/** Everything one `npm run bench` measured. */
export interface BenchResults {
  startedAt: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryBytes: number;
    node: string;
    loadAverageAtStart: number[];
    loadAverageAtEnd?: number[];
  };
  options: { sizes: number[]; repeat: number; built: boolean; lighthouse: boolean };
  pages: PageResult[];
  htmlAudit?: HtmlAudit;
  builds: BuildRun[];
  lighthouse: LighthouseReport;
}

/** Seconds of the project's whole build (astro build, then the search index), or the bare astro build. */
export function buildSeconds(run: BuildRun): number {
  return run.astro.seconds + (run.pagefind?.seconds ?? 0);
}

/** CPU seconds of the same steps as `buildSeconds`, when every one was read. */
export function buildCpuSeconds(run: BuildRun): number | undefined {
  const steps = run.pagefind ? [run.astro, run.pagefind] : [run.astro];
  if (steps.some((step) => step.cpuSeconds === undefined)) return undefined;
  return steps.reduce((total, step) => total + (step.cpuSeconds ?? 0), 0);
}

/** HTML pages written per second of `astro build`. */
export function pagesPerSecond(run: BuildRun): number {
  return run.astro.seconds > 0 ? run.pages / run.astro.seconds : 0;
}

/** The highest peak memory of a run's steps, when any was read. */
export function peakRssBytes(run: BuildRun): number | undefined {
  const peaks = [run.check, run.astro, run.pagefind].flatMap((step) =>
    step?.peakRssBytes === undefined ? [] : [step.peakRssBytes],
  );
  return peaks.length > 0 ? Math.max(...peaks) : undefined;
}

/** The middle value (the mean of the two middle ones for an even count); undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? sorted[middle]
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The successful runs of a site at N synthetic articles (one per repetition). */
export function runsAt(
  builds: readonly BuildRun[],
  site: BuildRun['site'],
  syntheticArticles: number,
): BuildRun[] {
  return builds.filter(
    (run) =>
      run.site === site && run.syntheticArticles === syntheticArticles && run.error === undefined,
  );
}

/** A figure of a site's runs at N: the median over its repetitions. */
export function medianAt(
  builds: readonly BuildRun[],
  site: BuildRun['site'],
  syntheticArticles: number,
  value: (run: BuildRun) => number | undefined,
): number | undefined {
  return median(
    runsAt(builds, site, syntheticArticles).flatMap((run) => {
      const figure = value(run);
      return figure === undefined ? [] : [figure];
    }),
  );
}

/**
 * How many times longer the project takes than a bare Astro build of the same articles, from the
 * median of each side's repetitions. `whole` counts the project's search indexing too (its
 * `npm run build`); `astro` compares astro build alone; `cpu` compares the whole build's CPU
 * seconds, which other work on a shared machine disturbs less than wall time.
 */
export function buildRatio(
  builds: readonly BuildRun[],
  syntheticArticles: number,
  measure: 'whole' | 'astro' | 'cpu',
): number | undefined {
  const value = (run: BuildRun) =>
    measure === 'whole'
      ? buildSeconds(run)
      : measure === 'astro'
        ? run.astro.seconds
        : buildCpuSeconds(run);
  const project = medianAt(builds, 'project', syntheticArticles, value);
  const bare = medianAt(builds, 'bare', syntheticArticles, value);
  if (project === undefined || bare === undefined || bare <= 0) return undefined;
  return project / bare;
}

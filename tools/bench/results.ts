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

/** The sites built: the project, a bare Astro site and a Starlight site of the same articles. */
export type Site = 'project' | 'bare' | 'starlight';

/** The sites the project is compared with. */
export type PeerSite = Exclude<Site, 'project'>;

/**
 * `cold`: the first build in a fresh copy, with no cache of Astro's, Vite's or the project's.
 * `warm`: the build after it in the same copy once one article has been edited.
 */
export type BuildPhase = 'cold' | 'warm';

/** One site's build of N synthetic articles, cold or warm. */
export interface BuildRun {
  site: Site;
  phase: BuildPhase;
  /** Synthetic articles generated (the project's real articles come on top; both sites get the same). */
  syntheticArticles: number;
  /** Which repetition this is, from 1 (see `--repeat`). */
  repetition: number;
  /** Every article built, real and synthetic. */
  articles: number;
  /** Entries the content check reads: articles plus every fact. Project only. */
  entries?: number;
  /** `npm run check` in the fresh copy (project, cold only). */
  check?: StepMeasure;
  /** `npm run check` again with nothing changed: what its cache saves (project, cold only). */
  checkUnchanged?: StepMeasure;
  astro: StepMeasure;
  pagefind?: StepMeasure;
  /** The project's preview-image step (tools/previews/), beside the search index. */
  previews?: StepMeasure;
  /** The preview follower beside the project's astro build, drawing cards into the cache. */
  previewsAlongside?: StepMeasure;
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

/** An edit under `npm run dev`: how long until the page serves the new text. */
export interface DevEditRun {
  syntheticArticles: number;
  /** The page requested and edited. */
  path: string;
  /** From starting the dev server until the page's first answer. */
  firstPageSeconds?: number;
  /** From writing the edited file until the page served its new text. */
  editSeconds?: number;
  error?: string;
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
  devEdits: DevEditRun[];
  lighthouse: LighthouseReport;
}

/**
 * Seconds of a whole build: the project's astro build (with its content check when the files
 * changed since the last passing one, and the preview follower beside it), then the search index
 * and the preview images, which start together, as `npm run build` runs them; a peer's astro
 * build (Starlight's runs Pagefind inside it).
 */
export function buildSeconds(run: BuildRun): number {
  return run.astro.seconds + Math.max(run.pagefind?.seconds ?? 0, run.previews?.seconds ?? 0);
}

/** CPU seconds of the same steps as `buildSeconds`, when every one was read. */
export function buildCpuSeconds(run: BuildRun): number | undefined {
  const steps = [run.astro, run.previewsAlongside, run.pagefind, run.previews].filter(
    (step): step is StepMeasure => step !== undefined,
  );
  if (steps.some((step) => step.cpuSeconds === undefined)) return undefined;
  return steps.reduce((total, step) => total + (step.cpuSeconds ?? 0), 0);
}

/** HTML pages written per second of `astro build`. */
export function pagesPerSecond(run: BuildRun): number {
  return run.astro.seconds > 0 ? run.pages / run.astro.seconds : 0;
}

/** The highest peak memory of a run's steps, when any was read. */
export function peakRssBytes(run: BuildRun): number | undefined {
  const peaks = [
    run.check,
    run.checkUnchanged,
    run.astro,
    run.previewsAlongside,
    run.pagefind,
    run.previews,
  ].flatMap((step) => (step?.peakRssBytes === undefined ? [] : [step.peakRssBytes]));
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

/** The successful runs of a site at N synthetic articles in one phase (one per repetition). */
export function runsAt(
  builds: readonly BuildRun[],
  site: Site,
  syntheticArticles: number,
  phase: BuildPhase = 'cold',
): BuildRun[] {
  return builds.filter(
    (run) =>
      run.site === site &&
      run.phase === phase &&
      run.syntheticArticles === syntheticArticles &&
      run.error === undefined,
  );
}

/** A figure of a site's runs at N in one phase: the median over its repetitions. */
export function medianAt(
  builds: readonly BuildRun[],
  site: Site,
  syntheticArticles: number,
  value: (run: BuildRun) => number | undefined,
  phase: BuildPhase = 'cold',
): number | undefined {
  return median(
    runsAt(builds, site, syntheticArticles, phase).flatMap((run) => {
      const figure = value(run);
      return figure === undefined ? [] : [figure];
    }),
  );
}

/**
 * How many times longer the project takes than a peer site (bare Astro or Starlight) building the
 * same articles, cold or warm, from the median of each side's repetitions. `whole` counts the
 * project's search indexing too (its `npm run build`); `astro` compares astro build alone; `cpu`
 * compares the whole build's CPU seconds, which other work on a shared machine disturbs less than
 * wall time. Below 1 the project is faster.
 */
export function buildRatio(
  builds: readonly BuildRun[],
  syntheticArticles: number,
  measure: 'whole' | 'astro' | 'cpu',
  peer: PeerSite = 'bare',
  phase: BuildPhase = 'cold',
): number | undefined {
  const value = (run: BuildRun) =>
    measure === 'whole'
      ? buildSeconds(run)
      : measure === 'astro'
        ? run.astro.seconds
        : buildCpuSeconds(run);
  const project = medianAt(builds, 'project', syntheticArticles, value, phase);
  const other = medianAt(builds, peer, syntheticArticles, value, phase);
  if (project === undefined || other === undefined || other <= 0) return undefined;
  return project / other;
}

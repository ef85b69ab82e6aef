// Small builders for bench results, shared by the bench tests.
import type {
  BuildPhase,
  BuildRun,
  PageResult,
  StepMeasure,
} from '../../../tools/bench/results.ts';
import type { PageWeight } from '../../../tools/bench/weight.ts';

export function weight(
  gzipBytes: number,
  jsGzipBytes = 0,
  otherHostRequests: string[] = [],
): PageWeight {
  return {
    requests: 3,
    rawBytes: gzipBytes * 3,
    gzipBytes,
    js: { count: jsGzipBytes > 0 ? 1 : 0, rawBytes: jsGzipBytes * 3, gzipBytes: jsGzipBytes },
    byKind: { html: { count: 1, rawBytes: gzipBytes * 2, gzipBytes: gzipBytes - jsGzipBytes } },
    otherHostRequests,
    fontsFromOtherHosts: [],
  };
}

export function page(id: string, kind: PageResult['kind'], pageWeight?: PageWeight): PageResult {
  const path = `/${id}/`;
  return pageWeight
    ? { id, label: id, kind, pattern: path, status: 'measured', path, weight: pageWeight }
    : { id, label: id, kind, pattern: path, status: 'not built' };
}

export function step(seconds: number, peakRssBytes?: number): StepMeasure {
  return {
    seconds,
    peakRssBytes,
    cpuSeconds: seconds * 1.5,
    memoryMethod: peakRssBytes === undefined ? 'none' : 'time -v',
    exitCode: 0,
  };
}

export function project(
  syntheticArticles: number,
  seconds: { check: number; astro: number; pagefind: number },
  peak = 500e6,
  repetition = 1,
  phase: BuildPhase = 'cold',
): BuildRun {
  return {
    site: 'project',
    phase,
    syntheticArticles,
    repetition,
    articles: syntheticArticles + 6,
    entries: syntheticArticles * 1.5 + 70,
    check: step(seconds.check, peak / 4),
    astro: step(seconds.astro, peak),
    pagefind: step(seconds.pagefind, peak / 10),
    pages: syntheticArticles + 30,
  };
}

export function bare(
  syntheticArticles: number,
  astroSeconds: number,
  repetition = 1,
  phase: BuildPhase = 'cold',
): BuildRun {
  return {
    site: 'bare',
    phase,
    syntheticArticles,
    repetition,
    articles: syntheticArticles + 6,
    astro: step(astroSeconds, 400e6),
    pages: syntheticArticles + 6,
  };
}

export function starlight(
  syntheticArticles: number,
  astroSeconds: number,
  repetition = 1,
  phase: BuildPhase = 'cold',
): BuildRun {
  return { ...bare(syntheticArticles, astroSeconds, repetition, phase), site: 'starlight' };
}

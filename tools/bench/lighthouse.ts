import type { LighthouseScores } from './results.ts';

/** The parts of a Lighthouse result (LHR) the benchmark reads. */
export interface LighthouseResultLike {
  lighthouseVersion?: string;
  runtimeError?: { code?: string; message?: string };
  configSettings?: { formFactor?: string };
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { details?: unknown } | undefined>;
}

/** The categories the benchmark asks Lighthouse for. */
export const LIGHTHOUSE_CATEGORIES = [
  'performance',
  'accessibility',
  'best-practices',
  'seo',
] as const;

const toPercent = (score: number | null | undefined) =>
  score === null || score === undefined ? null : Math.round(score * 100);

/** The four category scores as 0–100 (null when Lighthouse could not score one). */
export function lighthouseScores(lhr: LighthouseResultLike): LighthouseScores {
  return {
    performance: toPercent(lhr.categories.performance?.score),
    accessibility: toPercent(lhr.categories.accessibility?.score),
    bestPractices: toPercent(lhr.categories['best-practices']?.score),
    seo: toPercent(lhr.categories.seo?.score),
  };
}

/** URLs of the requests Lighthouse recorded (its network-requests audit) that went to another host. */
export function lighthouseOtherHostRequests(lhr: LighthouseResultLike, origin: string): string[] {
  const siteHost = new URL(origin).host;
  const details = lhr.audits['network-requests']?.details;
  const items =
    typeof details === 'object' &&
    details !== null &&
    'items' in details &&
    Array.isArray(details.items)
      ? (details.items as unknown[])
      : [];
  return items.flatMap((item) => {
    const url =
      typeof item === 'object' && item !== null && 'url' in item && typeof item.url === 'string'
        ? item.url
        : undefined;
    if (!url) return [];
    try {
      const parsed = new URL(url);
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return [];
      return parsed.host === siteHost ? [] : [url];
    } catch {
      return [];
    }
  });
}

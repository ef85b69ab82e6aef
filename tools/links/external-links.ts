import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { splitFrontmatter } from '../../src/lib/content/yaml.ts';

/** One place an external URL appears: a content file and line, or a built page. */
export interface UrlOccurrence {
  url: string;
  /** `content/facts/sources.yaml:90`, `content/articles/x.md:12`, or `page /about/`. */
  where: string;
}

/** What one check of one URL found. */
export type LinkOutcome = 'ok' | 'broken' | 'blocked';

/** The result of checking one URL, as kept in the cache file. */
export interface ExternalLinkResult {
  url: string;
  outcome: LinkOutcome;
  /** The final HTTP status, when the server answered. */
  status?: number;
  /** What went wrong, in words, when it did. */
  detail?: string;
  /** ISO timestamp of the check. */
  checkedAt: string;
}

/** The cache file's shape: results by URL. */
export interface ExternalLinkCache {
  version: 1;
  results: Record<string, ExternalLinkResult>;
}

const HTTP_URL = /^https?:\/\//i;

/** The URL without its #fragment (servers never see it), or undefined when it is no http(s) URL. */
export function checkableUrl(raw: string): string | undefined {
  if (!HTTP_URL.test(raw.trim())) return undefined;
  try {
    const parsed = new URL(raw.trim());
    parsed.hash = '';
    return parsed.href;
  } catch {
    return undefined;
  }
}

/** Whether `url` lives on another host than the site itself and is not a machine-local address. */
export function isExternal(url: string, ownOrigins: readonly string[]): boolean {
  const { origin, hostname } = new URL(url);
  if (ownOrigins.some((own) => new URL(own).origin === origin)) return false;
  return (
    !['localhost', '127.0.0.1', '[::1]'].includes(hostname) && !hostname.endsWith('.localhost')
  );
}

/** Every string under a key named `url` in a YAML file, with its line. */
export function urlsInYaml(text: string, file: string): UrlOccurrence[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const found: UrlOccurrence[] = [];
  const walk = (node: YamlNode | null | undefined): void => {
    if (isSeq(node)) node.items.forEach((item) => walk(item as YamlNode));
    if (!isMap(node)) return;
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      const value = pair.value as YamlNode | null;
      if (key === 'url' && isScalar(value) && typeof value.value === 'string') {
        const line = lineCounter.linePos(value.range?.[0] ?? 0).line;
        found.push({ url: value.value, where: `${file}:${line}` });
      } else {
        walk(value);
      }
    }
  };
  walk(document.contents as YamlNode | null);
  return found;
}

/** The parts of a Markdown syntax tree this module reads. */
interface MarkdownNode {
  type: string;
  url?: string;
  position?: { start: { line: number } };
  children?: MarkdownNode[];
}

/**
 * Every http(s) link, image and link definition in a Markdown article's body (parsed with remark
 * and GFM, as the site renders it, so autolinks count too), and every http(s) string in its
 * frontmatter, each with its line.
 */
export function urlsInMarkdown(text: string, file: string): UrlOccurrence[] {
  const parts = splitFrontmatter(text);
  const body = parts?.body ?? text;
  const bodyLine = parts?.bodyLine ?? 1;
  const found: UrlOccurrence[] = [];
  if (parts) {
    const lineCounter = new LineCounter();
    const document = parseDocument(parts.frontmatter, { lineCounter });
    const walk = (node: YamlNode | null | undefined): void => {
      if (isScalar(node) && typeof node.value === 'string' && HTTP_URL.test(node.value)) {
        const line = lineCounter.linePos(node.range?.[0] ?? 0).line + parts.frontmatterLine - 1;
        found.push({ url: node.value, where: `${file}:${line}` });
      }
      if (isSeq(node)) node.items.forEach((item) => walk(item as YamlNode));
      if (isMap(node)) node.items.forEach((pair) => walk(pair.value as YamlNode));
    };
    walk(document.contents as YamlNode | null);
  }
  const tree = unified().use(remarkParse).use(remarkGfm).parse(body) as unknown as MarkdownNode;
  const walk = (node: MarkdownNode): void => {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url) {
      if (HTTP_URL.test(node.url)) {
        const line = (node.position?.start.line ?? 1) + bodyLine - 1;
        found.push({ url: node.url, where: `${file}:${line}` });
      }
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return found;
}

/**
 * Sorts an HTTP status into ok, broken, or blocked: 401, 403, 429 and LinkedIn's 999 say the
 * server refused a robot, not that the page is gone, so they are reported but do not fail the run.
 */
export function classifyStatus(status: number): LinkOutcome {
  if (status >= 200 && status < 400) return 'ok';
  if ([401, 403, 429, 999].includes(status)) return 'blocked';
  return 'broken';
}

/** A cached result that may be reused: only successes younger than `maxAgeDays` (failures are always checked again). */
export function reusableResult(
  cache: ExternalLinkCache | undefined,
  url: string,
  now: Date,
  maxAgeDays = 7,
): ExternalLinkResult | undefined {
  const cached = cache?.results[url];
  if (!cached || cached.outcome !== 'ok') return undefined;
  const age = now.getTime() - new Date(cached.checkedAt).getTime();
  return age >= 0 && age < maxAgeDays * 24 * 60 * 60 * 1000 ? cached : undefined;
}

/** URLs grouped by host, hosts in alphabetical order, so each host is visited once, politely. */
export function groupByHost(urls: Iterable<string>): [string, string[]][] {
  const byHost = new Map<string, string[]>();
  for (const url of urls) {
    const host = new URL(url).host;
    byHost.set(host, [...(byHost.get(host) ?? []), url]);
  }
  return [...byHost.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([host, list]) => [host, [...list].sort()]);
}

/** The report for links that failed: each with its reason and every place it appears. */
export function formatExternalReport(
  results: readonly ExternalLinkResult[],
  occurrences: ReadonlyMap<string, readonly string[]>,
): string {
  const describe = (result: ExternalLinkResult) => {
    const reason = result.status ? `HTTP ${result.status}` : (result.detail ?? 'no answer');
    const places = (occurrences.get(result.url) ?? []).map((where) => `    in ${where}`);
    return [`  ${result.url}  ${reason}`, ...places].join('\n');
  };
  const broken = results.filter((result) => result.outcome === 'broken');
  const blocked = results.filter((result) => result.outcome === 'blocked');
  const sections: string[] = [];
  if (broken.length > 0)
    sections.push(['Broken external links:', ...broken.map(describe)].join('\n'));
  if (blocked.length > 0) {
    sections.push(
      [
        'Refused to a robot (check these by hand; they do not fail the run):',
        ...blocked.map(describe),
      ].join('\n'),
    );
  }
  const okCount = results.filter((result) => result.outcome === 'ok').length;
  sections.push(
    `${results.length} external URLs: ${okCount} ok, ${broken.length} broken, ${blocked.length} refused.`,
  );
  return sections.join('\n\n');
}

// `npm run links:external`: checks every external URL the site links to over the network, and
// exits 1 when one is broken. NOT part of `npm test` (which must never touch the network); a
// weekly GitHub Actions workflow runs it (.github/workflows/external-links.yml).
//
// URLs come from the content (`url:` fields in content/facts/*.yaml, http(s) links in
// content/articles/*.md) and from the built pages in dist/ when there is a build (the footer's
// licence link, say). Politely: host by host, one request at a time with a pause before each,
// HEAD first and GET only when HEAD fails, a timeout on each. Successes
// are cached in .cache/external-links.json for 7 days; failures are checked again every run.
//
//   npm run links:external            check (dist/ is read when present)
//   npm run links:external -- --list  print the URLs and where each appears; no network
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  checkableUrl,
  classifyStatus,
  formatExternalReport,
  groupByHost,
  isExternal,
  reusableResult,
  urlsInMarkdown,
  urlsInYaml,
} from './external-links.ts';
import { siteOptionsFromEnv } from '../../src/lib/site-options.ts';
import { checkBuiltLinks } from './check-built-links.mjs';

/**
 * @typedef {import('./external-links.ts').ExternalLinkResult} ExternalLinkResult
 * @typedef {import('./external-links.ts').ExternalLinkCache} ExternalLinkCache
 * @typedef {import('./external-links.ts').UrlOccurrence} UrlOccurrence
 */

const USER_AGENT =
  'Mozilla/5.0 (compatible; FourIslandsLinkCheck/1.0; weekly check of cited sources)';

/**
 * @param {string} dir
 * @param {string} extension
 */
function filesIn(dir, extension) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * Every external URL the content and (when built) the pages link to, with where each appears.
 * @param {{ root: string, distDir?: string, base?: string, siteUrl?: string }} options
 * @returns {Promise<Map<string, string[]>>} checkable URL → places
 */
export async function collectExternalUrls({ root, distDir, base = '/', siteUrl }) {
  /** @type {UrlOccurrence[]} */
  const occurrences = [];
  for (const file of [
    ...filesIn(join(root, 'content/facts'), '.yaml'),
    ...filesIn(join(root, 'content/facts'), '.yml'),
  ]) {
    occurrences.push(...urlsInYaml(readFileSync(file, 'utf8'), file.slice(root.length + 1)));
  }
  for (const file of filesIn(join(root, 'content/articles'), '.md')) {
    occurrences.push(...urlsInMarkdown(readFileSync(file, 'utf8'), file.slice(root.length + 1)));
  }
  if (distDir && existsSync(join(distDir, 'index.html'))) {
    const { external } = await checkBuiltLinks({ distDir, base, siteUrl });
    for (const [url, pages] of external) {
      for (const page of pages) occurrences.push({ url, where: `page ${page}` });
    }
  }
  const ownOrigins = siteUrl ? [siteUrl] : [];
  /** @type {Map<string, string[]>} */
  const byUrl = new Map();
  for (const { url, where } of occurrences) {
    const checkable = checkableUrl(url);
    if (!checkable || !isExternal(checkable, ownOrigins)) continue;
    const places = byUrl.get(checkable) ?? [];
    if (!places.includes(where)) places.push(where);
    byUrl.set(checkable, places);
  }
  return byUrl;
}

/**
 * Asks a server whether `url` is there: HEAD, then GET when HEAD fails (many servers refuse or
 * mishandle HEAD). Redirects are followed; the final status decides.
 * @param {string} url
 * @param {{ timeoutMs?: number, now?: () => Date }} [options]
 * @returns {Promise<ExternalLinkResult>}
 */
export async function checkUrl(url, { timeoutMs = 15_000, now = () => new Date() } = {}) {
  /** @param {'HEAD' | 'GET'} method */
  const request = async (method) => {
    const response = await fetch(url, {
      method,
      redirect: 'follow',
      headers: { 'User-Agent': USER_AGENT, Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    return response.status;
  };
  let status = 0;
  let detail;
  try {
    status = await request('HEAD');
  } catch (error) {
    detail = describeError(error);
  }
  if (classifyStatus(status) !== 'ok') {
    try {
      status = await request('GET');
      detail = undefined;
    } catch (error) {
      detail = describeError(error);
    }
  }
  const outcome = status === 0 ? 'broken' : classifyStatus(status);
  return {
    url,
    outcome,
    ...(status ? { status } : {}),
    ...(detail ? { detail } : {}),
    checkedAt: now().toISOString(),
  };
}

/** @param {unknown} error */
function describeError(error) {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'TimeoutError') return 'no answer before the timeout';
  const cause = /** @type {{ cause?: { code?: string, message?: string } }} */ (error).cause;
  return cause?.code ?? cause?.message ?? error.message;
}

/**
 * @param {string} path
 * @returns {ExternalLinkCache | undefined}
 */
function readCache(path) {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8'));
    return parsed?.version === 1 && typeof parsed.results === 'object' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Checks every URL, host by host, reusing fresh cached successes, and writes the cache back.
 * @param {{
 *   urls: Iterable<string>,
 *   cachePath?: string,
 *   delayMs?: number,
 *   timeoutMs?: number,
 *   now?: () => Date,
 *   log?: (line: string) => void,
 * }} options
 * @returns {Promise<ExternalLinkResult[]>}
 */
export async function checkExternalUrls({
  urls,
  cachePath,
  delayMs = 1_000,
  timeoutMs = 15_000,
  now = () => new Date(),
  log = () => {},
}) {
  const cache = cachePath ? readCache(cachePath) : undefined;
  /** @type {ExternalLinkResult[]} */
  const results = [];
  let askedBefore = false;
  for (const [, hostUrls] of groupByHost(urls)) {
    for (const url of hostUrls) {
      const cached = reusableResult(cache, url, now());
      if (cached) {
        results.push(cached);
        continue;
      }
      // One request at a time, with a pause before each after the first.
      if (askedBefore) await new Promise((done) => setTimeout(done, delayMs));
      askedBefore = true;
      const result = await checkUrl(url, { timeoutMs, now });
      log(`${result.outcome.padEnd(7)} ${result.status ?? result.detail ?? ''}  ${url}`);
      results.push(result);
    }
  }
  if (cachePath) {
    /** @type {ExternalLinkCache} */
    const next = { version: 1, results: { ...cache?.results } };
    for (const result of results) next.results[result.url] = result;
    mkdirSync(dirname(cachePath), { recursive: true });
    writeFileSync(cachePath, `${JSON.stringify(next, null, 2)}\n`);
  }
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = process.cwd();
  const listOnly = process.argv.includes('--list');
  try {
    const { site, base } = siteOptionsFromEnv(process.env);
    const distDir = join(root, 'dist');
    if (!existsSync(join(distDir, 'index.html'))) {
      console.warn(
        'No build in dist/: checking the content only (run `npm run build` to include the pages).',
      );
    }
    const occurrences = await collectExternalUrls({ root, distDir, base, siteUrl: site });
    if (listOnly) {
      for (const [url, places] of [...occurrences].sort(([a], [b]) => a.localeCompare(b))) {
        console.log(`${url}\n${places.map((where) => `    in ${where}`).join('\n')}`);
      }
      console.log(`${occurrences.size} external URLs.`);
      process.exit(0);
    }
    const results = await checkExternalUrls({
      urls: occurrences.keys(),
      cachePath: join(root, '.cache/external-links.json'),
      log: (line) => console.log(line),
    });
    const report = formatExternalReport(results, occurrences);
    const broken = results.some((result) => result.outcome === 'broken');
    (broken ? console.error : console.log)(`\n${report}`);
    process.exit(broken ? 1 : 0);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

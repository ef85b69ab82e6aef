// `npm run links:built`: checks every internal link and #fragment on the built site in dist/ with
// linkinator, served on loopback by linkinator's own static server under the deployment base
// (BASE_PATH), and never touches the network: links to other origins are skipped (and collected,
// for tools/links/check-external-links.mjs). Prints each broken link under the page it was found on
// and exits 1 when there is any. Run `npm run build` first.
//
// Why one linkinator run per page instead of a single recursive crawl: linkinator 7.6 validates a
// fragment only while it fetches the target page, and fetches each URL once, so in one crawl a
// link to `/timeline/#event-x` found after /timeline/ was fetched is never checked (upstream
// JustinBeckwith/linkinator PR #881). One run per page registers all of that page's fragments
// before any target answers. Starting from every HTML file in dist/ also covers pages no other
// page links to, which a crawl from the home page would miss.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LinkChecker, LinkState } from 'linkinator';
import { listBuiltPages, listFiles } from './built-pages.ts';
import { describeFailure, formatBrokenLinks, sitePathOf } from './link-report.ts';
import { normalizeBase, siteOptionsFromEnv } from '../../src/lib/site-options.ts';
import { findFreePort } from '../lib/free-port.mjs';

/**
 * @typedef {import('./link-report.ts').BrokenLink} BrokenLink
 * @typedef {object} BuiltLinkReport
 * @property {BrokenLink[]} broken every broken internal link or fragment, with the page it is on
 * @property {number} pageCount how many built files were checked: HTML pages and stylesheets
 * @property {Map<string, Set<string>>} external each link to another origin, with the pages it is on
 */

/**
 * Serves `distDir` under `base` the way a static host would: linkinator's server serves a folder
 * at its root, so for a base other than `/` it gets a temporary root holding a link named after
 * the base that points at dist/.
 * @param {string} distDir
 * @param {string} base normalized, `/` or `/sub/path/`
 */
function serverRootFor(distDir, base) {
  if (base === '/') return { root: distDir, cleanup: () => {} };
  const root = mkdtempSync(join(tmpdir(), 'four-islands-links-'));
  const mount = join(root, ...base.split('/').filter(Boolean));
  mkdirSync(dirname(mount), { recursive: true });
  symlinkSync(distDir, mount, 'junction');
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** @param {string} text */
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Checks the links on one built file (a page, or a stylesheet for its url()s) with a fresh
 * linkinator run on its own port.
 * @param {{ serverRoot: string, file: string, page: string, base: string, siteUrl?: string }} job
 */
async function checkOne({ serverRoot, file, page, base, siteUrl }) {
  const port = await findFreePort();
  const localPrefix = `http://localhost:${port}/`;
  /** @type {import('linkinator').UrlRewriteExpression[]} */
  const urlRewriteExpressions = [];
  if (siteUrl) {
    // Canonical and og:url links name the public origin; check them against the local build.
    const publicRoot = `${new URL(siteUrl).origin}${base}`;
    urlRewriteExpressions.push({
      pattern: new RegExp(`^${escapeRegExp(publicRoot)}`),
      replacement: `${localPrefix}${base.slice(1)}`,
    });
  }
  /** @type {Set<string>} */
  const external = new Set();
  const checker = new LinkChecker();
  const { links } = await checker.check({
    path: `${base.slice(1)}${file}`,
    serverRoot,
    port,
    recurse: false,
    checkFragments: true,
    checkCss: true,
    // Internal links should name their final URL; a redirect means a missing trailing slash.
    redirects: 'error',
    timeout: 10_000,
    concurrency: 20,
    urlRewriteExpressions,
    linksToSkip: async (href) => {
      if (href.startsWith(localPrefix)) return false;
      if (/^https?:/i.test(href)) external.add(href);
      return true;
    },
  });
  // Linkinator starts from the file (`about/index.html`); readers know the page by its URL.
  const startFile = `${base}${file}`;
  /** @param {string} link */
  const asPageUrl = (link) =>
    link.startsWith(startFile) ? page + link.slice(startFile.length) : link;
  /** @type {BrokenLink[]} */
  const broken = links
    .filter((result) => result.state === LinkState.BROKEN)
    .map((result) => ({
      page,
      link: asPageUrl(sitePathOf(result.url)),
      reason: describeFailure(result),
    }));
  return { broken, external };
}

/**
 * Runs `worker` over `items` with at most `limit` running at once.
 * @template T, R
 * @param {T[]} items
 * @param {number} limit
 * @param {(item: T) => Promise<R>} worker
 * @returns {Promise<R[]>}
 */
async function mapWithLimit(items, limit, worker) {
  /** @type {R[]} */
  const results = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await worker(/** @type {T} */ (items[index]));
    }
  });
  await Promise.all(lanes);
  return results;
}

/**
 * Checks every internal link and fragment on every HTML page (and every stylesheet's url()s) in a
 * built site, served under `base`.
 * @param {{ distDir: string, base?: string, siteUrl?: string, concurrency?: number }} options
 *   `siteUrl` is the public origin the build used (SITE_URL); links to it are checked locally.
 * @returns {Promise<BuiltLinkReport>}
 */
export async function checkBuiltLinks({ distDir, base = '/', siteUrl, concurrency = 6 }) {
  const dist = resolve(distDir);
  const normalizedBase = normalizeBase(base);
  const pages = listBuiltPages(dist);
  if (pages.length === 0)
    throw new Error(`No HTML files in ${distDir}: run \`npm run build\` first.`);
  const jobs = [
    ...pages.map(({ file, path }) => ({ file, page: `${normalizedBase}${path}` })),
    ...listFiles(dist, '.css').map((file) => ({ file, page: `${normalizedBase}${file}` })),
  ];
  const { root, cleanup } = serverRootFor(dist, normalizedBase);
  try {
    const results = await mapWithLimit(jobs, concurrency, (job) =>
      checkOne({ serverRoot: root, ...job, base: normalizedBase, siteUrl }),
    );
    /** @type {Map<string, Set<string>>} */
    const external = new Map();
    results.forEach((result, index) => {
      for (const href of result.external) {
        const pagesWithLink = external.get(href) ?? new Set();
        pagesWithLink.add(/** @type {{ page: string }} */ (jobs[index]).page);
        external.set(href, pagesWithLink);
      }
    });
    return { broken: results.flatMap((result) => result.broken), pageCount: jobs.length, external };
  } finally {
    cleanup();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const distDir = process.argv[2] ?? 'dist';
  try {
    const { site, base } = siteOptionsFromEnv(process.env);
    const started = performance.now();
    const { broken, pageCount } = await checkBuiltLinks({ distDir, base, siteUrl: site });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const report = formatBrokenLinks(broken, pageCount);
    if (broken.length > 0) {
      console.error(`Internal link check of ${distDir}/ served under ${base}\n\n${report}`);
      process.exit(1);
    }
    console.log(`${report} (${distDir}/ under ${base}, ${seconds} s)`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

// `npm run bench`: how heavy the pages are, how the build scales, and whether the budgets in
// tools/bench/budgets.ts hold. A script to run by hand or in a scheduled job, never part of
// `npm test` (the full run takes many minutes).
//
//   1. Page weight: builds the site (or reuses dist/ with --no-build), serves it, loads each page
//      of tools/bench/pages.ts in Debian's Chromium, scrolls to the bottom, waits for the network
//      to go quiet and sums every response, raw and gzipped at level 9.
//   2. Scale: for each N (100, 1,000, 5,000) generates N synthetic articles with their facts into
//      a temporary copy of the project, times the content check, astro build and Pagefind, then
//      builds the same articles with a bare Astro site; project and bare alternate.
//   3. Optionally (--lighthouse) Lighthouse's four scores, mobile and desktop.
//
// Progress goes to stderr, the Markdown report to stdout, the JSON to .bench/results.json.
// Temporary folders and child processes are removed on exit, on failure and on Ctrl-C.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  accessSync,
  appendFileSync,
  closeSync,
  constants,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { BARE_ARTICLES_DIR, bareAstroFiles } from './bare-astro.ts';
import { evaluateBudgets, missedBudgets } from './budgets.ts';
import {
  formatBudgetValue,
  formatBytes,
  formatMemory,
  formatSeconds,
  renderReport,
  siteName,
} from './format.ts';
import { auditImages, externalFontReferences, type HtmlAudit } from './html-audit.ts';
import {
  LIGHTHOUSE_CATEGORIES,
  lighthouseOtherHostRequests,
  lighthouseScores,
} from './lighthouse.ts';
import { USAGE, parseBenchArgs } from './options.ts';
import { PAGE_TYPES, builtPagePaths, resolvePagePath } from './pages.ts';
import { parseTimeVerbose, parseVmRss } from './process-stats.ts';
import {
  pagesPerSecond,
  type BenchResults,
  type BuildPhase,
  type BuildRun,
  type DevEditRun,
  type PeerSite,
  type Site,
  type LighthouseReport,
  type LighthouseRun,
  type MemoryMethod,
  type PageResult,
  type StepMeasure,
} from './results.ts';
import { STARLIGHT_ARTICLES_DIR, starlightFiles } from './starlight.ts';
import { editArticle, generateSyntheticContent, type RealIds } from './synthetic.ts';
import { summarizePageWeight, type RecordedRequest } from './weight.ts';
import { CHECK_CACHE_FILE } from '../../src/lib/content/check-cache.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { RENDER_CACHE_DIR } from '../../src/lib/markdown/render-cache.ts';
import { siteOptionsFromEnv } from '../../src/lib/site-options.ts';
import { joinBase } from '../../src/lib/urls.ts';
import { CHROMIUM_ARGS, INSTALL_HINT, resolveChromium } from '../lib/chromium.mjs';
import { findFreePort } from '../lib/free-port.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'node_modules', '.bin');
const LOG_DIR = join(ROOT, '.bench', 'logs');
const TIME = '/usr/bin/time';
const CHILD_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  PATH: `${BIN}:${process.env.PATH ?? ''}`,
  ASTRO_TELEMETRY_DISABLED: '1',
};

const parsed = parseBenchArgs(process.argv.slice(2));
if ('error' in parsed) {
  console.error(`${parsed.error}\n\n${USAGE}`);
  process.exit(2);
}
if (parsed.help) {
  console.log(USAGE);
  process.exit(0);
}
const options = parsed;

const startedAt = performance.now();
function progress(message: string): void {
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(0).padStart(5);
  process.stderr.write(`[bench ${seconds} s] ${message}\n`);
}

// ---------------------------------------------------------------------------------------------
// Clean-up: every temporary folder, child process and browser registers here, and is removed on
// normal exit, on an error and on SIGINT/SIGTERM.

const cleanups = new Set<() => void>();
function onCleanup(task: () => void): () => void {
  cleanups.add(task);
  return () => cleanups.delete(task);
}
function cleanUp(): void {
  for (const task of [...cleanups].reverse()) {
    try {
      task();
    } catch {
      // Keep cleaning the rest.
    }
  }
  cleanups.clear();
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    progress(`${signal}: stopping child processes and removing temporary folders`);
    cleanUp();
    process.exit(130);
  });
}

function makeTempDir(prefix: string, parent = os.tmpdir()): { path: string; remove: () => void } {
  mkdirSync(parent, { recursive: true });
  const path = mkdtempSync(join(parent, prefix));
  const remove = () => rmSync(path, { recursive: true, force: true });
  const unregister = onCleanup(remove);
  return {
    path,
    remove: () => {
      remove();
      unregister();
    },
  };
}

/** Stops a child we started, with its whole process group (it was spawned detached for this). */
function stopChild(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
}

// ---------------------------------------------------------------------------------------------
// Timed steps with peak memory.

const hasTime = (() => {
  try {
    accessSync(TIME, constants.X_OK);
    return true;
  } catch {
    return false;
  }
})();

/** Sum of VmRSS over a process and its descendants, read from /proc. */
function treeRss(pid: number): number {
  let total = 0;
  const pending = [pid];
  while (pending.length > 0) {
    const current = pending.pop() as number;
    try {
      total += parseVmRss(readFileSync(`/proc/${current}/status`, 'utf8')) ?? 0;
      for (const task of readdirSync(`/proc/${current}/task`)) {
        const children = readFileSync(`/proc/${current}/task/${task}/children`, 'utf8').trim();
        if (children) pending.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // The process ended between two reads.
    }
  }
  return total;
}

/**
 * Runs a command to the end with its output in a log file and returns its wall time and peak
 * memory: from `/usr/bin/time -v` when it is installed, else by sampling /proc every 100 ms.
 */
function measureStep(
  name: string,
  command: string,
  args: readonly string[],
  cwd: string,
): Promise<StepMeasure> {
  return startStep(name, command, args, cwd).measured;
}

/**
 * Starts a step as `measureStep` does, with its standard input a pipe the caller may close (the
 * preview follower stops when its input closes); `measured` resolves when the step ends.
 */
function startStep(
  name: string,
  command: string,
  args: readonly string[],
  cwd: string,
): { input: NodeJS.WritableStream; measured: Promise<StepMeasure> } {
  mkdirSync(LOG_DIR, { recursive: true });
  const log = join(LOG_DIR, `${name}.log`);
  const timeReport = join(LOG_DIR, `${name}.time`);
  rmSync(timeReport, { force: true });
  const output = openSync(log, 'w');
  const [program, argv] = hasTime
    ? [TIME, ['-v', '-o', timeReport, command, ...args]]
    : [command, [...args]];
  const started = performance.now();
  const child = spawn(program, argv, {
    cwd,
    env: CHILD_ENV,
    stdio: ['pipe', output, output],
    detached: true,
  });
  const unregister = onCleanup(() => stopChild(child));
  return {
    // A pipe, as asked for above.
    input: child.stdin as NodeJS.WritableStream,
    measured: measureChild(child, log, timeReport, output, started, unregister),
  };
}

/** Waits for a step's process and reads its time, memory and exit code. */
async function measureChild(
  child: ChildProcess,
  log: string,
  timeReport: string,
  output: number,
  started: number,
  unregister: () => void,
): Promise<StepMeasure> {
  let sampledPeak = 0;
  const sampler = hasTime
    ? undefined
    : setInterval(() => {
        if (child.pid !== undefined) sampledPeak = Math.max(sampledPeak, treeRss(child.pid));
      }, 100);
  const exitCode = await new Promise<number>((resolveExit) => {
    child.on('error', (error) => {
      appendFileSync(log, `\n${error.message}\n`);
      resolveExit(127);
    });
    child.on('exit', (code, signal) => resolveExit(code ?? (signal ? 128 : 1)));
  });
  const seconds = (performance.now() - started) / 1000;
  if (sampler) clearInterval(sampler);
  unregister();
  closeSync(output);
  let peakRssBytes: number | undefined;
  let cpuSeconds: number | undefined;
  let memoryMethod: MemoryMethod = 'none';
  if (hasTime && existsSync(timeReport)) {
    const report = parseTimeVerbose(readFileSync(timeReport, 'utf8'));
    peakRssBytes = report.maxRssBytes;
    cpuSeconds = report.cpuSeconds;
    memoryMethod = peakRssBytes === undefined ? 'none' : 'time -v';
  } else if (sampledPeak > 0) {
    peakRssBytes = sampledPeak;
    memoryMethod = 'sampled';
  }
  return { seconds, peakRssBytes, memoryMethod, cpuSeconds, exitCode };
}

function describeStep(step: StepMeasure): string {
  const memory = step.peakRssBytes === undefined ? '' : `, peak ${formatMemory(step.peakRssBytes)}`;
  return step.exitCode === 0
    ? `${formatSeconds(step.seconds)}${memory}`
    : `FAILED (exit ${step.exitCode}) after ${formatSeconds(step.seconds)}`;
}

function logTail(name: string, lines = 25): string {
  try {
    return readFileSync(join(LOG_DIR, `${name}.log`), 'utf8')
      .trimEnd()
      .split('\n')
      .slice(-lines)
      .join('\n');
  } catch {
    return '';
  }
}

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

// ---------------------------------------------------------------------------------------------
// 1. Page weight of the real site.

async function waitForServer(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (child.exitCode !== null)
      throw new Error(`the preview server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`the preview server did not answer at ${url} within 30 s`);
}

async function startServer(base: string): Promise<{ origin: string; stop: () => void }> {
  const port = await findFreePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [join(ROOT, 'tools', 'serve.mjs')], {
    cwd: ROOT,
    env: { ...CHILD_ENV, PORT: String(port), HOST: '127.0.0.1' },
    stdio: 'ignore',
    detached: true,
  });
  const unregister = onCleanup(() => stopChild(child));
  await waitForServer(`${origin}${joinBase(base, '/')}`, child);
  return {
    origin,
    stop: () => {
      stopChild(child);
      unregister();
    },
  };
}

/** Waits until no request has been in flight for `quietMs`, or `timeoutMs` has passed. */
async function waitForQuiet(
  inFlight: () => number,
  quietMs = 750,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 100));
    if (inFlight() > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
  }
}

async function weighPage(
  browser: Browser,
  url: string,
  origin: string,
): Promise<RecordedRequest[]> {
  const siteHost = new URL(origin).host;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    // Requests to another host are recorded and blocked: there is no network here, and the site
    // must not make them anyway.
    await context.route(
      (target) => target.host !== siteHost,
      (route) => route.abort('blockedbyclient'),
    );
    const page = await context.newPage();
    let inFlight = 0;
    let started = 0;
    const recorded: Promise<RecordedRequest>[] = [];
    page.on('request', () => {
      inFlight += 1;
      started += 1;
    });
    page.on('requestfailed', (request) => {
      inFlight -= 1;
      recorded.push(Promise.resolve({ url: request.url() }));
    });
    page.on('requestfinished', (request) => {
      recorded.push(
        (async () => {
          try {
            const response = await request.response();
            if (!response) return { url: request.url() };
            const body = await response.body().catch(() => undefined);
            return { url: request.url(), contentType: response.headers()['content-type'], body };
          } finally {
            inFlight -= 1;
          }
        })(),
      );
    });
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response || response.status() !== 200)
      throw new Error(`HTTP ${response?.status() ?? 'no response'} for ${url}`);
    await waitForQuiet(() => inFlight);
    // Scroll down in steps so that whatever loads near the viewport (the map's Leaflet) loads.
    for (let round = 0; round < 3; round += 1) {
      const before = started;
      await page.evaluate(async () => {
        const step = Math.max(200, Math.floor(window.innerHeight * 0.75));
        for (let y = 0; y <= document.documentElement.scrollHeight; y += step) {
          window.scrollTo(0, y);
          await new Promise((done) => setTimeout(done, 60));
        }
        window.scrollTo(0, document.documentElement.scrollHeight);
      });
      await waitForQuiet(() => inFlight);
      if (started === before) break;
    }
    return await Promise.all(recorded);
  } finally {
    await context.close();
  }
}

async function weighPages(
  origin: string,
  base: string,
  builtPaths: readonly string[],
): Promise<PageResult[]> {
  const executablePath = resolveChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const unregister = onCleanup(() => void browser.close());
  const results: PageResult[] = [];
  try {
    for (const type of PAGE_TYPES) {
      const common = { id: type.id, label: type.label, kind: type.kind, pattern: type.path };
      const path = resolvePagePath(type.path, builtPaths);
      if (!path) {
        progress(`page weight: ${type.label} (${type.path}) not built`);
        results.push({ ...common, status: 'not built' });
        continue;
      }
      try {
        const weight = summarizePageWeight(
          await weighPage(browser, `${origin}${joinBase(base, path)}`, origin),
          origin,
        );
        progress(
          `page weight: ${type.label} ${path}: ${weight.requests} requests, ${formatBytes(weight.gzipBytes)} gzip, JS ${formatBytes(weight.js.gzipBytes)} gzip`,
        );
        results.push({ ...common, status: 'measured', path, weight });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        progress(`page weight: ${type.label} ${path}: ERROR ${message}`);
        results.push({ ...common, status: 'error', path, error: message });
      }
    }
  } finally {
    await browser.close();
    unregister();
  }
  return results;
}

/** Reads every built HTML and CSS file: images without size or lazy loading, fonts from other hosts. */
function auditBuiltFiles(dist: string, ownHosts: readonly string[]): HtmlAudit {
  const audit: HtmlAudit = { htmlFiles: 0, images: 0, imageProblems: [], externalFonts: [] };
  for (const file of filesUnder(dist)) {
    const type = file.endsWith('.html') ? 'html' : file.endsWith('.css') ? 'css' : undefined;
    if (!type) continue;
    const text = readFileSync(join(dist, file), 'utf8');
    if (type === 'html') {
      audit.htmlFiles += 1;
      const images = auditImages(text);
      audit.images += images.images;
      audit.imageProblems.push(...images.problems.map((problem) => ({ file, ...problem })));
    }
    audit.externalFonts.push(
      ...externalFontReferences(text, type, ownHosts).map((reference) => ({ file, reference })),
    );
  }
  return audit;
}

// ---------------------------------------------------------------------------------------------
// 3. Lighthouse.

async function runLighthouse(
  origin: string,
  base: string,
  builtPaths: readonly string[],
): Promise<LighthouseReport> {
  let lighthouseModule: typeof import('lighthouse');
  let launcher: typeof import('chrome-launcher');
  try {
    lighthouseModule = await import('lighthouse');
    launcher = await import('chrome-launcher');
  } catch (error) {
    const reason = `Lighthouse is not installed (${error instanceof Error ? error.message : String(error)}).`;
    return { status: 'unavailable', reason, runs: [] };
  }
  const chromePath = process.env.CHROME_PATH ?? resolveChromium();
  if (!chromePath) return { status: 'unavailable', reason: INSTALL_HINT, runs: [] };
  const siteHostname = new URL(origin).hostname;
  const chrome = await launcher.launch({
    chromePath,
    // Any host but the local server resolves to nothing, so a request that tried to leave would fail
    // (and show in the report) instead of waiting on a network that is not there.
    chromeFlags: [
      ...CHROMIUM_ARGS,
      '--headless',
      `--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE ${siteHostname}, EXCLUDE localhost`,
    ],
    handleSIGINT: false,
    logLevel: 'silent',
  });
  const unregister = onCleanup(() => chrome.kill());
  const runs: LighthouseRun[] = [];
  let version: string | undefined;
  try {
    for (const type of PAGE_TYPES.filter((page) => page.lighthouse)) {
      const path = resolvePagePath(type.path, builtPaths);
      if (!path) {
        progress(`lighthouse: ${type.label} not built`);
        continue;
      }
      for (const formFactor of ['mobile', 'desktop'] as const) {
        const run: LighthouseRun = { pageId: type.id, path, formFactor };
        try {
          const result = await lighthouseModule.default(
            `${origin}${joinBase(base, path)}`,
            {
              port: chrome.port,
              output: 'json',
              logLevel: 'error',
              onlyCategories: [...LIGHTHOUSE_CATEGORIES],
              disableFullPageScreenshot: true,
            },
            formFactor === 'desktop' ? lighthouseModule.desktopConfig : undefined,
          );
          if (!result) throw new Error('Lighthouse returned no result');
          const lhr = result.lhr;
          version = lhr.lighthouseVersion;
          if (lhr.runtimeError)
            throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
          if (lhr.configSettings.formFactor !== formFactor)
            throw new Error(`ran as ${lhr.configSettings.formFactor}, not ${formFactor}`);
          run.scores = lighthouseScores(lhr);
          run.otherHostRequests = lighthouseOtherHostRequests(lhr, origin);
          const s = run.scores;
          progress(
            `lighthouse: ${path} ${formFactor}: performance ${s.performance}, accessibility ${s.accessibility}, best practices ${s.bestPractices}, SEO ${s.seo}`,
          );
        } catch (error) {
          run.error = error instanceof Error ? error.message : String(error);
          progress(`lighthouse: ${path} ${formFactor}: ERROR ${run.error}`);
        }
        runs.push(run);
      }
    }
  } finally {
    chrome.kill();
    unregister();
  }
  return { status: 'ran', version, runs };
}

// ---------------------------------------------------------------------------------------------
// 2. Builds at scale.

const PROJECT_ENTRIES = [
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  'src',
  'public',
  'content',
];
// Caches Astro, Vite and the project keep inside node_modules: each copy gets its own, so every
// first build is cold, the warm one reuses what the cold one left, and the temporary builds never
// write into the project's node_modules.
const NODE_MODULES_CACHES = new Set(['.astro', '.vite', '.vite-temp', '.cache']);
// What the standalone check leaves in a copy for the build to reuse: its record of a pass and
// every article it rendered. A cold build must find neither, as in a fresh clone.
const CHECK_LEFTOVERS = [CHECK_CACHE_FILE, RENDER_CACHE_DIR];

/** A node_modules folder of links to each of the project's packages (but none of its caches). */
function linkNodeModules(dir: string): void {
  const target = join(dir, 'node_modules');
  mkdirSync(target);
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (NODE_MODULES_CACHES.has(name)) continue;
    symlinkSync(join(ROOT, 'node_modules', name), join(target, name));
  }
}

function writeArticles(
  dir: string,
  folder: string,
  articles: readonly { slug: string; text: string }[],
): void {
  const target = join(dir, folder);
  mkdirSync(target, { recursive: true });
  for (const article of articles) writeFileSync(join(target, `${article.slug}.md`), article.text);
}

const countHtml = (dist: string) =>
  filesUnder(dist).filter((file) => file.endsWith('.html')).length;

/** A name for progress lines and one for log files: `Starlight N=1000 warm (run 2)`, `starlight-1000-2-warm`. */
function runNames(site: Site, size: number, repetition: number, phase: BuildPhase) {
  const repeated = options.repeat > 1 ? ` (run ${repetition})` : '';
  return {
    label: `${siteName(site)} N=${size} ${phase}${repeated}`,
    log: `${site}-${size}-${repetition}-${phase}`,
  };
}

/** Runs `astro build` in `dir` for any site, recording its time, memory and pages; throws if it fails. */
async function astroBuild(run: BuildRun, label: string, log: string, dir: string): Promise<void> {
  progress(`${label}: astro build…`);
  run.astro = await measureStep(`${log}-astro`, join(BIN, 'astro'), ['build', '--root', dir], dir);
  run.pages = countHtml(join(dir, 'dist'));
  progress(
    `${label}: astro build ${describeStep(run.astro)}, ${run.pages} pages (${pagesPerSecond(run).toFixed(1)} pages/s)`,
  );
  if (run.astro.exitCode !== 0) throw new Error(`astro build failed:\n${logTail(`${log}-astro`)}`);
}

/**
 * The project's build steps after the check, as `npm run build` runs them (tools/build.mjs): astro
 * build with the preview follower beside it, then Pagefind and the preview images side by side.
 */
async function projectBuild(run: BuildRun, label: string, log: string, dir: string): Promise<void> {
  const previews = join(ROOT, 'tools', 'previews', 'render-previews.ts');
  const follower = startStep(
    `${log}-previews-alongside`,
    process.execPath,
    [previews, '--follow', join(dir, 'dist')],
    dir,
  );
  try {
    await astroBuild(run, label, log, dir);
  } finally {
    follower.input.end();
    run.previewsAlongside = await follower.measured;
  }
  // It would only cost time, but a measurement without it is not the build's.
  if (run.previewsAlongside.exitCode !== 0)
    throw new Error(`the preview follower failed:\n${logTail(`${log}-previews-alongside`)}`);
  progress(`${label}: pagefind and preview images…`);
  [run.pagefind, run.previews] = await Promise.all([
    measureStep(
      `${log}-pagefind`,
      join(BIN, 'pagefind'),
      ['--site', join(dir, 'dist'), '--silent'],
      dir,
    ),
    measureStep(`${log}-previews`, process.execPath, [previews, join(dir, 'dist')], dir),
  ]);
  progress(
    `${label}: pagefind ${describeStep(run.pagefind)}, preview images ${describeStep(run.previews)}`,
  );
  if (run.pagefind.exitCode !== 0)
    throw new Error(`pagefind failed:\n${logTail(`${log}-pagefind`)}`);
  if (run.previews.exitCode !== 0)
    throw new Error(`preview images failed:\n${logTail(`${log}-previews`)}`);
}

/** An empty run record, filled in as its steps finish. */
function newRun(
  site: Site,
  phase: BuildPhase,
  size: number,
  repetition: number,
  articles: number,
): BuildRun {
  return {
    site,
    phase,
    syntheticArticles: size,
    repetition,
    articles,
    astro: { seconds: 0, memoryMethod: 'none', exitCode: -1 },
    pages: 0,
  };
}

/** Runs the steps of one build, recording a failure in the run instead of throwing. */
async function attempt(run: BuildRun, label: string, steps: () => Promise<void>): Promise<boolean> {
  try {
    await steps();
    return true;
  } catch (error) {
    run.error = error instanceof Error ? error.message : String(error);
    progress(`${label}: ${run.error} (logs in ${relative(ROOT, LOG_DIR)}/)`);
    return false;
  }
}

/** The one-article edit: a new first paragraph in the first synthetic article, with a fresh marker. */
function editOneArticle(dir: string, folder: string, slug: string): string {
  const marker = `benchedit${Date.now().toString(36)}`;
  const file = join(dir, folder, `${slug}.md`);
  writeFileSync(file, editArticle(readFileSync(file, 'utf8'), marker));
  return marker;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * `astro dev` on the synthetic project: request an article's page, add a paragraph to the article,
 * and request the page every 50 ms until it serves the new text.
 */
async function measureDevEdit(dir: string, size: number, slug: string): Promise<DevEditRun> {
  const { base } = siteOptionsFromEnv(process.env);
  const path = `/articles/${slug}/`;
  const edit: DevEditRun = { syntheticArticles: size, path };
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}${joinBase(base, path)}`;
  mkdirSync(LOG_DIR, { recursive: true });
  const log = openSync(join(LOG_DIR, `project-${size}-dev.log`), 'w');
  const started = performance.now();
  const child = spawn(
    join(BIN, 'astro'),
    ['dev', '--root', dir, '--host', '127.0.0.1', '--port', String(port)],
    { cwd: dir, env: CHILD_ENV, stdio: ['ignore', log, log], detached: true },
  );
  const unregister = onCleanup(() => stopChild(child));
  const get = async () => {
    try {
      const response = await fetch(url);
      return { status: response.status, text: await response.text() };
    } catch {
      return undefined;
    }
  };
  try {
    progress(`project N=${size}: astro dev, first request of ${path}…`);
    for (let page = await get(); page?.status !== 200; page = await get()) {
      if (child.exitCode !== null) throw new Error(`astro dev exited with code ${child.exitCode}`);
      if (performance.now() - started > 600_000) throw new Error('no page within 10 minutes');
      await sleep(100);
    }
    edit.firstPageSeconds = (performance.now() - started) / 1000;
    // Let the server settle (its file watcher, the first render's leftovers) before the edit.
    await sleep(2000);
    const marker = editOneArticle(dir, 'content/articles', slug);
    const edited = performance.now();
    for (;;) {
      const page = await get();
      if (page?.status === 200 && page.text.includes(marker)) break;
      if (performance.now() - edited > 60_000) throw new Error('the edit did not show within 60 s');
      await sleep(50);
    }
    edit.editSeconds = (performance.now() - edited) / 1000;
    progress(
      `project N=${size}: dev server first page ${formatSeconds(edit.firstPageSeconds)}, edit shown after ${formatSeconds(edit.editSeconds)}`,
    );
  } catch (error) {
    edit.error = error instanceof Error ? error.message : String(error);
    progress(`project N=${size}: dev edit: ${edit.error} (log in ${relative(ROOT, LOG_DIR)}/)`);
  } finally {
    stopChild(child);
    unregister();
    closeSync(log);
  }
  return edit;
}

/**
 * The project at N synthetic articles in a fresh copy: the content check twice (cold, then with
 * nothing changed), the cold build, one article edited, the warm build, and (with `devEdit`) an
 * edit under the dev server.
 */
async function buildProject(
  size: number,
  repetition: number,
  real: RealIds,
  realEntries: number,
  realArticles: number,
  devEdit: boolean,
): Promise<{ runs: BuildRun[]; devEdit?: DevEditRun }> {
  const content = generateSyntheticContent(size, real);
  const temp = makeTempDir(`four-islands-bench-project-${size}-`);
  const entries =
    realEntries + size + content.counts.events + content.counts.quotes + content.counts.sources;
  const cold = { ...newRun('project', 'cold', size, repetition, realArticles + size), entries };
  const warm = { ...newRun('project', 'warm', size, repetition, realArticles + size), entries };
  const slug = content.articles[0]?.slug ?? '';
  let devEditRun: DevEditRun | undefined;
  try {
    const coldNames = runNames('project', size, repetition, 'cold');
    const coldDone = await attempt(cold, coldNames.label, async () => {
      for (const entry of PROJECT_ENTRIES)
        cpSync(join(ROOT, entry), join(temp.path, entry), { recursive: true });
      linkNodeModules(temp.path);
      writeArticles(temp.path, 'content/articles', content.articles);
      const facts = join(temp.path, 'content', 'facts');
      const note = '\n# Synthetic entries written by npm run bench.\n';
      appendFileSync(join(facts, 'events.yaml'), `${note}${content.eventsYaml}\n`);
      appendFileSync(join(facts, 'quotes.yaml'), `${note}${content.quotesYaml}\n`);
      appendFileSync(join(facts, 'sources.yaml'), `${note}${content.sourcesYaml}\n`);
      for (const [locale, translated] of Object.entries(content.translations)) {
        appendFileSync(join(facts, locale, 'events.yaml'), `${note}${translated.eventsYaml}\n`);
        appendFileSync(join(facts, locale, 'quotes.yaml'), `${note}${translated.quotesYaml}\n`);
      }

      const check = join(ROOT, 'tools', 'check.ts');
      progress(`${coldNames.label}: content check of ${entries} entries…`);
      cold.check = await measureStep(
        `${coldNames.log}-check`,
        process.execPath,
        [check, temp.path],
        ROOT,
      );
      progress(`${coldNames.label}: content check ${describeStep(cold.check)}`);
      if (cold.check.exitCode !== 0)
        throw new Error(`content check failed:\n${logTail(`${coldNames.log}-check`)}`);
      cold.checkUnchanged = await measureStep(
        `${coldNames.log}-check-again`,
        process.execPath,
        [check, temp.path],
        ROOT,
      );
      progress(
        `${coldNames.label}: content check again, nothing changed: ${describeStep(cold.checkUnchanged)}`,
      );
      if (cold.checkUnchanged.exitCode !== 0)
        throw new Error(`content check failed:\n${logTail(`${coldNames.log}-check-again`)}`);

      // A fresh clone's npm run build checks and renders the content inside astro build: time that.
      for (const leftover of CHECK_LEFTOVERS)
        rmSync(join(temp.path, leftover), { recursive: true, force: true });
      await projectBuild(cold, coldNames.label, coldNames.log, temp.path);
    });
    if (coldDone) {
      const warmNames = runNames('project', size, repetition, 'warm');
      await attempt(warm, warmNames.label, async () => {
        editOneArticle(temp.path, 'content/articles', slug);
        await projectBuild(warm, warmNames.label, warmNames.log, temp.path);
      });
      if (devEdit) devEditRun = await measureDevEdit(temp.path, size, slug);
    } else {
      warm.error = 'not run: the cold build failed';
    }
  } finally {
    temp.remove();
  }
  return { runs: [cold, warm], devEdit: devEditRun };
}

/** Bare Astro or Starlight at N synthetic articles in a fresh copy: cold, one article edited, warm. */
async function buildPeer(
  site: PeerSite,
  size: number,
  repetition: number,
  real: RealIds,
  realArticles: number,
): Promise<BuildRun[]> {
  const content = generateSyntheticContent(size, real);
  const [files, folder] =
    site === 'bare'
      ? [bareAstroFiles(), BARE_ARTICLES_DIR]
      : [starlightFiles(), STARLIGHT_ARTICLES_DIR];
  // Starlight's components must resolve inside the site's root, which a node_modules of links to
  // the project's packages defeats (Astro loses their styles and externalises modules that
  // import astro:content): the Starlight site is made inside the project, where Node finds the
  // project's node_modules by walking up, and gets its own caches in its own node_modules.
  const inProject = site === 'starlight';
  const temp = makeTempDir(
    `four-islands-bench-${site}-${size}-`,
    inProject ? join(ROOT, '.bench', 'sites') : undefined,
  );
  const cold = newRun(site, 'cold', size, repetition, realArticles + size);
  const warm = newRun(site, 'warm', size, repetition, realArticles + size);
  try {
    const coldNames = runNames(site, size, repetition, 'cold');
    const coldDone = await attempt(cold, coldNames.label, async () => {
      for (const [file, text] of Object.entries(files)) {
        mkdirSync(dirname(join(temp.path, file)), { recursive: true });
        writeFileSync(join(temp.path, file), text);
      }
      if (!inProject) linkNodeModules(temp.path);
      cpSync(join(ROOT, 'content', 'articles'), join(temp.path, folder), { recursive: true });
      writeArticles(temp.path, folder, content.articles);
      await astroBuild(cold, coldNames.label, coldNames.log, temp.path);
    });
    if (coldDone) {
      const warmNames = runNames(site, size, repetition, 'warm');
      await attempt(warm, warmNames.label, async () => {
        editOneArticle(temp.path, folder, content.articles[0]?.slug ?? '');
        await astroBuild(warm, warmNames.label, warmNames.log, temp.path);
      });
    } else {
      warm.error = 'not run: the cold build failed';
    }
  } finally {
    temp.remove();
  }
  return [cold, warm];
}

/** The sizes at which an edit under the dev server is measured. */
const DEV_EDIT_SIZES = new Set([1000]);

async function buildAtScale(
  sizes: readonly number[],
  repeat: number,
  peers: boolean,
): Promise<{ builds: BuildRun[]; devEdits: DevEditRun[] }> {
  const { content, problems } = await validateContent({ root: ROOT, cache: false });
  if (problems.length > 0)
    throw new Error('the project’s own content does not pass the check: run npm run check');
  const real: RealIds = {
    islands: content.islands.map((entry) => entry.id),
    actors: content.actors.map((entry) => entry.id),
    events: content.events.map((entry) => entry.id),
    sources: content.sources.map((entry) => entry.id),
  };
  const realArticles = content.articles.length;
  const realEntries =
    realArticles +
    content.islands.length +
    content.actors.length +
    content.events.length +
    content.quotes.length +
    content.sources.length +
    content.claims.length;
  const builds: BuildRun[] = [];
  const devEdits: DevEditRun[] = [];
  // The sites alternate, so that a machine that gets busier or quieter during the run affects
  // every side of each ratio alike.
  for (const size of sizes) {
    for (let repetition = 1; repetition <= repeat; repetition += 1) {
      const project = await buildProject(
        size,
        repetition,
        real,
        realEntries,
        realArticles,
        repetition === 1 && DEV_EDIT_SIZES.has(size),
      );
      builds.push(...project.runs);
      if (project.devEdit) devEdits.push(project.devEdit);
      if (!peers) continue;
      builds.push(...(await buildPeer('bare', size, repetition, real, realArticles)));
      builds.push(...(await buildPeer('starlight', size, repetition, real, realArticles)));
    }
  }
  return { builds, devEdits };
}

// ---------------------------------------------------------------------------------------------
// The run.

async function buildSite(): Promise<void> {
  progress('npm run build…');
  const step = await measureStep('site-build', 'npm', ['run', 'build'], ROOT);
  progress(`npm run build ${describeStep(step)}`);
  if (step.exitCode !== 0) throw new Error(`npm run build failed:\n${logTail('site-build')}`);
}

async function main(): Promise<number> {
  const cpus = os.cpus();
  const results: BenchResults = {
    startedAt: new Date().toISOString(),
    machine: {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model.trim() ?? 'unknown',
      memoryBytes: os.totalmem(),
      node: process.version,
      loadAverageAtStart: os.loadavg(),
    },
    options: {
      sizes: options.sizes,
      repeat: options.repeat,
      built: options.build,
      lighthouse: options.lighthouse,
    },
    pages: [],
    builds: [],
    devEdits: [],
    lighthouse: { status: 'skipped', reason: 'Not run: pass --lighthouse.', runs: [] },
  };
  progress(
    `options: ${JSON.stringify(results.options)}; memory from ${hasTime ? TIME + ' -v' : 'sampling /proc'}`,
  );

  const { base, site } = siteOptionsFromEnv(process.env);
  const dist = join(ROOT, 'dist');
  if (options.weight || options.lighthouse) {
    if (options.build) await buildSite();
    else if (!existsSync(join(dist, 'index.html')))
      throw new Error('no dist/ to reuse: run npm run build, or drop --no-build');
    else progress('reusing dist/ (--no-build)');
    const builtPaths = builtPagePaths(filesUnder(dist).filter((file) => file.endsWith('.html')));
    const server = await startServer(base);
    try {
      progress(`serving dist/ at ${server.origin}`);
      if (options.weight) {
        results.pages = await weighPages(server.origin, base, builtPaths);
        results.htmlAudit = auditBuiltFiles(dist, [
          new URL(site).host,
          new URL(server.origin).host,
        ]);
        progress(
          `built files: ${results.htmlAudit.htmlFiles} HTML files, ${results.htmlAudit.images} images, ${results.htmlAudit.imageProblems.length} image problems, ${results.htmlAudit.externalFonts.length} external font references`,
        );
      }
      if (options.lighthouse)
        results.lighthouse = await runLighthouse(server.origin, base, builtPaths);
    } finally {
      server.stop();
    }
  }

  if (options.scale) {
    const scale = await buildAtScale(options.sizes, options.repeat, options.peers);
    results.builds = scale.builds;
    results.devEdits = scale.devEdits;
  }

  results.machine.loadAverageAtEnd = os.loadavg();
  const budgets = evaluateBudgets({
    pages: results.pages,
    htmlAudit: results.htmlAudit,
    builds: results.builds,
    devEdits: results.devEdits,
  });
  const jsonPath = resolve(ROOT, options.jsonPath);
  mkdirSync(dirname(jsonPath), { recursive: true });
  writeFileSync(jsonPath, `${JSON.stringify({ ...results, budgets }, null, 2)}\n`);
  process.stdout.write(renderReport(results, budgets));
  progress(`results written to ${relative(process.cwd(), jsonPath) || jsonPath}`);

  let exitCode = 0;
  const failedBuilds = results.builds.filter((run) => run.error !== undefined);
  if (failedBuilds.length > 0) {
    console.error(
      `A build failed: ${failedBuilds.map((run) => `${siteName(run.site)} N=${run.syntheticArticles} ${run.phase}`).join(', ')} (logs in ${relative(ROOT, LOG_DIR)}/).`,
    );
    exitCode = 1;
  }
  if (options.check) {
    const missed = missedBudgets(budgets);
    if (missed.length > 0) {
      console.error(`\n${missed.length} budget${missed.length === 1 ? '' : 's'} missed:`);
      for (const entry of missed) {
        const measured =
          entry.actual === undefined ? '?' : formatBudgetValue(entry.budget, entry.actual);
        console.error(
          `- ${entry.budget.what}: ${measured}, limit ${formatBudgetValue(entry.budget, entry.budget.limit)} (${entry.detail})`,
        );
      }
      exitCode = 1;
    } else {
      console.error('\nEvery measured budget holds.');
    }
  }
  return exitCode;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  cleanUp();
}
process.exit(exitCode);

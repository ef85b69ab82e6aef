import { createHash } from 'node:crypto';
import { threadId } from 'node:worker_threads';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { MarkdownHeading } from '@astrojs/markdown-remark';
import { filesUnder } from '../content/check-cache.ts';
import type { BodyScan } from './remark-collect-scan.ts';

/** One article body as the renderer made it: the page's HTML, its headings and what the check needs. */
export interface RenderedBody {
  html: string;
  headings: MarkdownHeading[];
  scan: BodyScan;
}

/** Where rendered articles are kept between runs (inside node_modules: never committed). */
export const RENDER_CACHE_DIR = 'node_modules/.cache/four-islands/articles';

/**
 * What a rendered article depends on besides its own body: the code that renders it (src/lib,
 * src/schemas and the locked libraries), the fact file (names, quotes and which ids exist), the
 * list of articles (article links) and the base path. Raise RENDER_FORMAT when RenderedBody changes.
 */
const RENDER_FORMAT = '1';
const CODE_INPUTS = [
  'src/lib',
  'src/schemas',
  // The words the renderer adds in each language (quote blocks, the notes' heading, back-links).
  'src/i18n',
  'src/data/articles.ts',
  'astro.config.mjs',
  'package-lock.json',
];

/**
 * A cheap stand-in for the code part of the version: the names and modification times of the
 * pipeline's code files. The dev server uses it to tell whether the processor it kept is still the
 * one the code describes, without reading every file.
 */
export function codeStamp(root: string): string {
  return CODE_INPUTS.flatMap((input) => filesUnder(join(root, input)))
    .map((file) => `${file}:${statSync(file).mtimeMs}`)
    .join('|');
}

/** The part of every key that is the same for all articles of one build. */
export function renderVersion(root: string, base: string, contentDir = 'content'): string {
  const hash = createHash('sha256').update(RENDER_FORMAT).update('\0').update(base).update('\0');
  for (const file of [
    ...CODE_INPUTS.flatMap((input) => filesUnder(join(root, input))),
    ...filesUnder(join(root, contentDir, 'facts')),
  ]) {
    hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0');
  }
  const articles = join(root, contentDir, 'articles');
  if (existsSync(articles)) hash.update(readdirSync(articles).sort().join('\n'));
  return hash.digest('hex');
}

/**
 * What a render depends on besides the code, the facts and the body: the deployment base, and the
 * language the article is rendered for (its links and quote blocks differ by language).
 */
export function renderScope(base: string, locale: string): string {
  return locale === 'en' ? base : `${base}|${locale}`;
}

/** The key of one body under one version. */
export function renderKey(version: string, body: string): string {
  return createHash('sha256').update(version).update('\0').update(body).digest('hex');
}

/** A disk cache of rendered bodies, one small JSON file per key. */
export interface RenderCache {
  get(key: string): RenderedBody | undefined;
  /** Whether an entry is there, without reading it or marking it used. */
  has(key: string): boolean;
  set(key: string, rendered: RenderedBody): void;
  /**
   * Deletes every entry but those in `keep` and those used or written in the last `graceMs`, and
   * returns how many went. Every change to a fact file or to the code is a new version, so without
   * this each edit would leave a full set of renders behind.
   */
  prune(keep: ReadonlySet<string>, graceMs?: number): number;
  /** Waits for the entries `set` is still writing (a cache made with `background`). */
  flush(): Promise<void>;
}

/** Entries younger than this survive a prune: another project copy sharing node_modules may be using them. */
export const PRUNE_GRACE_MS = 60 * 60 * 1000;

/**
 * `background`: `set` writes on Node's I/O threads while the caller renders the next article, and
 * `flush` waits for them (written one by one, they were a sixth of a check's time).
 */
export function diskRenderCache(root: string, { background = false } = {}): RenderCache {
  const dir = join(root, RENDER_CACHE_DIR);
  const fileOf = (key: string) => join(dir, key.slice(0, 2), `${key}.json`);
  const folders = new Map<string, Promise<unknown>>();
  const writing: Promise<void>[] = [];
  const queued = new Set<string>();
  // Named by process and thread: the build's and the check's second threads write here too.
  const partialOf = (file: string) => `${file}.${process.pid}.${threadId}.tmp`;
  const writeLater = async (file: string, text: string) => {
    const folder = dirname(file);
    let made = folders.get(folder);
    if (!made) {
      made = mkdir(folder, { recursive: true });
      folders.set(folder, made);
    }
    try {
      await made;
      const partial = partialOf(file);
      await writeFile(partial, text);
      await rename(partial, file);
    } catch {
      // A read-only node_modules only costs a later run the render.
    }
  };
  return {
    get(key) {
      try {
        const rendered = JSON.parse(readFileSync(fileOf(key), 'utf8')) as RenderedBody;
        // Marked as used, so that a prune in the next hour leaves it alone.
        const now = new Date();
        utimesSync(fileOf(key), now, now);
        return rendered;
      } catch {
        return undefined;
      }
    },
    has(key) {
      return existsSync(fileOf(key));
    },
    prune(keep, graceMs = PRUNE_GRACE_MS) {
      const cutoff = Date.now() - graceMs;
      let removed = 0;
      for (const file of filesUnder(dir)) {
        const key = basename(file, '.json');
        if (keep.has(key)) continue;
        try {
          if (statSync(file).mtimeMs >= cutoff) continue;
          rmSync(file, { force: true });
          removed += 1;
        } catch {
          // Gone already (another run pruned it), or read-only: nothing to do.
        }
      }
      return removed;
    },
    set(key, rendered) {
      const file = fileOf(key);
      const text = JSON.stringify(rendered);
      if (background) {
        // The same body twice (two articles alike) is written once.
        if (!queued.has(key)) writing.push(writeLater(file, text));
        queued.add(key);
        return;
      }
      try {
        mkdirSync(dirname(file), { recursive: true });
        // Written whole, then renamed: a reader never sees half a file.
        const partial = partialOf(file);
        writeFileSync(partial, text);
        renameSync(partial, file);
      } catch {
        // A read-only node_modules only costs a later run the render.
      }
    },
    async flush() {
      await Promise.all(writing.splice(0));
    },
  };
}

// The rendered-article cache that makes a rebuild after one edit cheap: each article's HTML and
// headings are kept on disk, one small file per article, under a key made of everything the HTML
// depends on. Nothing is held in memory (keeping every article's HTML is what the project's loader
// avoids, src/lib/content/article-loader.ts), and an entry whose key differs is never served.
import { createHash } from 'node:crypto';
import { globSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Where the rendered articles are kept (inside node_modules: never committed). */
export const ARTICLE_CACHE_DIR = 'node_modules/.cache/four-islands/articles';

/** Bump when the shape of a cache file changes. */
const FORMAT = 1;

/**
 * The code an article's HTML depends on, relative to the project root: the Markdown processor and
 * everything it imports (fact links, routes, dates, the fact lookup and the schemas it validates
 * with), the module that calls it, the configuration that passes its settings, and the locked
 * versions of unified, remark-gfm and the rest. Whole folders, so that a module added to the
 * pipeline cannot be forgotten here; a change anywhere in them costs one cold render, never a
 * stale page.
 */
export const RENDER_CODE_INPUTS = [
  'src/lib/**/*.ts',
  'src/schemas/**/*.ts',
  'src/data/articles.ts',
  'astro.config.mjs',
  'package-lock.json',
] as const;

/** The facts fact links and quote blocks render names, dates and quotes from. */
export const RENDER_FACT_INPUTS = ['content/facts/**/*'] as const;

const sha256 = () => createHash('sha256');

/** The files the patterns match under `root`, sorted, as `/`-separated relative paths. */
export function matchedFiles(root: string, patterns: readonly string[]): string[] {
  const files = new Set<string>();
  for (const pattern of patterns) {
    for (const entry of globSync(pattern, { cwd: root, withFileTypes: true })) {
      if (entry.isFile())
        files.add(relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
    }
  }
  return [...files].sort();
}

/** A hash of the names and bytes of every file the patterns match. */
export function hashFiles(root: string, patterns: readonly string[]): string {
  const hash = sha256();
  for (const file of matchedFiles(root, patterns))
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(root, file)))
      .update('\0');
  return hash.digest('hex');
}

/** Everything an article's rendered HTML depends on. */
export interface RenderKeyInputs {
  /** The article file's whole text (the body, and the frontmatter the processor is given). */
  text: string;
  /** `hashFiles(root, RENDER_CODE_INPUTS)`. */
  code: string;
  /** `hashFiles(root, RENDER_FACT_INPUTS)`. */
  facts: string;
  /** The slugs of every article: a fact link to an article renders as a link only if it exists. */
  articles: readonly string[];
  /** The site's base path, which every fact link's address starts with. */
  base: string;
}

/** The cache key: a change to any input gives another key. */
export function renderKey(inputs: RenderKeyInputs): string {
  const hash = sha256();
  const part = (name: string, value: string) =>
    hash.update(name).update('\0').update(value).update('\0');
  part('format', String(FORMAT));
  part('code', inputs.code);
  part('facts', inputs.facts);
  part('articles', [...inputs.articles].sort().join('\n'));
  part('base', inputs.base);
  part('text', inputs.text);
  return hash.digest('hex');
}

/** A rendered article as the cache keeps it. */
export interface CachedRender<T> {
  key: string;
  value: T;
}

/** The cache file of one article (ids are file names, so they are safe as file names). */
export const cacheFile = (dir: string, id: string) => join(dir, `${id}.json`);

/** The article's cached render if it was made under exactly this key, else undefined. */
export function readCached<T>(dir: string, id: string, key: string): T | undefined {
  try {
    const saved = JSON.parse(readFileSync(cacheFile(dir, id), 'utf8')) as CachedRender<T>;
    return saved.key === key ? saved.value : undefined;
  } catch {
    // Missing, unreadable or cut short: render again.
    return undefined;
  }
}

/**
 * Keeps an article's render under its key, replacing the article's previous one. Written to a
 * temporary file and renamed, so a reader never sees half a file; a cache that cannot be written
 * only costs the next build a render.
 */
export function writeCached<T>(dir: string, id: string, key: string, value: T): void {
  const file = cacheFile(dir, id);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temporary, JSON.stringify({ key, value } satisfies CachedRender<T>));
    renameSync(temporary, file);
  } catch {
    // A read-only node_modules: nothing is cached.
  }
}

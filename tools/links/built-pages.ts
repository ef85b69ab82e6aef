import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** One HTML page the build wrote to dist/. */
export interface BuiltPage {
  /** The file, relative to dist/ and with `/` separators: `islands/etorofu/index.html`. */
  file: string;
  /**
   * The URL path the page is served at, relative to the deployment base and without a leading
   * slash: `islands/etorofu/` for a directory page, `''` for the home page, `404.html` for a page
   * that is a file of its own. Append it to the base (or to a baseURL that ends in the base).
   */
  path: string;
}

/**
 * The URL path a built HTML file is served at: a directory's `index.html` is served at the
 * directory with its trailing slash (the site's routes all end in one), any other file at its own
 * name.
 */
export function pagePathOf(relativeFile: string): string {
  const file = relativeFile.split(sep).join('/').replace(/^\/+/, '');
  if (file === 'index.html') return '';
  if (file.endsWith('/index.html')) return file.slice(0, -'index.html'.length);
  return file;
}

/** Every file under `dir` whose name ends in `extension`, relative and `/`-separated, sorted. */
export function listFiles(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * Every HTML page in a built site, found by walking the folder rather than listing routes, so the
 * checks cover whatever pages the build produced (404.html included).
 */
export function listBuiltPages(distDir: string): BuiltPage[] {
  return listFiles(distDir, '.html').map((file) => ({ file, path: pagePathOf(file) }));
}

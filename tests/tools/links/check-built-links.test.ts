import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkBuiltLinks } from '../../../tools/links/check-built-links.mjs';

const SCRIPT = fileURLToPath(
  new URL('../../../tools/links/check-built-links.mjs', import.meta.url),
);

function page(body: string): string {
  return `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;
}

/** Writes a tiny built site whose root-relative links all start with `base`. */
function writeSite(dist: string, base: string): void {
  const files: Record<string, string> = {
    'index.html': page(
      `<a href="#main">skip</a><main id="main">` +
        `<a href="${base}timeline/">timeline</a> <a href="${base}about/">about</a> ` +
        `<a href="${base}missing/">gone</a> <a href="https://example.org/far">far</a></main>`,
    ),
    'timeline/index.html': page(`<h2 id="event-real">real</h2><a href="${base}">home</a>`),
    // Linked only after /timeline/ has been fetched from the home page: the fragment race case.
    'about/index.html': page(
      `<a href="${base}timeline/#event-real">ok</a> <a href="${base}timeline/#event-gone">gone</a> ` +
        `<a href="#nowhere">self</a> <a href="${base}timeline">no slash</a>`,
    ),
    // Linked from nowhere: still checked because every file in dist/ is a start point.
    'orphan/index.html': page(`<img src="${base}missing.png" alt="x">`),
    '404.html': page(`<a href="${base}">home</a>`),
  };
  for (const [file, html] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), html);
  }
}

let dist: string;
beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'four-islands-dist-'));
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('checkBuiltLinks', () => {
  it('reports broken links and fragments with the page each is on', async () => {
    writeSite(dist, '/');
    const { broken, pageCount, external } = await checkBuiltLinks({ distDir: dist, base: '/' });
    const found = broken.map((link) => `${link.page} → ${link.link}: ${link.reason}`).sort();
    expect(found).toEqual([
      '/ → /missing/: HTTP 404',
      '/about/ → /about/#nowhere: no element with id "nowhere" on the target page',
      '/about/ → /timeline/#event-gone: no element with id "event-gone" on the target page',
      expect.stringMatching(/^\/about\/ → \/timeline: HTTP 301 redirect to \/timeline\/: /),
      '/orphan/ → /missing.png: HTTP 404',
    ]);
    expect(pageCount).toBe(5);
    expect([...external.keys()]).toEqual(['https://example.org/far']);
    expect([...(external.get('https://example.org/far') ?? [])]).toEqual(['/']);
  });

  it('serves the site under BASE_PATH, so links carrying the base resolve', async () => {
    writeSite(dist, '/four-islands/');
    const { broken } = await checkBuiltLinks({ distDir: dist, base: '/four-islands' });
    expect(broken.map((link) => link.link).sort()).toEqual([
      '/four-islands/about/#nowhere',
      '/four-islands/missing.png',
      '/four-islands/missing/',
      '/four-islands/timeline',
      '/four-islands/timeline/#event-gone',
    ]);
  });

  it('checks links to the public origin (canonical URLs) against the local build', async () => {
    writeFileSync(
      join(dist, 'index.html'),
      page(
        '<link rel="canonical" href="https://islands.example/sub/">' +
          '<a href="https://islands.example/sub/gone/">gone</a>',
      ),
    );
    const { broken, external } = await checkBuiltLinks({
      distDir: dist,
      base: '/sub/',
      siteUrl: 'https://islands.example',
    });
    expect(broken.map((link) => link.link)).toEqual(['/sub/gone/']);
    expect(external.size).toBe(0);
  });

  it('finds nothing wrong with a clean site', async () => {
    writeFileSync(join(dist, 'index.html'), page('<a href="/#top" id="top">top</a>'));
    const { broken } = await checkBuiltLinks({ distDir: dist });
    expect(broken).toEqual([]);
  });
});

describe('the links:built command', () => {
  it('prints each broken link under its page and exits 1', () => {
    writeSite(dist, '/');
    const run = spawnSync(process.execPath, [SCRIPT, dist], {
      encoding: 'utf8',
      env: { ...process.env, BASE_PATH: '', SITE_URL: '' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('on /about/\n');
    expect(run.stderr).toContain('/timeline/#event-gone  no element with id "event-gone"');
    expect(run.stderr).toMatch(/5 broken internal links on 3 of 5 built files\./);
  });

  it('exits 0 and says so when every link works', () => {
    writeFileSync(join(dist, 'index.html'), page('<a href="/">home</a>'));
    const run = spawnSync(process.execPath, [SCRIPT, dist], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('No broken internal links in 1 built files.');
  });
});

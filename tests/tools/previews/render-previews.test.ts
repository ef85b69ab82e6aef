import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const script = join(repo, 'tools/previews/render-previews.ts');

let project = '';
afterEach(() => rmSync(project, { recursive: true, force: true }));

/** A project folder as the step runs in: the islands' names, and a site folder being built. */
function newProject(): { site: string; cache: string } {
  project = mkdtempSync(join(tmpdir(), 'previews-'));
  mkdirSync(join(project, 'content/facts'), { recursive: true });
  copyFileSync(
    join(repo, 'content/facts/islands.yaml'),
    join(project, 'content/facts/islands.yaml'),
  );
  const site = join(project, 'site');
  mkdirSync(site);
  return { site, cache: join(project, 'node_modules/.cache/four-islands/previews') };
}

const write = (site: string, file: string, text: string) => {
  mkdirSync(dirname(join(site, file)), { recursive: true });
  writeFileSync(join(site, file), text);
};

const MAP = `<svg class="map-svg" viewBox="0 0 100 80"><path class="map-svg__land" d="M0 0L90 0 90 70Z"></path><a class="map-svg__island is-focus" href="/islands/shikotan/"><path class="map-svg__island-shape" d="M40 40L50 40 50 50Z"></path></a></svg>`;
// The home page's map has no island picked out; the fallback map is the same.
const HOME_MAP = MAP.replace(' is-focus', '');
const FALLBACK = JSON.stringify({
  width: 100,
  height: 80,
  land: ['M0 0L90 0 90 70Z'],
  islands: [{ d: 'M40 40L50 40 50 50Z', focus: false }],
});

const page = (title: string, path: string, body = '') =>
  `<!doctype html><html lang="en"><head><meta property="og:title" content="${title}">` +
  `<meta property="og:description" content="About ${title}.">` +
  `<meta property="og:url" content="https://example.org${path}">` +
  `<meta property="og:image" content="https://example.org/og${path}.png"></head>` +
  `<body><main><p class="eyebrow">Page</p><h1>${title}</h1>${body}</main></body></html>`;

const cards = (cache: string) =>
  existsSync(cache) ? readdirSync(cache).filter((name) => name.endsWith('.png')) : [];

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

const finalStep = (site: string) =>
  spawnSync(process.execPath, [script, site], { cwd: project, encoding: 'utf8' });

describe('the preview step', () => {
  it('draws finished pages’ cards beside the build, and the step after it only copies them', async () => {
    const { site, cache } = newProject();
    // A page an earlier build left in the folder is not this build's.
    write(site, 'data/index.html', page('Data', '/data/', MAP));
    await new Promise((done) => setTimeout(done, 200));
    const follower = spawn(process.execPath, [script, '--follow', site], {
      cwd: project,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((done) => follower.once('exit', done));
    // Pages count from the moment it says it follows.
    await new Promise((done) => follower.stdout.once('data', done));
    // A page with its own map is drawn at once; one without waits for the fallback map.
    write(site, 'islands/shikotan/index.html', page('Shikotan', '/islands/shikotan/', MAP));
    write(site, 'about/index.html', page('About', '/about/'));
    await until(() => cards(cache).length === 1, 'the first card');
    write(site, 'og/fallback-map.json', FALLBACK);
    await until(() => cards(cache).length === 2, 'the card that needs the fallback map');
    // A page Astro is still writing is left until it is whole.
    const whole = page('Sources', '/sources/');
    write(site, 'sources/index.html', whole.slice(0, 200));
    write(site, '404.html', '<!doctype html><html><head></head><body></body></html>');
    await new Promise((done) => setTimeout(done, 600));
    expect(cards(cache)).toHaveLength(2);
    write(site, 'sources/index.html', whole);
    await until(() => cards(cache).length === 3, 'the card of the page once written');
    write(site, 'data/index.html', page('Data again', '/data/', MAP));
    await until(() => cards(cache).length === 4, 'the card of the page written again');
    // Nothing but the cache: the follower writes nothing into the site.
    expect(existsSync(join(site, 'og/about.png'))).toBe(false);
    // Closing its input stops it.
    follower.stdin.end();
    expect(await exited).toBe(0);

    write(site, 'index.html', page('Home', '/', HOME_MAP));
    const result = finalStep(site);
    expect(result.stderr).not.toContain('Preview image for');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('5 cards');
    // The home page was new; the four others came from the cache unchanged.
    expect(cards(cache)).toHaveLength(5);
    for (const file of [
      'og/index.png',
      'og/about.png',
      'og/sources.png',
      'og/islands/shikotan.png',
    ])
      expect(readFileSync(join(site, file)).subarray(1, 4).toString()).toBe('PNG');
    // The fallback map was for this step only.
    expect(existsSync(join(site, 'og/fallback-map.json'))).toBe(false);
  }, 60_000);

  it('draws a card again when the fallback map changes, and only the cards that show it', () => {
    const { site, cache } = newProject();
    write(site, 'index.html', page('Home', '/', HOME_MAP));
    write(site, 'about/index.html', page('About', '/about/'));
    write(site, 'islands/shikotan/index.html', page('Shikotan', '/islands/shikotan/', MAP));
    write(site, 'og/fallback-map.json', FALLBACK);
    expect(finalStep(site).status).toBe(0);
    expect(cards(cache)).toHaveLength(3);
    const moved = (text: string) => text.replace('M0 0L90 0 90 70Z', 'M0 0L80 0 80 70Z');
    write(site, 'index.html', page('Home', '/', moved(HOME_MAP)));
    write(site, 'og/fallback-map.json', moved(FALLBACK));
    expect(finalStep(site).status).toBe(0);
    // The home page's and the about page's; the island page draws its own map.
    expect(cards(cache)).toHaveLength(5);
  }, 60_000);

  it('refuses a fallback map that is not the home page’s', () => {
    const { site } = newProject();
    write(
      site,
      'index.html',
      page('Home', '/', HOME_MAP.replace('M0 0L90 0 90 70Z', 'M1 1L2 1 2 2Z')),
    );
    write(site, 'og/fallback-map.json', FALLBACK);
    const result = finalStep(site);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('is not the map the home page draws');
  });

  it('says which file is missing when the build wrote no fallback map', () => {
    const { site } = newProject();
    write(site, 'index.html', page('Home', '/', HOME_MAP));
    const result = finalStep(site);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('the build wrote no /og/fallback-map.json');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

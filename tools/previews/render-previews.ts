// The build's preview-image step: after `astro build`, one 1200×630 PNG per page that announces
// one (`og:image`, set by BaseLayout), drawn from the page's own title, kind, description and
// map, with the machine's fonts. Renders are kept in node_modules/.cache by the card's content,
// so a rebuild renders only the cards that changed.
//
//   node tools/previews/render-previews.ts <built site folder>
//   node tools/previews/render-previews.ts --follow <folder astro build is writing>
//
// With --follow it runs beside `astro build` (tools/build.mjs starts it), at low priority on one
// thread: Astro writes its pages one at a time on one core, and the follower draws each finished
// page's card into the cache with the other, until its standard input closes (the build closes
// it when Astro is done; a build that dies closes it too) or it gets SIGTERM.
// It writes nothing into the site; the step after the build finds those cards in the cache and
// copies them, and draws the rest. The cache is keyed by what the card is drawn from, so a page
// read while Astro was still writing it can only cost a card the final step draws again.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { setPriority } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { parse } from 'yaml';
import {
  FALLBACK_MAP_PATH,
  previewPath,
  type PreviewCard,
  type PreviewMap,
} from '../../src/lib/preview/card.ts';
import { SITE } from '../../src/lib/site.ts';
import { listBuiltPages } from '../links/built-pages.ts';
import { createCardRaster } from './card-raster.ts';
import { islandOfPage, pagePreview, previewSource } from './page-preview.ts';

// The project it renders for: the folder it runs in (tools/build.mjs and the benchmark's copies
// run it at their root), whose content and node_modules cache it uses.
const root = process.cwd();
const cacheDir = join(root, 'node_modules', '.cache', 'four-islands', 'previews');
const CONCURRENCY = 4;

/** Whether the machine has a font for a language (fontconfig's own answer; false without it). */
function hasFontFor(lang: string): boolean {
  const result = spawnSync('fc-list', [`:lang=${lang}`, 'family'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim() !== '';
}

interface IslandNames {
  id: string;
  names: { japanese: { native: string }; russian: { native: string } };
}

/** The card's code: a change to how cards are drawn makes every cached card stale. */
const CODE_VERSION = createHash('sha256')
  .update(
    [
      'src/lib/preview/card.ts',
      'tools/previews/card-raster.ts',
      'tools/previews/page-preview.ts',
      'tools/previews/render-previews.ts',
    ]
      .map((file) => readFileSync(fileURLToPath(new URL(`../../${file}`, import.meta.url)), 'utf8'))
      .join('\0'),
  )
  .digest('hex');

/** Where the card made from these inputs is kept between builds. */
const cachePath = (inputs: unknown): string =>
  join(
    cacheDir,
    `${createHash('sha256').update(CODE_VERSION).update(JSON.stringify(inputs)).digest('hex').slice(0, 32)}.png`,
  );

const raster = createCardRaster();

async function render(card: PreviewCard, cached: string): Promise<Buffer> {
  const png = await raster.draw(card);
  mkdirSync(cacheDir, { recursive: true });
  // Written whole under another name first: a card is copied from the cache without being read,
  // so a file cut short by a stopped process must never carry a card's name.
  const partial = `${cached}.${process.pid}.partial`;
  writeFileSync(partial, png);
  renameSync(partial, cached);
  return png;
}

const { values: flags, positionals } = parseArgs({
  options: { follow: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const given = positionals[0];
// The follower may start before Astro has made the folder.
if (
  !given ||
  positionals.length !== 1 ||
  (!flags.follow && !existsSync(join(given, 'index.html')))
) {
  console.error(
    'Usage: node tools/previews/render-previews.ts <built site folder with index.html>\n' +
      '       node tools/previews/render-previews.ts --follow <folder astro build writes to>',
  );
  process.exit(1);
}
const site: string = given;

const scripts = { ja: hasFontFor('ja'), ru: hasFontFor('ru') };
const missing = Object.entries(scripts).flatMap(([lang, found]) => (found ? [] : [lang]));
if (missing.length > 0 && !flags.follow) {
  console.warn(
    `Preview images: no font for ${missing.join(' and ')} text on this machine, so the cards leave ` +
      'those names out (on Debian or Ubuntu: apt-get install fonts-ipafont-gothic fonts-dejavu-core).',
  );
}

const islands = parse(
  readFileSync(join(root, 'content/facts/islands.yaml'), 'utf8'),
) as IslandNames[];
/** Both native names, on an island's page in any language. */
const namesOf = (pagePath: string): PreviewCard['names'] => {
  const id = islandOfPage(pagePath);
  const island = islands.find((entry) => entry.id === id);
  if (!island) return undefined;
  return [
    ...(scripts.ja ? [{ text: island.names.japanese.native, lang: 'ja' as const }] : []),
    ...(scripts.ru ? [{ text: island.names.russian.native, lang: 'ru' as const }] : []),
  ];
};

/** The map a page without one of its own shows (the home page's), and a digest of it. */
interface FallbackMap {
  map: PreviewMap;
  digest: string;
}
const fallbackFrom = (json: string): FallbackMap => ({
  map: JSON.parse(json) as PreviewMap,
  digest: createHash('sha256').update(json).digest('hex'),
});
const fallbackFile = join(site, ...FALLBACK_MAP_PATH.split('/').filter(Boolean));
const HOME = 'index.html';

/** What a page's card is drawn from; the fallback map takes part only when the page has none. */
const cardKey = (html: string, pagePath: string, fallback: FallbackMap | undefined) => {
  const source = previewSource(html);
  return cachePath({
    source,
    names: namesOf(pagePath),
    fallbackMap: source.map === '' ? (fallback?.digest ?? 'none') : '',
  });
};

/** Draws a page's card into the cache unless it is there; returns the cached file. */
async function cacheCard(
  html: string,
  pagePath: string,
  fallback: FallbackMap | undefined,
): Promise<string> {
  const cached = cardKey(html, pagePath, fallback);
  if (!existsSync(cached)) {
    const page = pagePreview(html, fallback?.map ?? null);
    await render({ ...page, names: namesOf(pagePath), siteName: SITE.name }, cached);
  }
  return cached;
}

const announcesPreview = (html: string) => html.includes('property="og:image"');
/** A page file Astro has finished writing (it ends with the document's closing tag). */
const isWhole = (html: string) => html.trimEnd().endsWith('</html>');

/**
 * The pages written so far. Astro may make the folder after the follower starts, and empties an
 * existing one first (a walk can meet a folder being removed): those rounds see no pages.
 */
function pagesSoFar(): { file: string; path: string }[] {
  try {
    return listBuiltPages(site);
  } catch {
    return [];
  }
}

/**
 * Beside `astro build`: every finished page's card into the cache, until standard input closes or
 * SIGTERM. A page without a map of its own waits until the fallback map is written.
 */
async function follow(): Promise<void> {
  let stopping = false;
  const stop = () => (stopping = true);
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  process.stdin.once('end', stop).once('close', stop).once('error', stop).resume();
  // Astro's own work comes first: the follower only takes what the build leaves of the machine.
  setPriority(19);
  sharp.concurrency(1);
  const done = new Set<string>();
  // Pages that need the fallback map, read before it was written: not read again until it is.
  const waiting = new Set<string>();
  let fallback: FallbackMap | undefined;
  // Less a margin: the file system stamps files by a coarser clock, a few milliseconds behind.
  const startedAt = Date.now() - 50;
  // Pages written from now on are this build's (the test waits for this line).
  console.log('Preview images: drawing the cards of finished pages beside the build.');
  while (!stopping) {
    let drew = false;
    // Astro writes the file before the pages (a static route); it is complete once it parses.
    if (!fallback) {
      try {
        if (statSync(fallbackFile).mtimeMs >= startedAt)
          fallback = fallbackFrom(readFileSync(fallbackFile, 'utf8'));
      } catch {
        // Not written yet, or still being written: read again in the next round.
      }
    }
    for (const { file, path } of pagesSoFar()) {
      if (stopping) break;
      if (done.has(file) || (!fallback && waiting.has(file))) continue;
      let html: string;
      try {
        // A page left from an earlier build into the same folder is not this build's.
        if (statSync(join(site, file)).mtimeMs < startedAt) continue;
        html = readFileSync(join(site, file), 'utf8');
      } catch {
        continue; // Moved or removed meanwhile: the final step sees the site as it ends.
      }
      if (!isWhole(html)) continue;
      if (!announcesPreview(html)) {
        done.add(file);
        continue;
      }
      if (!fallback && previewSource(html).map === '') {
        waiting.add(file);
        continue;
      }
      await cacheCard(html, `/${path}`, fallback);
      done.add(file);
      drew = true;
    }
    if (!drew) await sleep(200);
  }
  process.stdin.destroy();
}

/** After the build: every page's card, from the cache when it is there, into the site. */
async function renderAll(): Promise<number> {
  // Every page the build wrote; the 404 page (a file of its own) names no preview and is skipped.
  const queue = listBuiltPages(site).map(({ file, path }): [string, string] => [
    join(site, file),
    `/${path}`,
  ]);
  if (!existsSync(fallbackFile))
    throw new Error(`the build wrote no ${FALLBACK_MAP_PATH} (src/pages/og/fallback-map.json.ts)`);
  const fallback = fallbackFrom(readFileSync(fallbackFile, 'utf8'));
  // Those cards show the home page's map: the file must be the map the home page draws.
  const homeMap = pagePreview(readFileSync(join(site, HOME), 'utf8'), null).map;
  if (!isDeepStrictEqual(homeMap, fallback.map))
    throw new Error(
      `${FALLBACK_MAP_PATH} is not the map the home page draws (src/pages/og/fallback-map.json.ts ` +
        'and the home page must draw the same view)',
    );
  let done = 0;
  async function worker(): Promise<void> {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [file, pagePath] = next;
      try {
        const html = readFileSync(file, 'utf8');
        if (!announcesPreview(html)) continue;
        const out = join(site, ...previewPath(pagePath).split('/').filter(Boolean));
        mkdirSync(dirname(out), { recursive: true });
        copyFileSync(await cacheCard(html, pagePath, fallback), out);
        done += 1;
      } catch (error) {
        throw new Error(
          `Preview image for ${pagePath}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  // It was written for this step only; the site does not publish it.
  rmSync(fallbackFile);
  return done;
}

try {
  if (flags.follow) await follow();
  else console.log(`Preview images: ${await renderAll()} cards, 1200×630.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

// The build's preview-image step: after `astro build`, one 1200×630 PNG per page that announces
// one (`og:image`, set by BaseLayout), drawn from the page's own title, kind, description and
// map, with the machine's fonts. Renders are kept in node_modules/.cache by the card's content,
// so a rebuild renders only the cards that changed.
//
//   node tools/previews/render-previews.ts <built site folder>
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { parse } from 'yaml';
import { previewCardSvg, previewPath, type PreviewCard } from '../../src/lib/preview/card.ts';
import { SITE } from '../../src/lib/site.ts';
import { listBuiltPages } from '../links/built-pages.ts';
import { pagePreview, previewSource } from './page-preview.ts';

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

async function render(svg: string, cached: string): Promise<Buffer> {
  // zlib level 1: the card's flat colours compress well enough, and it renders a third faster.
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 1 }).toBuffer();
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, png);
  return png;
}

const site = process.argv[2];
if (!site || !existsSync(join(site, 'index.html'))) {
  console.error(
    'Usage: node tools/previews/render-previews.ts <built site folder with index.html>',
  );
  process.exit(1);
}

const scripts = { ja: hasFontFor('ja'), ru: hasFontFor('ru') };
const missing = Object.entries(scripts).flatMap(([lang, found]) => (found ? [] : [lang]));
if (missing.length > 0) {
  console.warn(
    `Preview images: no font for ${missing.join(' and ')} text on this machine, so the cards leave ` +
      'those names out (on Debian or Ubuntu: apt-get install fonts-ipafont-gothic fonts-dejavu-core).',
  );
}

const islands = parse(
  readFileSync(join(root, 'content/facts/islands.yaml'), 'utf8'),
) as IslandNames[];
const namesOf = (pagePath: string): PreviewCard['names'] => {
  const island = islands.find((entry) => pagePath === `/islands/${entry.id}/`);
  if (!island) return undefined;
  return [
    ...(scripts.ja ? [{ text: island.names.japanese.native, lang: 'ja' as const }] : []),
    ...(scripts.ru ? [{ text: island.names.russian.native, lang: 'ru' as const }] : []),
  ];
};

// Every page the build wrote; the 404 page (a file of its own) names no preview and is skipped below.
const pages: [string, string][] = listBuiltPages(site).map(({ file, path }) => [
  join(site, file),
  `/${path}`,
]);
const homeHtml = readFileSync(join(site, 'index.html'), 'utf8');
const homeMap = pagePreview(homeHtml, null).map;
const homeSource = previewSource(homeHtml).map;
const queue = [...pages];
let done = 0;
async function worker(): Promise<void> {
  for (let next = queue.shift(); next; next = queue.shift()) {
    const [file, pagePath] = next;
    try {
      const html = readFileSync(file, 'utf8');
      // Only pages that name a preview get one (not the 404).
      if (!html.includes('property="og:image"')) continue;
      const names = namesOf(pagePath);
      // A page whose pieces are unchanged keeps its card without being parsed or drawn again.
      const cached = cachePath({ source: previewSource(html), names, homeMap: homeSource });
      const out = join(site, ...previewPath(pagePath).split('/').filter(Boolean));
      mkdirSync(dirname(out), { recursive: true });
      if (existsSync(cached)) {
        copyFileSync(cached, out);
      } else {
        const page = pagePreview(html, homeMap);
        const svg = previewCardSvg({ ...page, names, siteName: SITE.name });
        writeFileSync(out, await render(svg, cached));
      }
      done += 1;
    } catch (error) {
      throw new Error(
        `Preview image for ${pagePath}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}
try {
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
console.log(`Preview images: ${done} cards, 1200×630.`);

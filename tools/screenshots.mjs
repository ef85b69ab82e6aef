// Takes Chromium screenshots of built pages at phone and desktop widths, in light and dark, for a
// person to look at: `npm run build && node tools/screenshots.mjs / /islands/etorofu/`.
// Writes PNGs to .cache/screenshots/ (or SCREENSHOT_DIR) and prints their paths.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, INSTALL_HINT, resolveChromium } from './lib/chromium.mjs';
import { findFreePort } from './lib/free-port.mjs';

const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/'];
const outDir = process.env.SCREENSHOT_DIR ?? '.cache/screenshots';
const widths = (process.env.WIDTHS ?? '390,1280').split(',').map(Number);
const schemes = (process.env.SCHEMES ?? 'light,dark').split(',');
const fullPage = process.env.FULL_PAGE !== '0';
// NO_JS=1 shows what a reader without JavaScript sees (the static maps, the plain citation).
const javaScriptEnabled = process.env.NO_JS !== '1';

const executablePath = resolveChromium();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
const port = await findFreePort();
const server = spawn('node', ['tools/serve.mjs'], {
  env: { ...process.env, PORT: String(port), ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: 'ignore',
});
const origin = `http://localhost:${port}`;
for (let attempt = 0; attempt < 100; attempt += 1) {
  try {
    await fetch(origin);
    break;
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  for (const path of paths) {
    for (const width of widths) {
      for (const scheme of schemes) {
        const page = await browser.newPage({
          viewport: { width, height: 900 },
          colorScheme: scheme,
          javaScriptEnabled,
        });
        await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
        if (process.env.SCROLL)
          await page.evaluate((y) => window.scrollTo(0, Number(y)), process.env.SCROLL);
        await page.waitForTimeout(Number(process.env.WAIT ?? 300));
        const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}-${scheme}${javaScriptEnabled ? '' : '-nojs'}.png`;
        await page.screenshot({ path: `${outDir}/${name}`, fullPage });
        console.log(`${outDir}/${name}`);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  server.kill();
}

// Runs the Playwright suite against the built site in dist/: finds Chromium (one line and exit 1
// when there is none), picks a free port for the preview server, then hands over to Playwright.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { INSTALL_HINT, resolveChromium } from './lib/chromium.mjs';
import { findFreePort } from './lib/free-port.mjs';

let chromium;
try {
  chromium = resolveChromium();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
if (!chromium) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
if (!existsSync('dist/index.html')) {
  console.error('No built site in dist/: run `npm run build` before the end-to-end tests.');
  process.exit(1);
}

const port = process.env.E2E_PORT ?? String(await findFreePort());
const child = spawn('playwright', ['test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium, E2E_PORT: port },
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

// Finds the Chromium the end-to-end tests drive. The tests never download a browser: they use
// CHROMIUM_PATH when set, else Debian's /usr/bin/chromium.
import { accessSync, constants } from 'node:fs';

export const INSTALL_HINT =
  'No Chromium found: install one with `apt-get install chromium` (Debian/Ubuntu) or ' +
  '`npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome executable.';

/** Returns the first executable among CHROMIUM_PATH and the usual system paths, or undefined. */
export function resolveChromium(env = process.env) {
  const candidates = [env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      if (candidate === env.CHROMIUM_PATH) {
        throw new Error(`CHROMIUM_PATH is set to "${candidate}", which is not an executable file.`);
      }
    }
  }
  return undefined;
}

/** Flags for a headless Chromium on a machine without a sandbox, GPU or open network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

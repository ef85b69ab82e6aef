import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './tools/lib/chromium.mjs';
import { normalizeBase } from './src/lib/site-options.ts';

// tools/run-e2e.mjs sets these; running `playwright test` directly uses the same defaults.
const port = Number(process.env.E2E_PORT ?? 4329);
const base = normalizeBase(process.env.BASE_PATH);
const origin = `http://localhost:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list'], ['github']] : 'list',
  timeout: 30_000,
  use: {
    baseURL: `${origin}${base}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
    trace: 'off',
  },
  webServer: {
    command: 'node tools/serve.mjs',
    env: { PORT: String(port), HOST: 'localhost', ASTRO_TELEMETRY_DISABLED: '1' },
    url: `${origin}${base}`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});

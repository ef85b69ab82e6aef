import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../tools/lib/free-port.mjs';
import { PROJECT, projectCopy } from '../support/project-copy.ts';

const ARTICLE = 'content/articles/an-example.md';

// The unknown fact link is on line 15 of the file (line 4 of the body).
const BROKEN_ARTICLE = `---
title: An example article
description: A short article used by the tests.
published: 2026-11-27
islands: [etorofu]
actors: [putin]
events: [nagato-summit-2016]
sources: [example-news]
tags: [example]
---

## A section

Some text about [Etorofu](island:etorofu).[^1]
And about [Atlantis](island:atlantis).

[^1]: [An example report](source:example-news)
`;

interface OverlayError {
  name: string;
  message: string;
  stack: string;
  loc?: { file: string; line: number; column: number };
}

let root = '';
let origin = '';
let server: ChildProcess | undefined;
let output = '';
let socket: WebSocket | undefined;
const errors: OverlayError[] = [];

/** Waits for `test` to hold, polling, for at most `ms`. */
async function until<T>(
  what: string,
  ms: number,
  test: () => T | Promise<T>,
): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      const value = await test();
      if (value) return value;
    } catch {
      // not yet
    }
    if (Date.now() > end)
      throw new Error(`Timed out waiting for ${what}. Server output:\n${output.slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The environment an editor's shell has: without Vitest's variables (NODE_ENV=test among them). */
function devEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(VITEST|NODE_ENV$|TEST$|FORCE_COLOR$)/.test(name)) env[name] = value;
  }
  return env;
}

beforeAll(async () => {
  root = projectCopy('dev').root;
  writeFileSync(join(root, ARTICLE), BROKEN_ARTICLE);

  const port = (await findFreePort()) as number;
  origin = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    [
      join(PROJECT, 'node_modules', 'astro', 'bin', 'astro.mjs'),
      'dev',
      '--root',
      root,
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
    ],
    {
      cwd: root,
      env: devEnv(),
    },
  );
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  await until('the dev server', 120_000, () => output.includes('watching for file changes'));
  // Astro's overlay gets its errors over Vite's HMR socket, as the browser would.
  const client = await until('the HMR client', 60_000, async () =>
    (await fetch(`${origin}/@vite/client`, { signal: AbortSignal.timeout(30_000) })).text(),
  );
  const token = /const wsToken = "([^"]*)"/.exec(client)?.[1] ?? '';
  socket = new WebSocket(`ws://127.0.0.1:${port}/?token=${token}`, 'vite-hmr');
  socket.addEventListener('message', (event) => {
    const payload = JSON.parse(String(event.data)) as { type: string; err?: OverlayError };
    if (payload.type === 'error' && payload.err) errors.push(payload.err);
  });
  await until('the HMR socket', 10_000, () => socket?.readyState === WebSocket.OPEN);
}, 200_000);

afterAll(() => {
  socket?.close();
  if (server?.pid) server.kill('SIGTERM');
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('astro dev, on an article with an unknown fact link', () => {
  it('shows the check’s message at the file’s line in the error overlay, with no stack trace', async () => {
    // The first page the dev server renders waits for Vite to bundle the dependencies.
    const response = await fetch(`${origin}/articles/an-example/`, {
      signal: AbortSignal.timeout(90_000),
    });
    expect(response.status, output.slice(-4000)).toBe(500);
    const error = await until('the overlay error', 15_000, () =>
      errors.find((err) => err.message.includes('atlantis')),
    );
    // The overlay renders the message as HTML, so its quotes arrive escaped.
    expect(error.message).toMatch(
      /content\/articles\/an-example\.md:15:\d+ {2}.*unknown island .*atlantis/,
    );
    expect(error.loc?.file).toBe(join(root, ARTICLE));
    expect(error.loc?.line).toBe(15);
    expect(error.stack).toBe('');
    expect(error.message).not.toMatch(/\n\s+at /);
    // The terminal says the same, without a stack trace.
    await until('the terminal message', 5_000, () => output.includes('an-example.md:15:'));
    expect(output).not.toContain('Stack trace');
  }, 120_000);
});

describe('astro dev, on save', () => {
  it('runs the check again and shows a YAML error with its line in the overlay', async () => {
    const actors = join(root, 'content', 'facts', 'actors.yaml');
    const good = readFileSync(actors, 'utf8');
    writeFileSync(actors, `${good}\n- id: broken\n  name: a: b\n`);
    const lines = `${good}\n`.split('\n').length;
    const error = await until('the YAML error', 20_000, () =>
      errors.find((err) => err.message.includes('(YAML syntax)')),
    );
    expect(error.message).toContain(`content/facts/actors.yaml:${lines + 1}:`);
    expect(error.stack).toBe('');
    writeFileSync(actors, good);
  }, 30_000);

  it('survives a save that briefly empties an article, and serves it again after the next', async () => {
    const file = join(root, ARTICLE);
    const fixed = BROKEN_ARTICLE.replace('island:atlantis', 'island:etorofu');
    writeFileSync(file, '');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    writeFileSync(file, fixed);
    const page = await until('the article to render again', 30_000, async () => {
      const response = await fetch(`${origin}/articles/an-example/`, {
        signal: AbortSignal.timeout(20_000),
      });
      return response.ok ? response.text() : undefined;
    });
    expect(page).toContain('An example article');
    // The content was broken since start-up; the check on save says it is fixed.
    await until('the check to pass again', 10_000, () => output.includes('Content check passed.'));
    expect(server?.exitCode).toBeNull();
  }, 45_000);
});

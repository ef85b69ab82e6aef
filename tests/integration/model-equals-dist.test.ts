import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('the route table on the fixtures', () => {
  // The real site is held to its route table by `npm run links:model` after `npm run build`; here
  // the valid fixture, a different set of facts with a draft among its articles, is built too.
  it('equals the built site: every page and every id', () => {
    const root = mkdtempSync(join(tmpdir(), 'four-islands-model-'));
    roots.push(root);
    for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public']) {
      cpSync(join(PROJECT, entry), join(root, entry), { recursive: true });
    }
    symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'), 'dir');
    cpSync(join(PROJECT, 'tests', 'fixtures', 'valid', 'content'), join(root, 'content'), {
      recursive: true,
    });
    const env = {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      PATH: `${join(PROJECT, 'node_modules', '.bin')}:${process.env.PATH}`,
    };
    const build = spawnSync(
      join(PROJECT, 'node_modules', '.bin', 'astro'),
      ['build', '--root', root],
      { cwd: root, encoding: 'utf8', env, timeout: 240_000 },
    );
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    const check = spawnSync(
      process.execPath,
      [join(PROJECT, 'tools', 'links', 'check-model.ts'), root],
      { cwd: root, encoding: 'utf8', env, timeout: 60_000 },
    );
    expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);
    expect(check.stdout).toMatch(/^Route table matches the built site: \d+ pages, \d+ ids\.$/m);
  }, 300_000);
});

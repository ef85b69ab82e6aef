import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT, projectCopy } from '../support/project-copy.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('the route table on the fixtures', () => {
  // The real site is held to its route table by `npm run links:model` after `npm run build`; here
  // the valid fixture, a different set of facts with a draft among its articles, is built too.
  it('equals the built site: every page and every id', () => {
    const { root } = projectCopy('model');
    roots.push(root);
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

import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT, projectCopy } from '../support/project-copy.ts';

/** A copy of the project whose content is the valid fixture with one broken file laid over it. */
function projectWith(broken: string): string {
  return projectCopy('build', broken).root;
}

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('astro build', () => {
  // Astro alone would log a YAML error in a fact file and publish an empty collection with exit 0.
  it('stops with exit 1 and the check’s message when a fact file has a YAML syntax error', () => {
    const root = projectWith('yaml-syntax-error');
    roots.push(root);
    const result = spawnSync(
      join(PROJECT, 'node_modules', '.bin', 'astro'),
      ['build', '--root', root],
      {
        cwd: root,
        encoding: 'utf8',
        env: {
          ...process.env,
          ASTRO_TELEMETRY_DISABLED: '1',
          PATH: `${join(PROJECT, 'node_modules', '.bin')}:${process.env.PATH}`,
        },
        timeout: 120_000,
      },
    );
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain(
      'content/facts/actors.yaml:13:12  (YAML syntax)  Nested mappings are not allowed in compact mappings',
    );
    expect(output).toContain('Content check failed. Found 1 problem in 1 file.');
  }, 120_000);
});

import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureRoot } from '../support/fixtures.ts';

const CHECK = fileURLToPath(new URL('../../tools/check.ts', import.meta.url));
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

const run = (root: string, ...args: string[]) =>
  spawnSync(process.execPath, [CHECK, ...args, root], { encoding: 'utf8', timeout: 60_000 });

describe('npm run check', () => {
  it('lists older translations again when nothing changed since the last pass', () => {
    const { root, cleanup } = fixtureRoot();
    cleanups.push(cleanup);
    mkdirSync(join(root, 'content', 'articles', 'ja'), { recursive: true });
    // A well-formed hash that is not the English file's: the translation is older than it.
    writeFileSync(
      join(root, 'content', 'articles', 'ja', 'an-example.md'),
      '---\ntitle: 例\ndescription: テスト用の短い記事。\ntranslationOf: an-example\noriginalHash: 0123456789ab\n---\n\n本文。\n',
    );
    const first = run(root);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toContain('content/articles/ja/an-example.md');
    const second = run(root);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('nothing changed since the last passing check');
    expect(second.stderr).toBe(first.stderr);
    const github = run(root, '--format=github');
    expect(github.stdout).toContain(
      '::warning file=content/articles/ja/an-example.md,title=stale-translation::',
    );
  }, 120_000);
});

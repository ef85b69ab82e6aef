import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectCopy } from '../support/project-copy.ts';

let root = '';
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/** Every file under `dir` with its text, to compare a folder before and after. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files[path.slice(dir.length)] = readFileSync(path, 'utf8');
    }
  }
  return files;
}

describe('npm run build (tools/build.mjs)', () => {
  it('leaves the previous dist/ as it was when the build fails after the content check', () => {
    root = projectCopy('failing-build').root;
    // Valid content, so the check passes; then one page throws while Astro renders the pages.
    writeFileSync(
      join(root, 'src', 'pages', 'zz-fails.astro'),
      "---\nthrow new Error('This page fails on purpose.');\n---\n<p>never</p>\n",
    );
    // The site as a previous build left it.
    mkdirSync(join(root, 'dist', 'pagefind'), { recursive: true });
    writeFileSync(join(root, 'dist', 'index.html'), '<!doctype html><title>Previous build</title>');
    writeFileSync(join(root, 'dist', 'pagefind', 'pagefind.js'), '// the previous index');
    const before = snapshot(join(root, 'dist'));

    const result = spawnSync(process.execPath, [join(root, 'tools', 'build.mjs')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: 'https://example.org' },
      timeout: 240_000,
    });
    const output = `${result.stdout}\n${result.stderr}`;

    expect(result.status, output).not.toBe(0);
    expect(output).toMatch(/Content check passed/);
    expect(output).toContain('This page fails on purpose.');
    expect(output).toContain('Build failed at astro build');
    expect(output).toContain('dist/ is unchanged');
    expect(snapshot(join(root, 'dist'))).toEqual(before);
    expect(readdirSync(root).filter((name) => name.startsWith('.dist-'))).toEqual([]);
  }, 240_000);
});

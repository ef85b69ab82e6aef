import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeLeftovers, replaceDir } from '../../tools/lib/replace-dir.mjs';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

describe('replaceDir', () => {
  it('puts the new folder in the place of the old one and leaves nothing else behind', () => {
    root = mkdtempSync(join(tmpdir(), 'replace-dir-'));
    const dist = folder('dist', { 'index.html': 'old', 'gone.html': 'old' });
    const fresh = folder('.dist-build-1', { 'index.html': 'new' });
    replaceDir(fresh, dist);
    expect(readdirSync(dist)).toEqual(['index.html']);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('new');
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('works when there is no dist/ yet', () => {
    root = mkdtempSync(join(tmpdir(), 'replace-dir-'));
    replaceDir(folder('.dist-build-1', { 'index.html': 'new' }), join(root, 'dist'));
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('keeps the old folder when the new one cannot be moved', () => {
    root = mkdtempSync(join(tmpdir(), 'replace-dir-'));
    const dist = folder('dist', { 'index.html': 'old' });
    expect(() => replaceDir(join(root, '.dist-build-missing'), dist)).toThrow();
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('old');
    expect(readdirSync(root)).toEqual(['dist']);
  });
});

describe('removeLeftovers', () => {
  it('removes the work folders of an interrupted build, and only those', () => {
    root = mkdtempSync(join(tmpdir(), 'replace-dir-'));
    folder('dist', { 'index.html': 'old' });
    folder('.dist-build-x', { 'a.html': 'half' });
    folder('.dist-old-dist-1-2', { 'a.html': 'old' });
    folder('.astro', {});
    expect(removeLeftovers(root).sort()).toEqual(['.dist-build-x', '.dist-old-dist-1-2']);
    expect(readdirSync(root).sort()).toEqual(['.astro', 'dist']);
    expect(existsSync(join(root, 'dist', 'index.html'))).toBe(true);
  });
});

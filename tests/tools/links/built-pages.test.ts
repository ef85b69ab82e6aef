import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listBuiltPages, listFiles, pagePathOf } from '../../../tools/links/built-pages.ts';

describe('pagePathOf', () => {
  it.each([
    ['index.html', ''],
    ['about/index.html', 'about/'],
    ['islands/etorofu/index.html', 'islands/etorofu/'],
    ['404.html', '404.html'],
    ['/about/index.html', 'about/'],
  ])('%s is served at "%s"', (file, path) => {
    expect(pagePathOf(file)).toBe(path);
  });
});

describe('listBuiltPages', () => {
  let dist = '';
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  it('finds every HTML file at any depth, and nothing else, in a stable order', () => {
    dist = mkdtempSync(join(tmpdir(), 'four-islands-pages-'));
    for (const file of [
      'index.html',
      '404.html',
      'b/index.html',
      'a/c/index.html',
      '_astro/x.css',
      'data/facts.json',
    ]) {
      mkdirSync(dirname(join(dist, file)), { recursive: true });
      writeFileSync(join(dist, file), '');
    }
    expect(listBuiltPages(dist)).toEqual([
      { file: '404.html', path: '404.html' },
      { file: 'a/c/index.html', path: 'a/c/' },
      { file: 'b/index.html', path: 'b/' },
      { file: 'index.html', path: '' },
    ]);
    expect(listFiles(`${dist}/`, '.css')).toEqual(['_astro/x.css']);
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  RENDER_CODE_INPUTS,
  RENDER_FACT_INPUTS,
  cacheFile,
  hashFiles,
  matchedFiles,
  readCached,
  renderKey,
  writeCached,
  type RenderKeyInputs,
} from '../../../src/lib/article-cache.ts';

let root: string;

function write(path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

beforeEach(() => {
  root = mkdtempSync(join(os.tmpdir(), 'article-cache-'));
  write('src/lib/markdown/article-processor.ts', 'export const processor = 1;\n');
  write('src/lib/markdown/remark-fact-links.ts', 'export const plugin = 1;\n');
  write('src/schemas/event.ts', 'export const schema = 1;\n');
  write('src/data/articles.ts', 'export const render = 1;\n');
  write('astro.config.mjs', 'export default {};\n');
  write('package-lock.json', '{"packages":{"node_modules/remark-gfm":{"version":"4.0.1"}}}\n');
  write('content/facts/events.yaml', '- id: shimoda-treaty\n  title: Treaty of Shimoda\n');
  write('content/facts/actors.yaml', '- id: putin\n');
  write('content/articles/a.md', '---\ntitle: A\n---\nBody.\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const inputs = (): RenderKeyInputs => ({
  text: '---\ntitle: A\n---\nSee [the treaty](event:shimoda-treaty).\n',
  code: hashFiles(root, RENDER_CODE_INPUTS),
  facts: hashFiles(root, RENDER_FACT_INPUTS),
  articles: ['a', 'b'],
  base: '/',
});

describe('renderKey', () => {
  it('is the same for the same inputs, whatever the order of the article list', () => {
    expect(renderKey(inputs())).toBe(renderKey(inputs()));
    expect(renderKey({ ...inputs(), articles: ['b', 'a'] })).toBe(renderKey(inputs()));
  });

  it('changes when the body changes', () => {
    const before = renderKey(inputs());
    const text = inputs().text.replace('See', 'Read');
    expect(renderKey({ ...inputs(), text })).not.toBe(before);
  });

  it('changes when the frontmatter changes', () => {
    const before = renderKey(inputs());
    expect(renderKey({ ...inputs(), text: inputs().text.replace('A', 'B') })).not.toBe(before);
  });

  it('changes when a fact changes (fact links render names from the fact file)', () => {
    const before = renderKey(inputs());
    write('content/facts/events.yaml', '- id: shimoda-treaty\n  title: Treaty of Commerce\n');
    expect(renderKey(inputs())).not.toBe(before);
  });

  it('changes when a fact file is added', () => {
    const before = renderKey(inputs());
    write('content/facts/quotes.yaml', '[]\n');
    expect(renderKey(inputs())).not.toBe(before);
  });

  it('changes when the Markdown processor or a module it imports changes', () => {
    const before = renderKey(inputs());
    write('src/lib/markdown/remark-fact-links.ts', 'export const plugin = 2;\n');
    const afterPlugin = renderKey(inputs());
    expect(afterPlugin).not.toBe(before);
    write('src/lib/dates.ts', 'export const format = 1;\n');
    expect(renderKey(inputs())).not.toBe(afterPlugin);
  });

  it('changes when a schema, the renderer module, the config or the lockfile changes', () => {
    for (const [path, text] of [
      ['src/schemas/event.ts', 'export const schema = 2;\n'],
      ['src/data/articles.ts', 'export const render = 2;\n'],
      ['astro.config.mjs', 'export default { base: "/x" };\n'],
      ['package-lock.json', '{"packages":{"node_modules/remark-gfm":{"version":"4.0.2"}}}\n'],
    ]) {
      const before = renderKey(inputs());
      write(path, text);
      expect(renderKey(inputs()), path).not.toBe(before);
    }
  });

  it('changes when an article is added or removed (links to articles depend on it)', () => {
    const before = renderKey(inputs());
    expect(renderKey({ ...inputs(), articles: ['a', 'b', 'c'] })).not.toBe(before);
    expect(renderKey({ ...inputs(), articles: ['a'] })).not.toBe(before);
  });

  it('changes with the base path', () => {
    expect(renderKey({ ...inputs(), base: '/four-islands/' })).not.toBe(renderKey(inputs()));
  });

  it('leaves the code hash alone when an article, a tool or the README changes', () => {
    const code = hashFiles(root, RENDER_CODE_INPUTS);
    write('content/articles/a.md', '---\ntitle: A\n---\nOther body.\n');
    write('tools/bench/bench.ts', 'export {};\n');
    write('README.md', '# Four Islands\n');
    expect(hashFiles(root, RENDER_CODE_INPUTS)).toBe(code);
  });
});

describe('matchedFiles', () => {
  it('lists the files the patterns match, sorted and once', () => {
    expect(matchedFiles(root, ['src/**/*.ts', 'src/lib/**/*.ts'])).toEqual([
      'src/data/articles.ts',
      'src/lib/markdown/article-processor.ts',
      'src/lib/markdown/remark-fact-links.ts',
      'src/schemas/event.ts',
    ]);
  });
});

describe('readCached and writeCached', () => {
  const value = { html: '<p>Body.</p>', headings: [{ depth: 2, slug: 'a', text: 'A' }] };

  it('return what was written under the same key', () => {
    const dir = join(root, 'cache');
    writeCached(dir, 'a', 'key-1', value);
    expect(readCached(dir, 'a', 'key-1')).toEqual(value);
  });

  it('never serve an entry written under another key', () => {
    const dir = join(root, 'cache');
    writeCached(dir, 'a', 'key-1', value);
    expect(readCached(dir, 'a', 'key-2')).toBeUndefined();
    writeCached(dir, 'a', 'key-2', { ...value, html: '<p>New.</p>' });
    expect(readCached(dir, 'a', 'key-1')).toBeUndefined();
    expect(readCached(dir, 'a', 'key-2')).toEqual({ ...value, html: '<p>New.</p>' });
  });

  it('treat a missing or damaged file as a miss', () => {
    const dir = join(root, 'cache');
    expect(readCached(dir, 'a', 'key-1')).toBeUndefined();
    writeCached(dir, 'a', 'key-1', value);
    writeFileSync(cacheFile(dir, 'a'), '{"key":"key-1","value":');
    expect(readCached(dir, 'a', 'key-1')).toBeUndefined();
  });
});

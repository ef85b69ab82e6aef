import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  diskRenderCache,
  PRUNE_GRACE_MS,
  RENDER_CACHE_DIR,
  renderKey,
  renderVersion,
} from '../../../../src/lib/markdown/render-cache.ts';

let root: string;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

beforeEach(() => {
  root = mkdtempSync(join(os.tmpdir(), 'render-cache-'));
  write('src/lib/markdown/article-processor.ts', 'export const processor = 1;\n');
  write('src/schemas/event.ts', 'export const schema = 1;\n');
  write('src/data/articles.ts', 'export const render = 1;\n');
  write('astro.config.mjs', 'export default {};\n');
  write('package-lock.json', '{"packages":{}}\n');
  write('content/facts/events.yaml', '- id: shimoda-treaty\n');
  write('content/articles/a.md', '---\ntitle: A\n---\nBody.\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the render cache key', () => {
  const body = 'See [the treaty](event:shimoda-treaty).\n';

  it('is the same for the same body, code, facts, articles and base', () => {
    expect(renderKey(renderVersion(root, '/'), body)).toBe(
      renderKey(renderVersion(root, '/'), body),
    );
  });

  it.each([
    ['the body', () => undefined, 'Read [the treaty](event:shimoda-treaty).\n'],
    [
      'a fact',
      () => write('content/facts/events.yaml', '- id: shimoda-treaty\n  title: changed\n'),
      body,
    ],
    [
      'the processor',
      () => write('src/lib/markdown/article-processor.ts', 'export const processor = 2;\n'),
      body,
    ],
    ['a schema', () => write('src/schemas/event.ts', 'export const schema = 2;\n'), body],
    ['the config', () => write('astro.config.mjs', 'export default { x: 1 };\n'), body],
    ['the lockfile', () => write('package-lock.json', '{"packages":{"x":{}}}\n'), body],
    ['the list of articles', () => write('content/articles/b.md', '---\ntitle: B\n---\n'), body],
  ])('changes with %s', (_what, change, after) => {
    const before = renderKey(renderVersion(root, '/'), body);
    change();
    expect(renderKey(renderVersion(root, '/'), after)).not.toBe(before);
  });

  it('changes with the base path', () => {
    expect(renderKey(renderVersion(root, '/'), body)).not.toBe(
      renderKey(renderVersion(root, '/docs/'), body),
    );
  });
});

describe('diskRenderCache', () => {
  it('gives back what was stored under a key, and nothing under another', () => {
    const cache = diskRenderCache(root);
    const rendered = {
      html: '<p>x</p>',
      headings: [],
      scan: {
        items: [],
        footnoteReferences: [],
        footnoteDefinitions: [],
        headings: [],
        footnoteLiterals: [],
      },
    };
    cache.set('ab'.repeat(32), rendered);
    expect(cache.get('ab'.repeat(32))).toEqual(rendered);
    expect(cache.has('ab'.repeat(32))).toBe(true);
    expect(cache.get('cd'.repeat(32))).toBeUndefined();
    expect(cache.has('cd'.repeat(32))).toBe(false);
  });

  it('writes in the background when asked, every entry there once flushed', async () => {
    const cache = diskRenderCache(root, { background: true });
    const keys = Array.from({ length: 40 }, (_, index) => renderKey('v', `body ${index}`));
    for (const key of keys)
      cache.set(key, { html: `<p>${key}</p>`, headings: [], scan: {} as never });
    // The same key twice is written once.
    cache.set(keys[0]!, { html: `<p>${keys[0]}</p>`, headings: [], scan: {} as never });
    await cache.flush();
    const reader = diskRenderCache(root);
    for (const key of keys) expect(reader.get(key)?.html).toBe(`<p>${key}</p>`);
    // No half-written file is left beside them.
    const files = readdirSync(join(root, RENDER_CACHE_DIR), { recursive: true }).map(String);
    expect(files.filter((file) => file.endsWith('.tmp'))).toEqual([]);
  });
});

describe('pruning the render cache', () => {
  const rendered = {
    html: '<p>Body.</p>',
    headings: [],
    scan: {} as never,
  };
  const ageBy = (key: string, ms: number) => {
    const file = join(root, RENDER_CACHE_DIR, key.slice(0, 2), `${key}.json`);
    const then = new Date(Date.now() - ms);
    utimesSync(file, then, then);
  };

  it('deletes the renders of older versions and keeps those in use or just used', () => {
    const cache = diskRenderCache(root);
    const [kept, old, recent, readAgain] = ['kept', 'old', 'recent', 'read'].map((name) =>
      renderKey('v', name),
    ) as [string, string, string, string];
    for (const key of [kept, old, recent, readAgain]) cache.set(key, rendered);
    for (const key of [kept, old, readAgain]) ageBy(key, 2 * PRUNE_GRACE_MS);
    expect(cache.get(readAgain)).toEqual(rendered);

    expect(cache.prune(new Set([kept]))).toBe(1);
    expect(cache.get(old)).toBeUndefined();
    expect(cache.get(kept)).toEqual(rendered);
    expect(cache.get(recent)).toEqual(rendered);
    expect(cache.get(readAgain)).toEqual(rendered);
  });

  it('does nothing when there is no cache yet', () => {
    expect(diskRenderCache(root).prune(new Set())).toBe(0);
  });
});

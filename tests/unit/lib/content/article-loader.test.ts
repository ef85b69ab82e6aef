import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { articleLoader } from '../../../../src/lib/content/article-loader.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

const article = (title: string, body = 'Some text.') =>
  `---\ntitle: "${title}"\npublished: 2026-11-27\nsources: [a-source]\n---\n\n${body}\n`;

interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
  digest?: string;
  body?: string;
  rendered?: unknown;
}

/** A project folder with articles, and a loader context that records what the loader does. */
function setUp(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'four-islands-loader-'));
  roots.push(root);
  const folder = join(root, 'content', 'articles');
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  const entries = new Map<string, StoredEntry>();
  const parsed: string[] = [];
  const watcher = Object.assign(new EventEmitter(), { add: () => watcher });
  const context = {
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: StoredEntry) => entries.set(entry.id, entry) && true,
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
    },
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
      parsed.push(id);
      return data;
    },
    generateDigest: (text: string) => `${text.length}:${text.slice(-12)}`,
    watcher,
  } as unknown as LoaderContext;
  return { root, folder, entries, parsed, watcher, context };
}

/** Lets the watcher's asynchronous updates finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('articleLoader', () => {
  it('keeps each article’s frontmatter, path and digest, and neither its body nor its HTML', async () => {
    const { entries, context } = setUp({
      'first-article.md': article('First'),
      'notes.txt': 'not an article',
    });
    await articleLoader('content/articles').load(context);
    expect([...entries.keys()]).toEqual(['first-article']);
    const entry = entries.get('first-article');
    expect(entry?.data).toEqual({ title: 'First', published: '2026-11-27', sources: ['a-source'] });
    expect(entry?.filePath).toBe('content/articles/first-article.md');
    expect(entry?.digest).toBeTruthy();
    expect(entry?.body).toBeUndefined();
    expect(entry?.rendered).toBeUndefined();
  });

  it('drops articles deleted since the last build and skips unchanged ones', async () => {
    const { entries, parsed, context } = setUp({ 'kept.md': article('Kept') });
    entries.set('deleted', { id: 'deleted', data: {} });
    await articleLoader('content/articles').load(context);
    await articleLoader('content/articles').load(context);
    expect([...entries.keys()]).toEqual(['kept']);
    expect(parsed).toEqual(['kept']);
  });

  it('follows edits, new articles and deletions in the dev server', async () => {
    const { folder, root, entries, watcher, context } = setUp({
      'an-article.md': article('Before'),
    });
    await articleLoader('content/articles').load(context);

    writeFileSync(join(folder, 'an-article.md'), article('After'));
    watcher.emit('change', join(folder, 'an-article.md'));
    writeFileSync(join(folder, 'new-article.md'), article('New'));
    watcher.emit('add', join(folder, 'new-article.md'));
    writeFileSync(join(root, 'elsewhere.md'), article('Elsewhere'));
    watcher.emit('add', join(root, 'elsewhere.md'));
    await settle();
    expect(entries.get('an-article')?.data.title).toBe('After');
    expect(entries.get('new-article')?.data.title).toBe('New');
    expect(entries.has('elsewhere')).toBe(false);

    watcher.emit('unlink', join(folder, 'an-article.md'));
    expect([...entries.keys()]).toEqual(['new-article']);
  });
});

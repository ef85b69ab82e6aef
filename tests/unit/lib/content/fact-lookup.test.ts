import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createFactLookup } from '../../../../src/lib/content/fact-lookup.ts';

const VALID = fileURLToPath(new URL('../../../fixtures/valid', import.meta.url));
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function copyOfValid(): string {
  const root = mkdtempSync(join(tmpdir(), 'four-islands-lookup-'));
  roots.push(root);
  cpSync(join(VALID, 'content'), join(root, 'content'), { recursive: true });
  return root;
}

/** Moves a file's or folder's modification time forward, as an edit a moment later would. */
function touchLater(path: string, seconds = 5): void {
  const { mtime } = statSync(path);
  const later = new Date(mtime.getTime() + seconds * 1000);
  utimesSync(path, later, later);
}

describe('createFactLookup', () => {
  it('knows the ids of every collection and renders quotes with their speaker and source', () => {
    const lookup = createFactLookup(copyOfValid())();
    expect(lookup.has('islands', 'etorofu')).toBe(true);
    expect(lookup.island('etorofu')?.names.russian.english).toBe('Iturup');
    expect(lookup.island('atlantis')).toBeUndefined();
    expect(lookup.has('actors', 'putin')).toBe(true);
    expect(lookup.has('events', 'nagato-summit-2016')).toBe(true);
    expect(lookup.has('sources', 'example-news')).toBe(true);
    expect(lookup.has('claims', 'sovereignty')).toBe(true);
    expect(lookup.has('articles', 'an-example')).toBe(true);
    expect(lookup.has('islands', 'uruppu')).toBe(false);
    expect(lookup.has('articles', 'no-such-article')).toBe(false);
    const quote = lookup.quote('putin-example');
    expect(quote?.speaker.id).toBe('putin');
    expect(quote?.source.id).toBe('example-news');
    expect(lookup.quote('no-such-quote')).toBeUndefined();
  });

  it('reads the fact file once and hands out the same lookup while nothing changes', () => {
    const get = createFactLookup(copyOfValid());
    const first = get();
    for (let index = 0; index < 100; index += 1) expect(get()).toBe(first);
  });

  it('reads the facts again after a fact file changes (the dev server’s live reload)', () => {
    const root = copyOfValid();
    const get = createFactLookup(root);
    const before = get();
    const sources = join(root, 'content', 'facts', 'sources.yaml');
    appendFileSync(
      sources,
      '\n- id: a-new-source\n  title: A new source\n  publisher: Someone\n  kind: news\n',
    );
    touchLater(sources);
    const after = get();
    expect(after).not.toBe(before);
    expect(after.has('sources', 'a-new-source')).toBe(true);
  });

  it('reads the article list again when an article is added or removed', () => {
    const root = copyOfValid();
    const get = createFactLookup(root);
    const before = get();
    const articles = join(root, 'content', 'articles');
    writeFileSync(join(articles, 'a-second-article.md'), '---\ntitle: x\n---\n');
    touchLater(articles);
    const after = get();
    expect(after).not.toBe(before);
    expect(after.has('articles', 'a-second-article')).toBe(true);
    rmSync(join(articles, 'a-second-article.md'));
    touchLater(articles, 10);
    expect(get().has('articles', 'a-second-article')).toBe(false);
  });

  it('finds an article added within the folder’s timestamp resolution', () => {
    const root = copyOfValid();
    const articles = join(root, 'content', 'articles');
    // Whole seconds, as a file system with coarse timestamps keeps them.
    const second = new Date('2026-11-27T12:00:00Z');
    utimesSync(articles, second, second);
    const get = createFactLookup(root);
    const before = get();
    writeFileSync(join(articles, 'just-added.md'), '---\ntitle: x\n---\n');
    // Added within the same second: the folder looks unchanged.
    utimesSync(articles, second, second);
    expect(get()).toBe(before);
    expect(get().has('articles', 'just-added')).toBe(true);
  });
});

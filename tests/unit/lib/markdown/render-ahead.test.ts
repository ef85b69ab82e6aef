import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFactLookup } from '../../../../src/lib/content/fact-lookup.ts';
import { renderArticleBodies } from '../../../../src/lib/markdown/render-article.ts';
import {
  fallbackRenders,
  renderAhead,
  renderAheadThread,
} from '../../../../src/lib/markdown/render-ahead.ts';
import {
  diskRenderCache,
  renderKey,
  renderScope,
  renderVersion,
} from '../../../../src/lib/markdown/render-cache.ts';

const repo = fileURLToPath(new URL('../../../..', import.meta.url));
let root: string;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
const article = (title: string, body: string, extra = '') =>
  `---\ntitle: ${title}\n${extra}---\n${body}`;
const LINKED = 'The largest is [Etorofu (Iturup)](island:etorofu).\n';

beforeEach(() => {
  root = mkdtempSync(join(os.tmpdir(), 'render-ahead-'));
  cpSync(join(repo, 'content/facts'), join(root, 'content/facts'), { recursive: true });
  write('content/articles/with-link.md', article('With a link', LINKED));
  write('content/articles/translated.md', article('Translated', 'Plain text.\n'));
  write('content/articles/ja/translated.md', article('翻訳', '本文。\n'));
  write('content/articles/draft.md', article('Draft', 'Not out yet.\n', 'draft: true\n'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the article bodies rendered ahead of the pages', () => {
  it('are the untranslated, published articles of each other language, last page first', () => {
    expect(fallbackRenders(root).map(({ locale, file }) => `${locale}/${basename(file)}`)).toEqual([
      'ru/with-link.md',
      'ru/translated.md',
      'ja/with-link.md',
    ]);
  });

  it('go into the cache under the key the page looks up, as the site’s processor renders them', async () => {
    expect(await renderAhead(root, '/', fallbackRenders(root))).toBe(3);
    const key = renderKey(renderVersion(root, renderScope('/', 'ja')), LINKED);
    const cached = diskRenderCache(root).get(key);
    const [fresh] = await renderArticleBodies(
      [{ body: LINKED, file: join(root, 'content/articles/with-link.md') }],
      {
        root,
        base: '/',
        lookup: createFactLookup(root, 'content', 'ja')(),
        cache: false,
        locale: 'ja',
      },
    );
    expect(fresh && 'html' in fresh ? fresh.html : fresh).toBe(cached?.html);
    expect(cached?.html).toContain('href="/ja/islands/etorofu/"');
    // Made once: a second run finds every body in the cache.
    expect(await renderAhead(root, '/', fallbackRenders(root))).toBe(0);
  });

  it('leave a body that does not render to its page, and stop when asked', async () => {
    write('content/articles/unknown.md', article('Unknown', 'See [it](island:atlantis).\n'));
    expect(await renderAhead(root, '/', fallbackRenders(root), () => true)).toBe(0);
    // Of the five bodies, the two with a link to no island (one per language) are skipped.
    expect(await renderAhead(root, '/', fallbackRenders(root))).toBe(3);
  });

  it('are rendered on a second thread, which says how many it made', async () => {
    const thread = renderAheadThread({ root, base: '/' });
    expect(await thread.done).toBe(3);
    const key = renderKey(renderVersion(root, renderScope('/', 'ru')), LINKED);
    expect(diskRenderCache(root).get(key)?.html).toContain('href="/ru/islands/etorofu/"');
  });

  it('on a second thread for the check: the English bodies it is given, as the check renders them', async () => {
    const bodies = Array.from({ length: 5 }, (_, index) => `Body ${index}: ${LINKED}`);
    const renders = bodies.map((body, index) => ({
      locale: 'en' as const,
      file: join(root, `content/articles/body-${index}.md`),
      body,
    }));
    expect(await renderAheadThread({ root, base: '/', renders }).done).toBe(5);
    const checked = await renderArticleBodies(
      renders.map(({ body, file }) => ({ body, file })),
      { root, base: '/', lookup: createFactLookup(root)(), cache: false },
    );
    const version = renderVersion(root, renderScope('/', 'en'));
    bodies.forEach((body, index) => {
      const result = checked[index];
      expect(diskRenderCache(root).get(renderKey(version, body))?.html).toBe(
        result && 'html' in result ? result.html : result,
      );
    });
  });
});

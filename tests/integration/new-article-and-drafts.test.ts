import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkXml } from '../support/xml.ts';
import { PROJECT, projectCopy } from '../support/project-copy.ts';

const BIN = join(PROJECT, 'node_modules', '.bin');

const article = (title: string, draft: boolean) => `---
title: "${title}"
description: "A test article that names Shikotan and James Brown."
published: 2026-11-28
islands: [shikotan]
actors: [abe]
sources: [example-news]
${draft ? 'draft: true\n' : ''}---

## What it says

Text about [Shikotan](island:shikotan).[^1]

[^1]: [An example report](source:example-news)
`;

let root = '';
let dist = '';
const read = (path: string) => readFileSync(join(dist, path), 'utf8');

beforeAll(() => {
  root = projectCopy('articles').root;
  writeFileSync(
    join(root, 'content', 'articles', 'a-new-article.md'),
    article('A brand-new article', false),
  );
  writeFileSync(
    join(root, 'content', 'articles', 'an-unfinished-draft.md'),
    article('An unfinished draft', true),
  );
  dist = join(root, 'dist');
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${BIN}:${process.env.PATH}` };
  // The project's one build command: astro build and the search index into a work folder, then dist/.
  const build = spawnSync(process.execPath, [join(root, 'tools', 'build.mjs')], {
    cwd: root,
    encoding: 'utf8',
    env,
    timeout: 300_000,
  });
  if (build.status !== 0)
    throw new Error(`build failed:\n${build.stderr}\n${build.stdout.slice(-3000)}`);
  if (!existsSync(join(dist, 'pagefind', 'pagefind.js')))
    throw new Error(`no search index in dist/:\n${build.stdout.slice(-3000)}`);
  if (readdirSync(root).some((name) => name.startsWith('.dist-')))
    throw new Error('the build left a work folder behind');
}, 300_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a new article, with no other change', () => {
  it('gets its own page and a place in the article list', () => {
    expect(read('articles/a-new-article/index.html')).toContain('A brand-new article');
    expect(read('articles/index.html')).toContain('href="/articles/a-new-article/"');
  });

  it('is listed on the pages of the island and the actor it names', () => {
    expect(read('islands/shikotan/index.html')).toContain('href="/articles/a-new-article/"');
    expect(read('actors/abe/index.html')).toContain('href="/articles/a-new-article/"');
  });

  it('is in the feed, the sitemap and the search index', () => {
    expect(read('rss.xml')).toContain('/articles/a-new-article/</link>');
    expect(read('sitemap-0.xml')).toContain('/articles/a-new-article/</loc>');
    expect(read('articles/a-new-article/index.html')).toContain('data-pagefind-body');
    expect(existsSync(join(dist, 'pagefind', 'pagefind-entry.json'))).toBe(true);
  });

  it('is found in the other languages by its title and summary, its English text indexed once', () => {
    const english = read('articles/a-new-article/index.html');
    expect(english).not.toMatch(/class="article__body prose"[^>]*data-pagefind-ignore/);
    for (const locale of ['ja', 'ru']) {
      const page = read(`${locale}/articles/a-new-article/index.html`);
      expect(page).toContain('data-pagefind-body');
      expect(page).toMatch(/class="article__body prose" lang="en" data-pagefind-ignore/);
      expect(page).toMatch(/class="article__toc"[^>]*data-pagefind-ignore/);
    }
  });
});

describe('a draft', () => {
  it('appears in none of the built pages, the feed, the sitemap or the search index', () => {
    expect(existsSync(join(dist, 'articles', 'an-unfinished-draft')), 'draft page directory').toBe(
      false,
    );
    for (const path of [
      'articles/index.html',
      'islands/shikotan/index.html',
      'actors/abe/index.html',
      'rss.xml',
      'sitemap-0.xml',
      'index.html',
    ]) {
      expect(read(path), path).not.toContain('an-unfinished-draft');
      expect(read(path), path).not.toContain('An unfinished draft');
    }
    const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce(
      (sum, language) => sum + language.page_count,
      0,
    );
    const searchable = spawnSync('grep', ['-rl', '--include=*.html', 'data-pagefind-body', dist], {
      encoding: 'utf8',
    })
      .stdout.trim()
      .split('\n')
      .filter(Boolean);
    expect(indexed).toBe(searchable.length);
    expect(
      searchable.filter((file) => file.includes('an-unfinished-draft')),
      'indexed draft pages',
    ).toEqual([]);
  });
});

describe('the built feed', () => {
  it('is well-formed XML whose descriptions are plain text', () => {
    const xml = read('rss.xml');
    expect(checkXml(xml)).toBe(true);
    const feed = new XMLParser().parse(xml) as {
      rss: { channel: { item: { title: string; description: string }[] } };
    };
    const items = feed.rss.channel.item;
    expect(items.map((item) => item.title)).toContain('A brand-new article');
    for (const item of items) expect(item.description).not.toMatch(/<[/!?A-Za-z]/);
  });
});

describe('a build without the git history (a tarball, or this copy of the project)', () => {
  it('dates each page by its own content and says why it lists no changes', () => {
    const page = read('articles/a-new-article/index.html');
    const record = /<section class="page-record"[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
    expect(record).toMatch(
      /Content last changed <time datetime="2026-11-28"[^>]*>28 November 2026<\/time>/,
    );
    expect(record).toContain(
      'the article’s publication date: the site was built without its git history, so this page shows no list of changes',
    );
    expect(record).not.toContain('History of this article');
    // The citation cites that version, dated the same day.
    expect(record).toContain('version of 28 November 2026');
  });
});

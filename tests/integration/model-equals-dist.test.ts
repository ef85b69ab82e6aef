import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT, projectCopy } from '../support/project-copy.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('the route table on the fixtures', () => {
  // The real site is held to its route table by `npm run links:model` after `npm run build`; here
  // the valid fixture, a different set of facts with a draft among its articles, is built too.
  it('equals the built site: every page and every id', () => {
    const { root } = projectCopy('model');
    roots.push(root);
    // A Japanese translation made from an earlier English text, no Russian one, and no translated
    // facts: the pages must say each of these to their readers.
    mkdirSync(join(root, 'content', 'articles', 'ja'), { recursive: true });
    writeFileSync(
      join(root, 'content', 'articles', 'ja', 'an-example.md'),
      '---\ntitle: 例の記事\ndescription: テスト用の短い記事。\ntranslationOf: an-example\noriginalHash: 0123456789ab\n---\n\n## ある節\n\n[択捉島](island:etorofu)についての文。[^1]\n\n[^1]: [例の報道](source:example-news)\n',
    );
    const env = {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      PATH: `${join(PROJECT, 'node_modules', '.bin')}:${process.env.PATH}`,
    };
    const build = spawnSync(
      join(PROJECT, 'node_modules', '.bin', 'astro'),
      ['build', '--root', root],
      { cwd: root, encoding: 'utf8', env, timeout: 240_000 },
    );
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    const check = spawnSync(
      process.execPath,
      [join(PROJECT, 'tools', 'links', 'check-model.ts'), root],
      { cwd: root, encoding: 'utf8', env, timeout: 60_000 },
    );
    expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);
    expect(check.stdout).toMatch(/^Route table matches the built site: \d+ pages, \d+ ids\.$/m);

    const page = (path: string) => readFileSync(join(root, 'dist', path, 'index.html'), 'utf8');
    const japanese = page('ja/articles/an-example');
    expect(japanese).toMatch(/<h1[^>]*>例の記事<\/h1>/);
    expect(japanese).toContain('この翻訳は英語版より古い');
    expect(japanese).toContain('href="/ja/islands/etorofu/"');
    const russian = page('ru/articles/an-example');
    expect(russian).toContain('Эта статья ещё не переведена на русский язык');
    expect(russian).toMatch(/<div class="article__body prose" lang="en"/);
    // hreflang names only the languages the article is written in.
    expect(page('articles/an-example')).toMatch(/hreflang="ja"/);
    expect(page('articles/an-example')).not.toMatch(/rel="alternate" hreflang="ru"/);
    // No translated facts in this fixture: every Japanese page says its facts are in English.
    expect(page('ja/islands/etorofu')).toContain('まだ日本語に翻訳されていない');
  }, 300_000);
});

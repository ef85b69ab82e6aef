import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleRenderProblems, editorError } from '../../../../src/lib/content/editor-error.ts';
import { createArticleRenderer } from '../../../../src/lib/markdown/article-processor.ts';
import { splitFrontmatter } from '../../../../src/lib/content/yaml.ts';
import { bodyStartIn } from '../../../../src/lib/markdown/body-position.ts';
import type { FactLookup } from '../../../../src/lib/markdown/remark-fact-links.ts';

const ARTICLE = [
  '---',
  'title: "A title"',
  'description: "Words."',
  '---',
  '',
  '## A section',
  '',
  'About [Atlantis](island:atlantis).',
  '',
].join('\n');
// The body as the build and the check render it: everything after the frontmatter, untrimmed.
const BODY = splitFrontmatter(ARTICLE)!.body;

const noFacts = (): FactLookup => ({
  has: () => false,
  quote: () => undefined,
  island: () => undefined,
});

/** What rendering the article throws, as src/data/articles.ts renders it. */
async function renderError(withFile: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'editor-error-'));
  const path = join(dir, 'an-article.md');
  writeFileSync(path, ARTICLE);
  try {
    const renderer = await createArticleRenderer({ base: '/', lookup: noFacts });
    const body = BODY;
    await renderer.render(body, withFile ? { fileURL: pathToFileURL(path) } : {});
    throw new Error('rendered');
  } catch (error) {
    return error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('an unknown fact link while rendering', () => {
  it('is placed on the file’s line when the renderer knows the file (line 8, not body line 3)', async () => {
    const error = (await renderError(true)) as Error & { line: number; column: number };
    expect(error.name).toBe('FactLinkError');
    expect(error.message).toMatch(/an-article\.md:8:7/);
    expect(error.line).toBe(8);
    expect(error.stack).not.toMatch(/\n\s+at /);
  });

  it('becomes a problem at the file’s line, from the body position when no file was given', async () => {
    const error = await renderError(false);
    const problems = await articleRenderProblems(
      error,
      'content/articles/an-article.md',
      bodyStartIn(ARTICLE, BODY)!,
      async () => [],
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/articles/an-article.md',
        line: 8,
        column: 7,
        field: 'body',
        found: '"island:atlantis"',
      }),
    ]);
  });

  it('prefers the content check’s own problems in that file', async () => {
    const error = await renderError(true);
    const fromCheck = {
      code: 'broken-link' as const,
      file: 'content/articles/an-article.md',
      line: 8,
      column: 7,
      field: 'link "island:atlantis"',
      message: 'unknown island "atlantis"',
    };
    const other = { ...fromCheck, file: 'content/articles/other.md' };
    expect(
      await articleRenderProblems(error, fromCheck.file, { line: 6, column: 1 }, async () => [
        other,
        fromCheck,
      ]),
    ).toEqual([fromCheck]);
  });

  it('leaves other errors alone (a bug in the site keeps its stack trace)', async () => {
    expect(
      await articleRenderProblems(
        new TypeError('x is undefined'),
        'a.md',
        { line: 1, column: 1 },
        async () => [],
      ),
    ).toBeUndefined();
  });
});

describe('editorError', () => {
  it('carries the check’s report, the first problem’s place and no stack trace', () => {
    const error = editorError(
      [
        {
          code: 'missing-field',
          file: 'content/facts/actors.yaml',
          line: 9,
          column: 3,
          field: '[1].name',
          message: 'required',
          expected: 'text',
          found: 'nothing',
        },
        {
          code: 'broken-link',
          file: 'content/articles/a.md',
          line: 15,
          column: 11,
          field: 'body',
          message: 'unknown fact link',
        },
      ],
      '/project',
    );
    expect(error.message).toContain('content/articles/a.md:15:11  body  unknown fact link');
    expect(error.message).toContain(
      'content/facts/actors.yaml:9:3  [1].name  required (expected text, found nothing)',
    );
    expect(error.loc).toEqual({ file: '/project/content/articles/a.md', line: 15, column: 11 });
    expect(error.stack).toBe('');
    expect(error.hint).toContain('npm run check');
  });
});

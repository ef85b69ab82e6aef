// Renders articles when their pages are built. The articles collection keeps only frontmatter
// (src/lib/content/article-loader.ts says why), so the Markdown is read from the file here and run
// through the same processor Astro is configured with.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MarkdownHeading, MarkdownRenderer } from '@astrojs/markdown-remark';
import type { CollectionEntry } from 'astro:content';
import { readingMinutes } from '../lib/articles.ts';
import { articleRenderProblems, editorError } from '../lib/content/editor-error.ts';
import { createFactLookup } from '../lib/content/fact-lookup.ts';
import { validateContent } from '../lib/content/validate.ts';
import { createArticleRenderer } from '../lib/markdown/article-processor.ts';
import { articleBodyOf } from '../lib/markdown/body-position.ts';

/** An article's HTML, the headings its table of contents lists and its reading time. */
export interface RenderedArticle {
  html: string;
  headings: MarkdownHeading[];
  minutes: number;
}

// Made once per build (once per server in dev); its fact lookup rereads the fact file only when
// a file in it changes.
let renderer: Promise<MarkdownRenderer> | undefined;

function getRenderer(): Promise<MarkdownRenderer> {
  renderer ??= createArticleRenderer({
    base: import.meta.env.BASE_URL,
    lookup: createFactLookup(__PROJECT_ROOT__),
  });
  return renderer;
}

/** The absolute path of an entry's file (entries keep it relative to the project root). */
const fileOf = (entry: CollectionEntry<'articles'>) =>
  join(__PROJECT_ROOT__, entry.filePath ?? `content/articles/${entry.id}.md`);

/** The Markdown after the frontmatter, as Astro's own Markdown entries have it (trimmed). */
export function articleBody(entry: CollectionEntry<'articles'>): string {
  return articleBodyOf(readFileSync(fileOf(entry), 'utf8')).body;
}

/** Renders an article as Astro's content layer would, reading its file once. */
export async function renderArticle(entry: CollectionEntry<'articles'>): Promise<RenderedArticle> {
  const { body, start } = articleBodyOf(readFileSync(fileOf(entry), 'utf8'));
  const renderer = await getRenderer();
  let result: Awaited<ReturnType<MarkdownRenderer['render']>>;
  try {
    result = await renderer.render(body, {
      frontmatter: entry.data,
      fileURL: pathToFileURL(fileOf(entry)),
    });
  } catch (error) {
    // An editor's mistake (in the dev server, where the check does not stop the page) is shown
    // as the check's message at the file's line, not as a stack trace.
    const file = entry.filePath ?? `content/articles/${entry.id}.md`;
    const problems = articleRenderProblems(
      error,
      file,
      start,
      () => validateContent({ root: __PROJECT_ROOT__ }).problems,
    );
    throw problems ? editorError(problems, __PROJECT_ROOT__) : error;
  }
  // Local images would need Astro's image pipeline, which only its own rendering applies; the
  // content check refuses every image path that is not a page or an https:// address.
  if (result.metadata.localImagePaths.length > 0) {
    throw new Error(
      `${entry.filePath}: local images are not supported in articles (${result.metadata.localImagePaths.join(', ')})`,
    );
  }
  return { html: result.code, headings: result.metadata.headings, minutes: readingMinutes(body) };
}

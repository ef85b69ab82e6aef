// Renders articles when their pages are built. The articles collection keeps only frontmatter
// (src/lib/content/article-loader.ts says why), so the Markdown is read from the file here and run
// through the same processor Astro is configured with. Each render is kept on disk under a key of
// everything it depends on (src/lib/article-cache.ts), so a rebuild renders only what changed.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MarkdownHeading, MarkdownRenderer } from '@astrojs/markdown-remark';
import type { CollectionEntry } from 'astro:content';
import {
  ARTICLE_CACHE_DIR,
  RENDER_CODE_INPUTS,
  RENDER_FACT_INPUTS,
  hashFiles,
  readCached,
  renderKey,
  writeCached,
} from '../lib/article-cache.ts';
import { readingMinutes } from '../lib/articles.ts';
import { createFactLookup } from '../lib/content/fact-lookup.ts';
import { splitFrontmatter } from '../lib/content/yaml.ts';
import { createArticleRenderer } from '../lib/markdown/article-processor.ts';

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
  return bodyOf(readFileSync(fileOf(entry), 'utf8'));
}

const bodyOf = (text: string) => (splitFrontmatter(text)?.body ?? text).trim();

const CACHE_DIR = join(__PROJECT_ROOT__, ARTICLE_CACHE_DIR);
const ARTICLES_DIR = join(__PROJECT_ROOT__, 'content', 'articles');
const FACTS_DIR = join(__PROJECT_ROOT__, 'content', 'facts');

// The code's hash is taken once per build (once per load of this module in dev, where an edit
// to the pipeline reloads it). The facts' hash and the list of articles are taken again only
// when a fact file or the articles folder changes, which a few stats tell, as the fact lookup does.
let codeVersion: string | undefined;
let contentStamp = '';
let contentVersion: { facts: string; articles: string[] } | undefined;

function contentInputs(): { facts: string; articles: string[] } {
  const stamp = [
    ...(existsSync(FACTS_DIR) ? readdirSync(FACTS_DIR).sort() : []).map(
      (file) => `${file}:${statSync(join(FACTS_DIR, file)).mtimeMs}`,
    ),
    `articles:${existsSync(ARTICLES_DIR) ? statSync(ARTICLES_DIR).mtimeMs : 'none'}`,
  ].join('|');
  if (!contentVersion || stamp !== contentStamp) {
    contentVersion = {
      facts: hashFiles(__PROJECT_ROOT__, RENDER_FACT_INPUTS),
      articles: existsSync(ARTICLES_DIR)
        ? readdirSync(ARTICLES_DIR)
            .filter((name) => name.endsWith('.md'))
            .map((name) => name.slice(0, -3))
        : [],
    };
    contentStamp = stamp;
  }
  return contentVersion;
}

/** What the cache keeps of a render: the rest comes from the body. */
type CachedArticle = Pick<RenderedArticle, 'html' | 'headings'>;

/**
 * Renders an article as Astro's content layer would, reading its file once, or returns the render
 * kept from an earlier build of exactly the same file, facts, article list, base path and code.
 */
export async function renderArticle(entry: CollectionEntry<'articles'>): Promise<RenderedArticle> {
  const text = readFileSync(fileOf(entry), 'utf8');
  const body = bodyOf(text);
  codeVersion ??= hashFiles(__PROJECT_ROOT__, RENDER_CODE_INPUTS);
  const { facts, articles } = contentInputs();
  const key = renderKey({
    text,
    code: codeVersion,
    facts,
    articles,
    base: import.meta.env.BASE_URL,
  });
  const cached = readCached<CachedArticle>(CACHE_DIR, entry.id, key);
  if (cached) return { ...cached, minutes: readingMinutes(body) };

  const renderer = await getRenderer();
  const result = await renderer.render(body, {
    frontmatter: entry.data,
    fileURL: pathToFileURL(fileOf(entry)),
  });
  // Local images would need Astro's image pipeline, which only its own rendering applies; the
  // content check refuses every image path that is not a page or an https:// address.
  if (result.metadata.localImagePaths.length > 0) {
    throw new Error(
      `${entry.filePath}: local images are not supported in articles (${result.metadata.localImagePaths.join(', ')})`,
    );
  }
  const rendered: CachedArticle = { html: result.code, headings: result.metadata.headings };
  writeCached(CACHE_DIR, entry.id, key, rendered);
  return { ...rendered, minutes: readingMinutes(body) };
}

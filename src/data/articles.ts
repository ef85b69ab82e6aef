// Renders articles when their pages are built. The articles collection keeps only frontmatter
// (src/lib/content/article-loader.ts says why), so the Markdown is read from the file here and run
// through the same processor Astro is configured with.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MarkdownHeading, MarkdownRenderer } from '@astrojs/markdown-remark';
import type { CollectionEntry } from 'astro:content';
import { articleFile, readingMinutes } from '../lib/articles.ts';
import { articleRenderProblems, editorError } from '../lib/content/editor-error.ts';
import { createFactLookup } from '../lib/content/fact-lookup.ts';
import { validateContent } from '../lib/content/validate.ts';
import { splitFrontmatter } from '../lib/content/yaml.ts';
import { createArticleRenderer } from '../lib/markdown/article-processor.ts';
import { renderBody } from '../lib/markdown/render-article.ts';
import {
  codeStamp,
  diskRenderCache,
  renderKey,
  renderVersion,
  type RenderCache,
} from '../lib/markdown/render-cache.ts';
import { SHOW_DRAFTS } from './facts.ts';
import { getCollection } from 'astro:content';
import {
  translatedCorrections,
  translationState,
  type TranslationState,
} from '../i18n/article-translations.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales.ts';
import { renderScope } from '../lib/markdown/render-cache.ts';

/** An article's HTML, the headings its table of contents lists and its reading time. */
export interface RenderedArticle {
  html: string;
  headings: MarkdownHeading[];
  minutes: number;
}

// Made once per build; its fact lookup rereads the fact file only when a file in it changes. The
// dev server re-imports this module after every edit an editor saves, and making the processor
// (Shiki's highlighter included) and validating the fact file again took most of a second per edit
// at 1,000 articles; there it is kept on globalThis until a file of the pipeline's code changes.
interface KeptRenderer {
  stamp: string;
  renderer: Promise<MarkdownRenderer>;
}
const renderers = new Map<Locale, Promise<MarkdownRenderer>>();

function makeRenderer(locale: Locale): Promise<MarkdownRenderer> {
  return createArticleRenderer({
    base: import.meta.env.BASE_URL,
    lookup: createFactLookup(__PROJECT_ROOT__, 'content', locale),
    locale,
  });
}

function getRenderer(locale: Locale): Promise<MarkdownRenderer> {
  if (!SHOW_DRAFTS) {
    let made = renderers.get(locale);
    if (!made) {
      made = makeRenderer(locale);
      renderers.set(locale, made);
    }
    return made;
  }
  const KEPT = Symbol.for(`four-islands.article-renderer.${locale}`);
  const store = globalThis as { [key: symbol]: KeptRenderer | undefined };
  const stamp = `${import.meta.env.BASE_URL}|${codeStamp(__PROJECT_ROOT__)}`;
  const kept = store[KEPT];
  if (kept && kept.stamp === stamp) return kept.renderer;
  const made = makeRenderer(locale);
  store[KEPT] = { stamp, renderer: made };
  return made;
}

/** The absolute path of an entry's file (entries keep it relative to the project root). */
const fileOf = (entry: CollectionEntry<'articles'>) =>
  join(__PROJECT_ROOT__, entry.filePath ?? articleFile(entry.id));

/**
 * The Markdown after the frontmatter, byte for byte what the content check rendered: the
 * translation's when one is given.
 */
export function articleBody(
  entry: CollectionEntry<'articles'>,
  translation?: CollectionEntry<'articleTranslations'>,
): string {
  const file = translation ? join(__PROJECT_ROOT__, translation.filePath ?? '') : fileOf(entry);
  const text = readFileSync(file, 'utf8');
  return splitFrontmatter(text)?.body ?? text;
}

/** An article as a page in one language shows it. */
export interface ArticleInLanguage {
  /** The English article: its facts, dates and sources are the page's in every language. */
  entry: CollectionEntry<'articles'>;
  locale: Locale;
  /** The translation shown, when there is one in this language. */
  translation?: CollectionEntry<'articleTranslations'>;
  /** Whether the text is the original, a current or an older translation, or English as a fallback. */
  state: TranslationState;
  title: string;
  description: string;
  /** Its corrections, in the translation's words where it has one. */
  corrections: CollectionEntry<'articles'>['data']['corrections'];
}

/** The translation of an article in a language, if there is one. */
export async function getArticleTranslation(
  locale: Locale,
  slug: string,
): Promise<CollectionEntry<'articleTranslations'> | undefined> {
  if (locale === DEFAULT_LOCALE) return undefined;
  const translations = await getCollection('articleTranslations');
  return translations.find((candidate) => candidate.id === `${locale}/${slug}`);
}

/** The languages an article is written in: English and those of its translations. */
export async function articleLanguages(slug: string): Promise<Locale[]> {
  const translations = await getCollection('articleTranslations');
  return LOCALES.filter(
    (locale) =>
      locale === DEFAULT_LOCALE ||
      translations.some((candidate) => candidate.id === `${locale}/${slug}`),
  );
}

/** The article in a language: its translation (current or older) or the English text. */
export async function articleIn(
  entry: CollectionEntry<'articles'>,
  locale: Locale,
): Promise<ArticleInLanguage> {
  const translation = await getArticleTranslation(locale, entry.id);
  const state = translationState(
    locale === DEFAULT_LOCALE,
    translation?.data.originalHash,
    readFileSync(fileOf(entry), 'utf8'),
  );
  return {
    entry,
    locale,
    translation,
    state,
    title: translation?.data.title ?? entry.data.title,
    description: translation?.data.description ?? entry.data.description,
    corrections: translatedCorrections(entry.data.corrections, translation?.data.corrections),
  };
}

// The content check renders every article with the same processor and leaves each render in a
// disk cache keyed by the body, the code and the facts; a build takes it from there instead of
// rendering twice. The dev server renders afresh (its code and facts change under it).
const caches = new Map<Locale, { store: RenderCache; version: string }>();
function getCache(locale: Locale) {
  if (SHOW_DRAFTS) return undefined;
  let cache = caches.get(locale);
  if (!cache) {
    cache = {
      store: diskRenderCache(__PROJECT_ROOT__),
      version: renderVersion(__PROJECT_ROOT__, renderScope(import.meta.env.BASE_URL, locale)),
    };
    caches.set(locale, cache);
  }
  return cache;
}

/** Renders an article as Astro's content layer would, reading its file once. */
export async function renderArticle(
  entry: CollectionEntry<'articles'>,
  locale: Locale = DEFAULT_LOCALE,
  translation?: CollectionEntry<'articleTranslations'>,
): Promise<RenderedArticle> {
  const sourceFile = translation
    ? join(__PROJECT_ROOT__, translation.filePath ?? '')
    : fileOf(entry);
  const sourceText = readFileSync(sourceFile, 'utf8');
  const body = splitFrontmatter(sourceText)?.body ?? sourceText;
  const cached = getCache(locale);
  const key = cached ? renderKey(cached.version, body) : '';
  const hit = cached?.store.get(key);
  if (hit) return { html: hit.html, headings: hit.headings, minutes: readingMinutes(body) };
  let rendered: Awaited<ReturnType<typeof renderBody>>;
  try {
    rendered = await renderBody(await getRenderer(locale), body, sourceFile);
  } catch (error) {
    // An editor's mistake (in the dev server, where the check does not stop the page) is shown
    // as the check's message at the file's line, not as a stack trace.
    const file = translation?.filePath ?? entry.filePath ?? articleFile(entry.id);
    const start = {
      line: splitFrontmatter(sourceText)?.bodyLine ?? 1,
      column: 1,
    };
    const problems = await articleRenderProblems(
      error,
      file,
      start,
      async () => (await validateContent({ root: __PROJECT_ROOT__ })).problems,
    );
    throw problems ? editorError(problems, __PROJECT_ROOT__) : error;
  }
  // Local images would need Astro's image pipeline, which only its own rendering applies; the
  // content check refuses every image path that is not a page or an https:// address.
  const local = rendered.scan.items.filter(
    (item) => item.kind === 'image' && !/^[a-z][a-z0-9+.-]*:|^\//i.test(item.value),
  );
  if (local.length > 0) {
    throw new Error(
      `${entry.filePath}: local images are not supported in articles (${local.map((item) => item.value).join(', ')})`,
    );
  }
  cached?.store.set(key, { html: rendered.html, headings: rendered.headings, scan: rendered.scan });
  return { html: rendered.html, headings: rendered.headings, minutes: readingMinutes(body) };
}

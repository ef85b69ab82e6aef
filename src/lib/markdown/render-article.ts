import { pathToFileURL } from 'node:url';
import type { Locale } from '../../i18n/locales.ts';
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import { idsInHtml } from '../html-ids.ts';
import { createArticleRenderer } from './article-processor.ts';
import { collectedScans } from './remark-collect-scan.ts';
import type { FactLookup } from './remark-fact-links.ts';
import {
  diskRenderCache,
  renderKey,
  renderScope,
  renderVersion,
  type RenderCache,
  type RenderedBody,
} from './render-cache.ts';

/** An article as the renderer made it, with the ids its HTML holds (headings, footnotes). */
export interface RenderedArticle extends RenderedBody {
  anchors: string[];
}

/** Renders one body; the scan comes from the collector that ran inside the same render. */
export async function renderBody(
  renderer: MarkdownRenderer,
  body: string,
  file?: string,
): Promise<RenderedArticle> {
  const frontmatter = {};
  const result = await renderer.render(body, {
    frontmatter,
    fileURL: file ? pathToFileURL(file) : undefined,
  });
  const scan = collectedScans.get(result.metadata.frontmatter) ?? collectedScans.get(frontmatter);
  if (!scan) throw new Error('the Markdown pipeline ran without its link collector');
  return {
    html: result.code,
    headings: result.metadata.headings,
    scan,
    anchors: idsInHtml(result.code),
  };
}

export interface RenderBodiesOptions {
  root: string;
  contentDir?: string;
  base: string;
  lookup: FactLookup;
  /** Read and write the disk cache of rendered articles. */
  cache: boolean;
  /** The language the bodies are rendered for; English by default. */
  locale?: Locale;
  /**
   * Leave the cache's older entries in place (a first call for one language must not prune what
   * another language's call just wrote); the last call of a check prunes.
   */
  keep?: Set<string>;
}

/**
 * Renders every article body with the site's processor, as the content check needs them: a fact
 * link to an unknown entry is collected, not fatal. A body the cache holds under the same code,
 * facts and articles is not rendered again; a render is cached only when every fact link in it
 * was known, so the build (which never tolerates an unknown one) can take it as it is.
 */
export async function renderArticleBodies(
  articles: readonly { body: string; file: string }[],
  { root, contentDir = 'content', base, lookup, cache, locale = 'en', keep }: RenderBodiesOptions,
): Promise<(RenderedArticle | { error: string })[]> {
  if (articles.length === 0) return [];
  let unknownFactLinks = 0;
  const renderer = await createArticleRenderer({
    base,
    lookup: () => lookup,
    locale,
    onUnknownFactLink: () => {
      unknownFactLinks += 1;
    },
  });
  const store: RenderCache | undefined = cache
    ? diskRenderCache(root, { background: true })
    : undefined;
  const version = store ? renderVersion(root, renderScope(base, locale), contentDir) : '';
  const results: (RenderedArticle | { error: string })[] = [];
  const used = keep ?? new Set<string>();
  for (const { body, file } of articles) {
    const key = store ? renderKey(version, body) : '';
    used.add(key);
    const cached = store?.get(key);
    if (cached) {
      results.push({ ...cached, anchors: idsInHtml(cached.html) });
      continue;
    }
    unknownFactLinks = 0;
    try {
      const rendered = await renderBody(renderer, body, file);
      // A turn of the event loop, so that the writes of earlier renders go on meanwhile.
      await new Promise(setImmediate);
      if (store && unknownFactLinks === 0)
        store.set(key, { html: rendered.html, headings: rendered.headings, scan: rendered.scan });
      results.push(rendered);
    } catch (error) {
      results.push({
        error:
          error instanceof Error
            ? (error.message.split('\n').at(-1) ?? error.message)
            : String(error),
      });
    }
  }
  await store?.flush();
  // Every article was rendered or read just now: what the cache holds besides is an older version.
  if (!keep) store?.prune(used);
  return results;
}

export { createArticleRenderer, diskRenderCache, idsInHtml, renderKey, renderVersion };

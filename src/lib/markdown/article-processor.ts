import { unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkFactLinks, type FactLookup } from './remark-fact-links.ts';

export interface ArticleProcessorOptions {
  /** The site's base path, for the addresses of fact links. */
  base: string;
  /** The facts fact links and quote blocks need. */
  lookup: () => FactLookup;
}

/**
 * The articles' Markdown pipeline, in one place for `astro.config.mjs` (Astro's `markdown.processor`)
 * and for `src/data/articles.ts`, which renders each article when its page is built.
 */
export function articleProcessor({ base, lookup }: ArticleProcessorOptions) {
  return unified({
    // GFM is switched off in the processor and added once as remark-gfm: the same parts the
    // content check parses with (src/lib/markdown/parse.ts).
    gfm: false,
    remarkPlugins: [remarkGfm, [remarkFactLinks, { base, lookup }]],
    // Footnotes are the articles' citations: give their list a visible heading.
    remarkRehype: {
      footnoteLabel: 'Notes and sources',
      footnoteLabelTagName: 'h2',
      footnoteLabelProperties: { className: ['footnotes-label'] },
      // A note cited several times gets one back link per citation: "↩ 2 3 …", each a plain
      // number rather than "↩" with a superscript, so the row stays short and each link a
      // 24×24 target; its name holds the number it shows (label in name).
      footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) =>
        `Back to citation ${referenceIndex + 1}${rereferenceIndex > 1 ? `, use ${rereferenceIndex}` : ''}`,
      footnoteBackContent: (_referenceIndex: number, rereferenceIndex: number) =>
        rereferenceIndex > 1 ? String(rereferenceIndex) : '↩',
    },
  });
}

/**
 * The rest of `astro.config.mjs`'s `markdown` settings, as Astro hands them to the processor:
 * articles have no code blocks (Shiki's inline styles would also break the CSP), and Astro's
 * default smart punctuation stays on.
 */
export const ARTICLE_MARKDOWN_SETTINGS = { syntaxHighlight: false, smartypants: true } as const;

/** A renderer with those settings, as Astro's content layer would make it. */
export function createArticleRenderer(options: ArticleProcessorOptions): Promise<MarkdownRenderer> {
  return articleProcessor(options).createRenderer(ARTICLE_MARKDOWN_SETTINGS);
}

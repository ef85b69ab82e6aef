import { unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import type { ElementContent } from 'hast';
import { remarkCollectScan } from './remark-collect-scan.ts';
import { remarkGfmByDocument } from './remark-gfm-by-document.ts';
import { remarkFactLinks, type FactLookup } from './remark-fact-links.ts';
import { remarkSmartPunctuation } from './remark-smart-punctuation.ts';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';
import { ui } from '../../i18n/ui.ts';

export interface ArticleProcessorOptions {
  /** The site's base path, for the addresses of fact links. */
  base: string;
  /** The facts fact links and quote blocks need. */
  lookup: () => FactLookup;
  /**
   * Called for a fact link to no known entry. By default rendering stops with an error (the build
   * never publishes one); the content check passes a function that lets it collect them all.
   */
  onUnknownFactLink?: (url: string, line: number | undefined) => void;
  /** The language the articles are rendered in (their links, quote blocks and notes' heading). */
  locale?: Locale;
}

/**
 * The articles' Markdown pipeline, in one place for `astro.config.mjs` (Astro's `markdown.processor`)
 * and for `src/data/articles.ts`, which renders each article when its page is built.
 */
export function articleProcessor({
  base,
  lookup,
  onUnknownFactLink,
  locale = DEFAULT_LOCALE,
}: ArticleProcessorOptions) {
  const t = ui(locale).markdown;
  return unified({
    // GFM is switched off in the processor and added once as remark-gfm (through
    // remark-gfm-by-document.ts, which skips email literals where no "@" is). The content check
    // renders with this same processor; the collector runs first and records what the editor wrote.
    gfm: false,
    // Astro's own smart punctuation is replaced by the same replacements made only where they
    // can change something (remark-smart-punctuation.ts), first, where Astro runs its own.
    smartypants: false,
    remarkPlugins: [
      remarkSmartPunctuation,
      remarkGfmByDocument,
      remarkCollectScan,
      [remarkFactLinks, { base, lookup, onUnknownFactLink, locale }],
    ],
    // Footnotes are the articles' citations: give their list a visible heading.
    remarkRehype: {
      footnoteLabel: t.footnotesHeading,
      footnoteLabelTagName: 'h2',
      footnoteLabelProperties: { className: ['footnotes-label'] },
      footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) =>
        footnoteBackLabel(referenceIndex, rereferenceIndex, locale),
      footnoteBackContent,
    },
  });
}

/**
 * The accessible name of a footnote's back-link. A note cited more than once has one back-link per
 * citation; the later ones show their number ("↩2"), so their name carries it too (WCAG 2.5.3,
 * label in name: the visible text is part of the name).
 */
export function footnoteBackLabel(
  referenceIndex: number,
  rereferenceIndex: number,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const t = ui(locale).markdown;
  return rereferenceIndex > 1
    ? t.backToReferenceUse(referenceIndex + 1, rereferenceIndex)
    : t.backToReference(referenceIndex + 1);
}

/**
 * What a back-link shows: "↩", and for a note's later citations the plain citation number, so a
 * note cited eight times reads "↩ 2 3 … 8" on one short row of 24×24 targets.
 */
export function footnoteBackContent(
  _referenceIndex: number,
  rereferenceIndex: number,
): ElementContent[] {
  return [{ type: 'text', value: rereferenceIndex <= 1 ? '↩' : String(rereferenceIndex) }];
}

/**
 * The rest of `astro.config.mjs`'s `markdown` settings, as Astro hands them to the processor:
 * articles have no code blocks (Shiki's inline styles would also break the CSP).
 */
export const ARTICLE_MARKDOWN_SETTINGS = { syntaxHighlight: false } as const;

/** A renderer with those settings, as Astro's content layer would make it. */
export function createArticleRenderer(options: ArticleProcessorOptions): Promise<MarkdownRenderer> {
  return articleProcessor(options).createRenderer(ARTICLE_MARKDOWN_SETTINGS);
}

// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { contentCheck } from './src/lib/content/astro-integration.ts';
import { createFactLookup } from './src/lib/content/fact-lookup.ts';
import {
  ARTICLE_MARKDOWN_SETTINGS,
  articleProcessor,
} from './src/lib/markdown/article-processor.ts';
import { tileImageSource, tilesFromEnv } from './src/lib/map/tiles.ts';
import { siteOptionsFromEnv } from './src/lib/site-options.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/i18n/locales.ts';

const { site, base } = siteOptionsFromEnv(process.env);
// Off by default; when a tile layer is configured, its host (and only then) may serve images.
const tiles = tilesFromEnv(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // English at the root, the translations under /ja/ and /ru/. Every page exists in every
  // language (src/pages/[...lang]/ makes each from the route table), so no fallback routing is
  // configured: an untranslated article is served in English on its own page, with a notice.
  i18n: {
    locales: [...LOCALES],
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    contentCheck(),
    // The 404 page is served for missing addresses, never as a page of its own.
    sitemap({
      filter: (page) => !/\/404\/?$/.test(new URL(page).pathname),
      // Each page lists its other languages as alternates (xhtml:link hreflang).
      i18n: {
        defaultLocale: DEFAULT_LOCALE,
        locales: Object.fromEntries(LOCALES.map((locale) => [locale, locale])),
      },
    }),
  ],
  security: {
    // A CSP <meta> on every page with hashes of the scripts and styles Astro emits; no inline
    // script runs unless it is hashed. The search page adds 'wasm-unsafe-eval' for Pagefind.
    csp: {
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        `img-src 'self' data:${tiles ? ` ${tileImageSource(tiles)}` : ''}`,
        "connect-src 'self'",
        "font-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
      ],
    },
  },
  vite: {
    build: {
      // Astro 7 inlines small scripts into the page, but a script with a dynamic import of a
      // computed path (the search page's Pagefind loader) still holds Vite's __VITE_PRELOAD__
      // marker at that point and would throw at run time (withastro/astro#17265). Keep such a
      // chunk as a file, where Vite finishes it; everything else inlines under 4 KB as before.
      assetsInlineLimit: (_file, content) =>
        content.includes('__VITE_PRELOAD__') ? false : undefined,
    },
  },
  // The articles' pipeline (remark-gfm, fact links, footnote labels), shared with
  // src/data/articles.ts, which renders each article when its page is built.
  markdown: {
    ...ARTICLE_MARKDOWN_SETTINGS,
    processor: articleProcessor({
      base,
      lookup: createFactLookup(fileURLToPath(new URL('.', import.meta.url))),
    }),
  },
});

/**
 * The Starlight site the project's build is compared with: Astro's own documentation theme with
 * its defaults (Pagefind search, a sitemap, a sidebar listing every page, its Markdown transforms),
 * the articles in its `docs` collection, and the same Markdown pipeline as the project and the bare
 * site (unified with remark-gfm: Starlight adds its own remark and rehype plugins to whichever
 * processor `markdown.processor` names). No package.json: it borrows the project's node_modules.
 * Returns file paths (relative to the site's root) and their text; the caller copies the articles
 * into `STARLIGHT_ARTICLES_DIR`. Like the project, it has three languages (English at the root,
 * Japanese and Russian): Starlight builds each untranslated article once per language, in English
 * with a notice, as the project does.
 */
export const STARLIGHT_ARTICLES_DIR = 'src/content/docs';

export function starlightFiles(): Record<string, string> {
  return {
    'astro.config.mjs': `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

export default defineConfig({
  // Starlight writes a sitemap only when the site's address is known.
  site: 'https://bench.example',
  markdown: {
    syntaxHighlight: false,
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }),
  },
  integrations: [
    starlight({
      title: 'Benchmark',
      locales: {
        root: { label: 'English', lang: 'en' },
        ja: { label: '日本語', lang: 'ja' },
        ru: { label: 'Русский', lang: 'ru' },
      },
    }),
  ],
});
`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
};
`,
  };
}

/**
 * The bare Astro site the project's build is compared with: the same Markdown pipeline (unified
 * with remark-gfm, as in the project's astro.config.mjs) and nothing else: one glob collection,
 * one route that renders each entry in each of the project's three languages (English at the
 * root, Japanese and Russian under their prefixes, with Astro's i18n routing), as the project
 * builds every article page in every language. No package.json: it borrows the project's
 * node_modules.
 * Returns file paths (relative to the site's root) and their text; the articles are copied in
 * content/articles/ by the caller.
 */
/** Where the caller copies the articles. */
export const BARE_ARTICLES_DIR = 'content/articles';

export function bareAstroFiles(): Record<string, string> {
  return {
    'astro.config.mjs': `import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

export default defineConfig({
  i18n: { locales: ['en', 'ja', 'ru'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  markdown: {
    syntaxHighlight: false,
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }),
  },
});
`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '*.md', base: 'content/articles' }) }),
};
`,
    'src/pages/[...lang]/[slug].astro': `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const entries = await getCollection('articles');
  return [undefined, 'ja', 'ru'].flatMap((lang) =>
    entries.map((entry) => ({ params: { lang, slug: entry.id }, props: { entry } })),
  );
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---

<html lang={Astro.currentLocale}>
  <head>
    <meta charset="utf-8" />
    <title>{entry.data.title}</title>
  </head>
  <body>
    <main>
      <h1>{entry.data.title}</h1>
      <Content />
    </main>
  </body>
</html>
`,
  };
}

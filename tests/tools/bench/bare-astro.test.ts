import { describe, expect, it } from 'vitest';
import { bareAstroFiles } from '../../../tools/bench/bare-astro.ts';

describe('bareAstroFiles', () => {
  const files = bareAstroFiles();

  it('is a config, one glob collection and one route, and no package.json', () => {
    expect(Object.keys(files).sort()).toEqual([
      'astro.config.mjs',
      'src/content.config.ts',
      'src/pages/[...lang]/[slug].astro',
    ]);
  });

  it('uses the project’s Markdown pipeline: unified with GFM as remark-gfm', () => {
    expect(files['astro.config.mjs']).toContain(
      'processor: unified({ gfm: false, remarkPlugins: [remarkGfm] })',
    );
    expect(files['astro.config.mjs']).toContain("import remarkGfm from 'remark-gfm';");
  });

  it('reads the articles from content/articles and renders each entry', () => {
    expect(files['src/content.config.ts']).toContain(
      "glob({ pattern: '*.md', base: 'content/articles' })",
    );
    expect(files['src/pages/[...lang]/[slug].astro']).toContain('await render(entry)');
    expect(files['src/pages/[...lang]/[slug].astro']).toContain('<Content />');
  });

  it('builds every article in the project’s three languages, English at the root', () => {
    expect(files['astro.config.mjs']).toContain(
      "i18n: { locales: ['en', 'ja', 'ru'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } }",
    );
    expect(files['src/pages/[...lang]/[slug].astro']).toContain("[undefined, 'ja', 'ru'].flatMap");
    expect(files['src/pages/[...lang]/[slug].astro']).toContain(
      '<html lang={Astro.currentLocale}>',
    );
  });
});

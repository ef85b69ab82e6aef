import { describe, expect, it } from 'vitest';
import { STARLIGHT_ARTICLES_DIR, starlightFiles } from '../../../tools/bench/starlight.ts';

describe('starlightFiles', () => {
  const files = starlightFiles();
  const config = files['astro.config.mjs'] ?? '';

  it('is a config and the docs collection, and no package.json', () => {
    expect(Object.keys(files).sort()).toEqual(['astro.config.mjs', 'src/content.config.ts']);
  });

  it('uses the project’s Markdown pipeline: unified with GFM as remark-gfm', () => {
    expect(config).toContain('processor: unified({ gfm: false, remarkPlugins: [remarkGfm] })');
    expect(config).toContain("import { unified } from '@astrojs/markdown-remark';");
    expect(config).toContain("import remarkGfm from 'remark-gfm';");
  });

  it('keeps Starlight’s defaults on: Pagefind is not switched off, and the site address a sitemap needs is set', () => {
    expect(config).toContain("title: 'Benchmark',");
    expect(config).not.toContain('pagefind');
    expect(config).toMatch(/site: 'https:\/\/[^']+'/);
  });

  it('has the project’s three languages, English at the root, so each article is built three times', () => {
    expect(config).toContain("root: { label: 'English', lang: 'en' }");
    expect(config).toContain("ja: { label: '日本語', lang: 'ja' }");
    expect(config).toContain("ru: { label: 'Русский', lang: 'ru' }");
  });

  it('reads the articles with Starlight’s docs loader and schema, from src/content/docs', () => {
    expect(files['src/content.config.ts']).toContain(
      'docs: defineCollection({ loader: docsLoader(), schema: docsSchema() })',
    );
    expect(STARLIGHT_ARTICLES_DIR).toBe('src/content/docs');
  });
});

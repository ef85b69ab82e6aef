import { describe, expect, it } from 'vitest';
import { bareAstroFiles } from '../../../tools/bench/bare-astro.ts';

describe('bareAstroFiles', () => {
  const files = bareAstroFiles();

  it('is a config, one glob collection and one route, and no package.json', () => {
    expect(Object.keys(files).sort()).toEqual([
      'astro.config.mjs',
      'src/content.config.ts',
      'src/pages/[slug].astro',
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
    expect(files['src/pages/[slug].astro']).toContain('await render(entry)');
    expect(files['src/pages/[slug].astro']).toContain('<Content />');
  });
});

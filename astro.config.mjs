// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { contentCheck } from './src/lib/content/astro-integration.ts';
import { siteOptionsFromEnv } from './src/lib/site-options.ts';

const { site, base } = siteOptionsFromEnv(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentCheck()],
  markdown: {
    // The unified pipeline, so remark/rehype plugins apply. GFM is switched off in the processor
    // and added once as remark-gfm: the same plugin the content check parses with.
    processor: unified({
      gfm: false,
      remarkPlugins: [remarkGfm],
    }),
  },
});

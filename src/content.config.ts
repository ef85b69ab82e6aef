// Wires Astro's loaders to the content contract in src/schemas; nothing else belongs here.
// The project's own check (src/lib/content/validate.ts) runs before the build and refuses bad
// content with positions; these collections then serve the validated entries to the pages.
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { articleLoader } from './lib/content/article-loader.ts';
import { parse } from 'yaml';
import { ARTICLES, FACT_COLLECTIONS } from './schemas/index.ts';

// The same YAML 1.2 reader as the check, so an unquoted 2016-12-15 is read the same way by both.
const factFile = (name: string) => file(`content/facts/${name}`, { parser: (text) => parse(text) });

export const collections = {
  sources: defineCollection({
    loader: factFile(FACT_COLLECTIONS.sources.file),
    schema: FACT_COLLECTIONS.sources.schema,
  }),
  islands: defineCollection({
    loader: factFile(FACT_COLLECTIONS.islands.file),
    schema: FACT_COLLECTIONS.islands.schema,
  }),
  actors: defineCollection({
    loader: factFile(FACT_COLLECTIONS.actors.file),
    schema: FACT_COLLECTIONS.actors.schema,
  }),
  events: defineCollection({
    loader: factFile(FACT_COLLECTIONS.events.file),
    schema: FACT_COLLECTIONS.events.schema,
  }),
  quotes: defineCollection({
    loader: factFile(FACT_COLLECTIONS.quotes.file),
    schema: FACT_COLLECTIONS.quotes.schema,
  }),
  claims: defineCollection({
    loader: factFile(FACT_COLLECTIONS.claims.file),
    schema: FACT_COLLECTIONS.claims.schema,
  }),
  articles: defineCollection({
    // Frontmatter only: each article is rendered when its page is built (see the loader).
    loader: articleLoader(`content/${ARTICLES.dir}`),
    schema: ARTICLES.schema,
  }),
};

// Wires Astro's loaders to the registry of collections in src/schemas; nothing else belongs here.
// The project's own check (src/lib/content/validate.ts) runs before the build and refuses bad
// content with positions; these collections then serve the validated entries to the pages.
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { parse } from 'yaml';
import { articleLoader, articleTranslationLoader } from './lib/content/article-loader.ts';
import { ArticleTranslationSchema } from './schemas/article-translation.ts';
import {
  ARTICLES,
  FACT_COLLECTIONS,
  FACT_COLLECTION_NAMES,
  type FactCollectionName,
} from './schemas/index.ts';

// The same YAML 1.2 reader as the check, so an unquoted 2016-12-15 is read the same way by both.
const factCollection = <K extends FactCollectionName>(name: K) =>
  defineCollection({
    loader: file(`content/facts/${FACT_COLLECTIONS[name].file}`, { parser: (text) => parse(text) }),
    schema: FACT_COLLECTIONS[name].schema as (typeof FACT_COLLECTIONS)[K]['schema'],
  });

type FactCollections = { [K in FactCollectionName]: ReturnType<typeof factCollection<K>> };

export const collections = {
  ...(Object.fromEntries(
    FACT_COLLECTION_NAMES.map((name) => [name, factCollection(name)]),
  ) as FactCollections),
  articles: defineCollection({
    // Frontmatter only: each article is rendered when its page is built (see the loader).
    loader: articleLoader(`content/${ARTICLES.dir}`),
    schema: ARTICLES.schema,
  }),
  // The articles' translations, content/articles/ja/ and ru/: ids such as `ja/the-four-islands`.
  articleTranslations: defineCollection({
    loader: articleTranslationLoader(`content/${ARTICLES.dir}`),
    schema: ArticleTranslationSchema,
  }),
};

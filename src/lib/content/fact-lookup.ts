import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FactLookup } from '../markdown/remark-fact-links.ts';
import {
  FACT_COLLECTION_NAMES,
  type CollectionName,
  type FactCollectionName,
} from '../../schemas/index.ts';
import type { FactCollections } from '../facts-index.ts';
import { validateFacts } from './validate.ts';
import { localizeFacts, readFactTranslations } from '../../i18n/localize-facts.ts';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';

/**
 * The facts the Markdown pipeline needs (ids that exist, quotes to render), read from content/
 * and kept until a fact file changes, so rendering many articles reads the fact file once.
 */
export function createFactLookup(
  root: string,
  contentDir = 'content',
  locale: Locale = DEFAULT_LOCALE,
): () => FactLookup {
  let cachedKey = '';
  let cached: FactLookup | undefined;
  const factsDir = join(root, contentDir, 'facts');
  const articlesDir = join(root, contentDir, 'articles');

  // Runs once per rendered article, so it must not grow with the number of articles: listing the
  // articles folder here made a build quadratic (2.8 ms per article at 5,000 articles, 14 s in
  // all). The folder's own modification time changes whenever an article is added, removed or
  // renamed, which is all the slug list depends on; one stat answers that.
  const stamp = () => {
    const localeDir = join(factsDir, locale);
    const files =
      locale !== DEFAULT_LOCALE && existsSync(localeDir)
        ? [
            ...readdirSync(factsDir).sort(),
            ...readdirSync(localeDir)
              .sort()
              .map((file) => join(locale, file)),
          ]
        : existsSync(factsDir)
          ? readdirSync(factsDir).sort()
          : [];
    const articles = existsSync(articlesDir) ? statSync(articlesDir).mtimeMs : 'none';
    return (
      files.map((file) => `${file}:${statSync(join(factsDir, file)).mtimeMs}`).join('|') +
      `|articles:${articles}`
    );
  };

  return () => {
    const key = stamp();
    if (cached && key === cachedKey) return cached;
    const { content: english } = validateFacts({ root, contentDir });
    // The quotes, names and island names an article in this language shows.
    const content = localizeFacts(english, readFactTranslations(root, contentDir, locale), locale);
    const articleSlugs = new Set(
      existsSync(articlesDir)
        ? readdirSync(articlesDir)
            .filter((name) => name.endsWith('.md'))
            .map((name) => name.slice(0, -3))
        : [],
    );
    cached = lookupFromContent(content, articleSlugs, (id) =>
      existsSync(join(articlesDir, `${id}.md`)),
    );
    cachedKey = key;
    return cached;
  };
}

/**
 * The lookup over facts already validated. `articleExists` answers for an article missing from
 * `articleSlugs` (one added since the list was read, on a file system whose timestamps are too
 * coarse to show the change).
 */
export function lookupFromContent(
  content: FactCollections,
  articleSlugs: ReadonlySet<string>,
  articleExists: (slug: string) => boolean = () => false,
): FactLookup {
  const ids: Record<CollectionName, ReadonlySet<string>> = {
    ...(Object.fromEntries(
      FACT_COLLECTION_NAMES.map((name) => [name, new Set(content[name].map((entry) => entry.id))]),
    ) as Record<FactCollectionName, Set<string>>),
    articles: articleSlugs,
  };
  const actors = new Map(content.actors.map((entry) => [entry.id, entry]));
  const sources = new Map(content.sources.map((entry) => [entry.id, entry]));
  const quotes = new Map(content.quotes.map((entry) => [entry.id, entry]));
  const islands = new Map(content.islands.map((entry) => [entry.id, entry]));
  return {
    island: (id) => islands.get(id),
    has: (collection, id) =>
      ids[collection].has(id) || (collection === 'articles' && articleExists(id)),
    quote: (id) => {
      const quote = quotes.get(id);
      const speaker = quote ? actors.get(quote.speaker) : undefined;
      const source = quote ? sources.get(quote.source) : undefined;
      return quote && speaker && source ? { quote, speaker, source } : undefined;
    },
  };
}

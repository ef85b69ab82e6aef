// The one place pages get facts from: Astro's collections (already validated by the content check
// and the schemas), turned into a shared index once per build rather than once per page.
import { getCollection } from 'astro:content';
import { buildFactIndex, type FactCollections, type FactIndex } from '../lib/facts-index.ts';
import { staticPathsOf, type ParamRouteKind } from '../lib/site-model.ts';
import { FACT_COLLECTION_NAMES } from '../schemas/index.ts';
import { localizeFacts, readFactTranslations } from '../i18n/localize-facts.ts';
import { toLocale, type Locale } from '../i18n/locales.ts';
import { translatedCorrections } from '../i18n/article-translations.ts';

/**
 * Drafts show in `npm run dev` only: never in a build, feed, sitemap or search index. Set by the
 * content-check integration from Astro's command.
 */
export const SHOW_DRAFTS: boolean = __SHOW_DRAFTS__;

const cached = new Map<Locale, Promise<FactIndex>>();

type LoadedContent = FactCollections & { articles: FactIndex['articles'] };

async function loadContent(): Promise<LoadedContent> {
  const [facts, articles] = await Promise.all([
    Promise.all(
      FACT_COLLECTION_NAMES.map(
        async (name) => [name, (await getCollection(name)).map((entry) => entry.data)] as const,
      ),
    ),
    getCollection('articles', (entry) => SHOW_DRAFTS || !entry.data.draft),
  ]);
  return {
    ...(Object.fromEntries(facts) as FactCollections),
    articles: articles.map((entry) => ({ slug: entry.id, data: entry.data })),
  };
}

async function load(locale: Locale): Promise<FactIndex> {
  const content = await loadContent();
  // An article's title and description in lists and cards are its translation's where it has one.
  const translations = new Map(
    (await getCollection('articleTranslations'))
      .filter((entry) => entry.id.startsWith(`${locale}/`))
      .map((entry) => [entry.data.translationOf, entry.data] as const),
  );
  const articles = content.articles.map((article) => {
    const translation = translations.get(article.slug);
    return translation
      ? {
          ...article,
          data: {
            ...article.data,
            title: translation.title,
            description: translation.description,
            corrections: translatedCorrections(article.data.corrections, translation.corrections),
          },
        }
      : article;
  });
  return buildFactIndex(
    localizeFacts(
      { ...content, articles },
      readFactTranslations(__PROJECT_ROOT__, 'content', locale),
      locale,
    ),
  );
}

/**
 * The fact index in a page's language (`Astro.currentLocale`): the same entries in every language,
 * with their text translated (src/i18n/localize-facts.ts). Built once per build and language,
 * afresh on each request in the dev server.
 */
export function getFacts(language?: string): Promise<FactIndex> {
  const locale = toLocale(language);
  if (SHOW_DRAFTS) return load(locale);
  let index = cached.get(locale);
  if (!index) {
    index = load(locale);
    cached.set(locale, index);
  }
  return index;
}

/** The published articles (drafts only in dev), newest first, as Astro entries for rendering. */
export async function getArticleEntries() {
  const entries = await getCollection('articles', (entry) => SHOW_DRAFTS || !entry.data.draft);
  const order = new Map((await getFacts()).articles.map((article, index) => [article.slug, index]));
  return entries.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

/** A page's `getStaticPaths`: its entries (one per language) in the route table the link check reads. */
export async function staticPaths(kind: ParamRouteKind) {
  return staticPathsOf(await loadContent(), kind, { showDrafts: SHOW_DRAFTS });
}

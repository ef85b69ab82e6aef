import rss from '@astrojs/rss';
import type { APIContext, GetStaticPaths } from 'astro';
import { articleIn } from '../../data/articles.ts';
import { getArticleEntries, staticPaths } from '../../data/facts.ts';
import { toJsDate } from '../../lib/articles.ts';
import { feedOptions } from '../../lib/feed.ts';
import { feedKind } from '../../lib/site-model.ts';
import { routes } from '../../lib/routes.ts';
import { feedInLanguage } from '../../data/feed-channel.ts';

export const getStaticPaths = (() => staticPaths(feedKind('articles'))) satisfies GetStaticPaths;

/**
 * The articles feed of one language: published articles only (drafts are never built), newest
 * first, each with its title and description in the feed's language and linked to its page there.
 * An article not yet translated is listed with its English title, marked as such.
 */
export async function GET(context: APIContext) {
  const { t, locale, link, channel } = feedInLanguage(
    context,
    'articles',
    (t) => t.shell.description,
  );
  const articles = await Promise.all(
    (await getArticleEntries()).map((entry) => articleIn(entry, locale)),
  );
  return rss(
    feedOptions(
      channel,
      articles.map((article) => ({
        title:
          article.state.kind === 'missing' ? t.shell.feed.inEnglish(article.title) : article.title,
        description: article.description,
        date: toJsDate(article.entry.data.updated ?? article.entry.data.published),
        link: link(routes.article(article.entry.id)),
        tags: article.entry.data.tags.map((tag) => t.articles.tagNames[tag] ?? tag),
      })),
    ),
  );
}

import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getArticleEntries } from '../data/facts.ts';
import { toJsDate } from '../lib/articles.ts';
import { feedOptions } from '../lib/feed.ts';
import { routes } from '../lib/routes.ts';
import { SITE } from '../lib/site.ts';
import { url } from '../lib/urls.ts';

/** The articles feed: published articles only (drafts are never built), newest first. */
export async function GET(context: APIContext) {
  const entries = await getArticleEntries();
  return rss(
    feedOptions(
      {
        title: `${SITE.name}: articles`,
        description: SITE.description,
        site: new URL(url('/'), context.site).href,
      },
      entries.map((entry) => ({
        title: entry.data.title,
        description: entry.data.description,
        date: toJsDate(entry.data.updated ?? entry.data.published),
        link: new URL(url(routes.article(entry.id)), context.site).href,
        tags: entry.data.tags,
      })),
    ),
  );
}

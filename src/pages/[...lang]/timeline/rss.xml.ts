import rss from '@astrojs/rss';
import type { APIContext, GetStaticPaths } from 'astro';
import { getFacts, staticPaths } from '../../../data/facts.ts';
import { toJsDate } from '../../../lib/articles.ts';
import { feedOptions } from '../../../lib/feed.ts';
import { feedKind } from '../../../lib/site-model.ts';
import { routes } from '../../../lib/routes.ts';
import { localeContext } from '../../../i18n/ui.ts';

export const getStaticPaths = (() => staticPaths(feedKind('timeline'))) satisfies GetStaticPaths;

/**
 * The timeline feed of one language: every event, latest first, dated by the day it happened (its
 * first day), in the feed's language and linked to its entry on that language's timeline.
 */
export async function GET(context: APIContext) {
  const { t, href, locale } = localeContext(context.currentLocale);
  const facts = await getFacts(locale);
  return rss(
    feedOptions(
      {
        title: `${t.shell.siteName}: ${t.shell.feeds.timeline}`,
        description: t.shell.feed.timeline(t.shell.siteName),
        site: new URL(href('/'), context.site).href,
        language: locale,
      },
      [...facts.events].reverse().map((event) => ({
        title: event.title,
        description: event.summary,
        date: toJsDate(event.date.start),
        link: new URL(href(routes.event(event.id)), context.site).href,
        tags: event.tags,
      })),
    ),
  );
}

import rss from '@astrojs/rss';
import type { APIContext, GetStaticPaths } from 'astro';
import { getFacts, staticPaths } from '../../../data/facts.ts';
import { toJsDate } from '../../../lib/articles.ts';
import { feedOptions } from '../../../lib/feed.ts';
import { feedKind } from '../../../lib/site-model.ts';
import { routes } from '../../../lib/routes.ts';
import { feedInLanguage } from '../../../data/feed-channel.ts';

export const getStaticPaths = (() => staticPaths(feedKind('timeline'))) satisfies GetStaticPaths;

/**
 * The timeline feed of one language: every event, latest first, dated by the day it happened (its
 * first day), in the feed's language and linked to its entry on that language's timeline.
 */
export async function GET(context: APIContext) {
  const { locale, link, channel } = feedInLanguage(context, 'timeline', (t) =>
    t.shell.feed.timeline(t.shell.siteName),
  );
  const facts = await getFacts(locale);
  return rss(
    feedOptions(
      channel,
      [...facts.events].reverse().map((event) => ({
        title: event.title,
        description: event.summary,
        date: toJsDate(event.date.start),
        link: link(routes.event(event.id)),
        tags: event.tags,
      })),
    ),
  );
}

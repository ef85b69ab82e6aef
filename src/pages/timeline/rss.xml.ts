import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getFacts } from '../../data/facts.ts';
import { toJsDate } from '../../lib/articles.ts';
import { feedOptions } from '../../lib/feed.ts';
import { routes } from '../../lib/routes.ts';
import { SITE } from '../../lib/site.ts';
import { url } from '../../lib/urls.ts';

/**
 * The timeline feed: every event, latest first, dated by the day it happened (its first day),
 * each linked to its entry on the timeline.
 */
export async function GET(context: APIContext) {
  const facts = await getFacts();
  return rss(
    feedOptions(
      {
        title: `${SITE.name}: timeline`,
        description: `The events of the dispute on the ${SITE.name} timeline, latest first, each with its sources on the site.`,
        site: new URL(url('/'), context.site).href,
      },
      [...facts.events].reverse().map((event) => ({
        title: event.title,
        description: event.summary,
        date: toJsDate(event.date.start),
        link: new URL(url(routes.event(event.id)), context.site).href,
        tags: event.tags,
      })),
    ),
  );
}

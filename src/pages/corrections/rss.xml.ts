import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getFacts } from '../../data/facts.ts';
import { gatherCorrections, correctionFeedItem } from '../../lib/corrections.ts';
import { feedOptions } from '../../lib/feed.ts';
import { islandName } from '../../lib/names.ts';
import { SITE } from '../../lib/site.ts';
import { url } from '../../lib/urls.ts';

/** The corrections feed: every correction recorded in articles and fact entries, newest first. */
export async function GET(context: APIContext) {
  const facts = await getFacts();
  const corrections = gatherCorrections({
    articles: facts.articles,
    events: facts.events,
    islands: facts.islands.map((island) => ({ ...island, name: islandName(island) })),
    actors: facts.actors,
  });
  return rss(
    feedOptions(
      {
        title: `${SITE.name}: corrections`,
        description: `Every correction made to ${SITE.name}: what a page said that was wrong, and what it says now.`,
        site: new URL(url('/'), context.site).href,
      },
      corrections.map((correction) =>
        correctionFeedItem(correction, new URL(url(correction.path), context.site).href),
      ),
    ),
  );
}

import rss from '@astrojs/rss';
import type { APIContext, GetStaticPaths } from 'astro';
import { getFacts, staticPaths } from '../../../data/facts.ts';
import { gatherCorrections, correctionFeedItem } from '../../../lib/corrections.ts';
import { feedOptions } from '../../../lib/feed.ts';
import { islandName } from '../../../lib/names.ts';
import { feedKind } from '../../../lib/site-model.ts';
import { feedInLanguage } from '../../../data/feed-channel.ts';

export const getStaticPaths = (() => staticPaths(feedKind('corrections'))) satisfies GetStaticPaths;

/**
 * The corrections feed of one language: every correction recorded in articles and fact entries,
 * newest first, each linked to the corrected page in the feed's language.
 */
export async function GET(context: APIContext) {
  const { t, locale, link, channel } = feedInLanguage(context, 'corrections', (t) =>
    t.shell.feed.corrections(t.shell.siteName),
  );
  const facts = await getFacts(locale);
  const corrections = gatherCorrections({
    articles: facts.articles,
    events: facts.events,
    islands: facts.islands.map((island) => ({
      ...island,
      name: islandName(island, 'both', locale),
    })),
    actors: facts.actors,
  });
  return rss(
    feedOptions(
      channel,
      corrections.map((correction) =>
        correctionFeedItem(correction, link(correction.path), t.shell.feed.correctionTitle),
      ),
    ),
  );
}

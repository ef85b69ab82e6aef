/**
 * Every correction on the site, gathered from articles and fact entries, for the /corrections/
 * page and its feed. Each one links to where it was made: the page, or the entry's anchor.
 */
import type { Correction } from '../schemas/correction.ts';
import type { PartialDate } from '../schemas/date.ts';
import { routes } from './routes.ts';

/** One correction with the page or entry it belongs to. */
export interface SiteCorrection extends Correction {
  /** What was corrected: the article's, event's, island's or actor's title. */
  title: string;
  /** What kind of entry: for the list's label. */
  kind: 'article' | 'event' | 'island' | 'actor';
  /** Its address without base: the page, or the entry's anchor on a shared page. */
  path: string;
  /** A stable id for the correction: its entry and its place in the entry's list. */
  id: string;
}

/** What the corrections are gathered from. */
export interface CorrectionInput {
  articles: readonly {
    slug: string;
    data: { title: string; corrections: readonly Correction[] };
  }[];
  events: readonly { id: string; title: string; corrections: readonly Correction[] }[];
  islands: readonly { id: string; name: string; corrections: readonly Correction[] }[];
  actors: readonly { id: string; name: string; corrections: readonly Correction[] }[];
}

const dayNumber = (date: PartialDate) => Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1);

/** All corrections, newest first; on the same day, in the order of the entries. */
export function gatherCorrections(input: CorrectionInput): SiteCorrection[] {
  const all: SiteCorrection[] = [];
  const add = (
    kind: SiteCorrection['kind'],
    key: string,
    title: string,
    path: string,
    list: readonly Correction[],
  ) =>
    list.forEach((correction, index) =>
      all.push({ ...correction, kind, title, path, id: `${kind}-${key}-${index + 1}` }),
    );
  for (const article of input.articles) {
    add(
      'article',
      article.slug,
      article.data.title,
      routes.article(article.slug),
      article.data.corrections,
    );
  }
  for (const event of input.events)
    add('event', event.id, event.title, routes.event(event.id), event.corrections);
  for (const island of input.islands) {
    add('island', island.id, island.name, routes.island(island.id), island.corrections);
  }
  for (const actor of input.actors)
    add('actor', actor.id, actor.name, routes.actor(actor.id), actor.corrections);
  return all
    .map((correction, order) => ({ correction, order }))
    .sort(
      (a, b) => dayNumber(b.correction.date) - dayNumber(a.correction.date) || a.order - b.order,
    )
    .map(({ correction }) => correction);
}

/** The anchor of a correction on /corrections/. */
export const correctionAnchor = (correction: { id: string }) => `correction-${correction.id}`;

/** A correction as a feed item: what was wrong and what changed, linked to where it was made. */
export function correctionFeedItem(
  correction: SiteCorrection,
  link: string,
  itemTitle: (title: string) => string = (title) => `Correction: ${title}`,
) {
  return {
    title: itemTitle(correction.title),
    description: `${correction.wrong} ${correction.changed}`,
    date: new Date(dayNumber(correction.date)),
    link,
    tags: [correction.kind],
  };
}

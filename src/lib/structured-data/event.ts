/**
 * Timeline events as schema.org Events: title, date, summary, and the islands they concern as
 * their location, each a reference to the island page's Place. A timeline page lists them in its
 * order as an ItemList.
 */
import type { Event } from '../../schemas/event.ts';
import type { Island } from '../../schemas/island.ts';
import { routes } from '../routes.ts';
import type { TimelineFilter } from '../timeline.ts';
import { nodeIds, ref, type Absolute } from './ids.ts';
import { schemaDateRange } from './dates.ts';
import {
  itemList,
  pageDocument,
  type IdentifiedNode,
  type JsonLdDocument,
  type JsonLdNode,
} from './page.ts';
import { placeRef } from './place.ts';

/**
 * Whether the events carry their summaries. The full timeline leaves them out: the page already
 * shows every summary, and repeating them all in the head (too far from the body for gzip to
 * share them) put it about 2 KB over the 35 KB reading-page budget (tools/bench/budgets.ts) in
 * December 2026. Each event is on exactly one period page, which gives it in full, same `@id`.
 */
export interface EventOptions {
  descriptions: boolean;
}

export function eventNode(
  abs: Absolute,
  event: Event,
  island: (id: string) => Pick<Island, 'id' | 'names'>,
  options: EventOptions = { descriptions: true },
): JsonLdNode {
  return {
    '@type': 'Event',
    '@id': nodeIds.event(abs, event.id),
    name: event.title,
    ...(options.descriptions ? { description: event.summary } : {}),
    ...schemaDateRange(event.date),
    url: nodeIds.event(abs, event.id),
    ...(event.islands.length > 0
      ? { location: event.islands.map((id) => placeRef(abs, island(id))) }
      : {}),
  };
}

/** A timeline's events in date order, for the page at `path`. */
export function eventList(
  abs: Absolute,
  path: string,
  name: string,
  events: readonly Event[],
  island: (id: string) => Pick<Island, 'id' | 'names'>,
  options: EventOptions = { descriptions: true },
): IdentifiedNode {
  return itemList(
    `${abs(path)}#events`,
    name,
    events.map((event) => eventNode(abs, event, island, options)),
    'ascending',
  );
}

/** The page a timeline filter is shown on. */
export function timelinePath(filter: TimelineFilter): string {
  if (filter.kind === 'island') return routes.timelineIsland(filter.id);
  if (filter.kind === 'actor') return routes.timelineActor(filter.id);
  if (filter.kind === 'period') return routes.timelinePeriod(filter.slug);
  return routes.timeline();
}

/** A timeline page's whole document: a CollectionPage whose main entity is its list of events. */
export function timelineDocument(
  abs: Absolute,
  page: { filter: TimelineFilter; name: string; description: string },
  events: readonly Event[],
  island: (id: string) => Pick<Island, 'id' | 'names'>,
  options: EventOptions = { descriptions: true },
): JsonLdDocument {
  const path = timelinePath(page.filter);
  const list = eventList(abs, path, page.name, events, island, options);
  return pageDocument(
    abs,
    {
      type: 'CollectionPage',
      path,
      name: page.name,
      description: page.description,
      mainEntity: ref(list['@id']),
    },
    [list],
  );
}

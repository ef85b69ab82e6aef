/**
 * Absolute addresses and node ids for structured data. Every entry has one `@id`, the same on
 * every page that mentions it, so that a reader of the data can join an event on the timeline to
 * the island page's Place, or a quote's speaker to the actor page's Person. Ids are built from the
 * routes (`routes.ts`), never written out by hand.
 */
import type { Party } from '../../schemas/common.ts';
import { routes } from '../routes.ts';

/** Turns a site path (`/islands/etorofu/`, without the base) into an absolute URL. */
export type Absolute = (sitePath: string) => string;

/** An `Absolute` for a site origin and the function that prefixes the deployment base. */
export function absoluteFor(
  site: URL | string | undefined,
  withBase: (sitePath: string) => string,
): Absolute {
  if (site === undefined)
    throw new Error('structured data needs the site URL (astro.config `site`)');
  return (sitePath) => new URL(withBase(sitePath), site).href;
}

/** A reference to a node described in full elsewhere (on this page or on its own page). */
export interface NodeRef {
  '@id': string;
}

export const ref = (id: string): NodeRef => ({ '@id': id });

export const nodeIds = {
  /** The site as publisher and author. */
  organization: (abs: Absolute) => `${abs(routes.home())}#organization`,
  website: (abs: Absolute) => `${abs(routes.home())}#website`,
  /** A page is its own address. */
  page: (abs: Absolute, sitePath: string) => abs(sitePath),
  article: (abs: Absolute, slug: string) => `${abs(routes.article(slug))}#article`,
  place: (abs: Absolute, islandId: string) => `${abs(routes.island(islandId))}#place`,
  actor: (abs: Absolute, actorId: string) => `${abs(routes.actor(actorId))}#actor`,
  /** Events, quotes and sources live on list pages: their id is their anchor there. */
  event: (abs: Absolute, eventId: string) => abs(routes.event(eventId)),
  quote: (abs: Absolute, quoteId: string) => abs(routes.quote(quoteId)),
  source: (abs: Absolute, sourceId: string) => abs(routes.source(sourceId)),
  /** One party's position on a point in dispute: the claim's anchor and the party. */
  position: (abs: Absolute, claimId: string, party: Party) =>
    `${abs(routes.claim(claimId))}-${party}`,
} as const;

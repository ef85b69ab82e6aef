import { routes } from '../routes.ts';
import type { CollectionName } from '../../schemas/common.ts';

/** The kinds of fact an editor can link to with `[text](kind:id)`. */
export const FACT_LINK_KINDS = ['island', 'actor', 'event', 'quote', 'source', 'claim', 'article'] as const;
export type FactLinkKind = (typeof FACT_LINK_KINDS)[number];

/** The collection each kind's ids live in. */
export const FACT_LINK_COLLECTION: Record<FactLinkKind, CollectionName> = {
  island: 'islands',
  actor: 'actors',
  event: 'events',
  quote: 'quotes',
  source: 'sources',
  claim: 'claims',
  article: 'articles',
};

/** A parsed fact link: `island:etorofu` → { kind: 'island', id: 'etorofu' }. */
export interface FactLink {
  kind: FactLinkKind;
  id: string;
}

const FACT_LINK = /^([a-z]+):([^/?#\s]*)$/;

/**
 * Reads `kind:id` link targets. Returns undefined for anything else (site paths, https URLs),
 * and `{ kind: undefined }` for a scheme that looks like a fact link but names no known kind, so the
 * check can say "unknown fact kind" instead of treating it as an external URL.
 */
export function parseFactLink(href: string): FactLink | { kind: undefined; scheme: string } | undefined {
  const match = FACT_LINK.exec(href.trim());
  if (!match) return undefined;
  const [, scheme = '', id = ''] = match;
  if (['http', 'https', 'mailto', 'tel', 'javascript', 'data', 'vbscript', 'file', 'ftp'].includes(scheme)) return undefined;
  if ((FACT_LINK_KINDS as readonly string[]).includes(scheme)) return { kind: scheme as FactLinkKind, id };
  return { kind: undefined, scheme };
}

/** The site path (without base) a fact link leads to. */
export function factLinkPath(link: FactLink): string {
  switch (link.kind) {
    case 'island':
      return routes.island(link.id);
    case 'actor':
      return routes.actor(link.id);
    case 'event':
      return routes.event(link.id);
    case 'quote':
      return routes.quote(link.id);
    case 'source':
      return routes.source(link.id);
    case 'claim':
      return routes.claim(link.id);
    case 'article':
      return routes.article(link.id);
  }
}

import {
  ARTICLES,
  COLLECTION_NAMES,
  COLLECTIONS,
  FACT_COLLECTIONS,
  type CollectionName,
  type FactCollectionName,
} from '../../schemas/index.ts';

/** The kinds of fact an editor can link to with `[text](kind:id)`: one per collection. */
export type FactLinkKind =
  (typeof FACT_COLLECTIONS)[FactCollectionName]['factLink'] | typeof ARTICLES.factLink;

/** The collection each kind's ids live in, from the registry. */
export const FACT_LINK_COLLECTION = Object.fromEntries(
  COLLECTION_NAMES.map((name) => [COLLECTIONS[name].factLink, name]),
) as Record<FactLinkKind, CollectionName>;

/** Every fact-link kind, in the registry's order. */
export const FACT_LINK_KINDS = Object.keys(FACT_LINK_COLLECTION) as FactLinkKind[];

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
export function parseFactLink(
  href: string,
): FactLink | { kind: undefined; scheme: string } | undefined {
  const match = FACT_LINK.exec(href.trim());
  if (!match) return undefined;
  const [, scheme = '', id = ''] = match;
  if (
    ['http', 'https', 'mailto', 'tel', 'javascript', 'data', 'vbscript', 'file', 'ftp'].includes(
      scheme,
    )
  )
    return undefined;
  if ((FACT_LINK_KINDS as readonly string[]).includes(scheme))
    return { kind: scheme as FactLinkKind, id };
  return { kind: undefined, scheme };
}

/** The site path (without base) a fact link leads to: the route its collection declares. */
export function factLinkPath(link: FactLink): string {
  return COLLECTIONS[FACT_LINK_COLLECTION[link.kind]].route(link.id);
}

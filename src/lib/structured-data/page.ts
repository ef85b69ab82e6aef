/**
 * What every page's structured data holds: the site as an Organization, the WebSite, the page
 * itself (WebPage, CollectionPage, AboutPage …), then the entities the page is about. One
 * document per page, `{ "@context": "https://schema.org", "@graph": [...] }`.
 */
import { routes } from '../routes.ts';
import { SITE } from '../site.ts';
import { nodeIds, ref, type Absolute, type NodeRef } from './ids.ts';

/** A schema.org node: a type, usually an id, and its properties. */
export interface JsonLdNode {
  '@type': string;
  '@id'?: string;
  [property: string]: unknown;
}

/** A node other nodes can point at. */
export type IdentifiedNode = JsonLdNode & { '@id': string };

/** What BaseLayout serializes into the page head. */
export interface JsonLdDocument {
  '@context': 'https://schema.org';
  '@graph': JsonLdNode[];
}

/** A string in a stated language: `{ "@value": "択捉島", "@language": "ja" }`. */
export interface LanguageValue {
  '@value': string;
  '@language': string;
}

export const inLanguage = (value: string, language: string): LanguageValue => ({
  '@value': value,
  '@language': language,
});

/** The site's language: every page is English (`<html lang="en">`). */
export const SITE_LANGUAGE = 'en';

/** The site as the publisher and author of its pages. */
export function siteOrganization(abs: Absolute): JsonLdNode {
  return {
    '@type': 'Organization',
    '@id': nodeIds.organization(abs),
    name: SITE.name,
    url: abs(routes.home()),
  };
}

/** The site as a whole, with its search page as the way to search it. */
export function webSite(abs: Absolute): JsonLdNode {
  return {
    '@type': 'WebSite',
    '@id': nodeIds.website(abs),
    name: SITE.name,
    description: SITE.description,
    url: abs(routes.home()),
    inLanguage: SITE_LANGUAGE,
    publisher: ref(nodeIds.organization(abs)),
    license: SITE.contentLicence.url,
    potentialAction: {
      '@type': 'SearchAction',
      // The search page reads its query from `?q=` (src/client/search.ts).
      target: {
        '@type': 'EntryPoint',
        urlTemplate: `${abs(routes.search())}?q={search_term_string}`,
      },
      'query-input': 'required name=search_term_string',
    },
  };
}

/** The kinds of page the site has, as schema.org names them. */
export type PageType = 'WebPage' | 'CollectionPage' | 'AboutPage' | 'SearchResultsPage';

export interface PageInput {
  type: PageType;
  /** The page's site path (without the base), as in `routes`. */
  path: string;
  name: string;
  description: string;
  /** What the page is chiefly about: its article, island, actor, or the list it shows. */
  mainEntity?: NodeRef;
  /** Other things it is about (the islands a map shows). */
  about?: readonly (NodeRef | JsonLdNode)[];
}

/** The page node: its address is its id, and it is part of the WebSite. */
export function webPage(abs: Absolute, page: PageInput): JsonLdNode {
  return {
    '@type': page.type,
    '@id': nodeIds.page(abs, page.path),
    url: abs(page.path),
    name: page.name,
    description: page.description,
    inLanguage: SITE_LANGUAGE,
    isPartOf: ref(nodeIds.website(abs)),
    publisher: ref(nodeIds.organization(abs)),
    ...(page.mainEntity ? { mainEntity: page.mainEntity } : {}),
    ...(page.about && page.about.length > 0 ? { about: [...page.about] } : {}),
  };
}

/** A page's whole document: the site, the page, then its entities. */
export function pageDocument(
  abs: Absolute,
  page: PageInput,
  entities: readonly JsonLdNode[] = [],
): JsonLdDocument {
  return {
    '@context': 'https://schema.org',
    '@graph': [siteOrganization(abs), webSite(abs), webPage(abs, page), ...entities],
  };
}

/** A list in the page's order, each item embedded (or referenced) in a ListItem. */
export function itemList(
  id: string,
  name: string,
  items: readonly (JsonLdNode | NodeRef)[],
  order: 'ascending' | 'unordered' = 'unordered',
): IdentifiedNode {
  return {
    '@type': 'ItemList',
    '@id': id,
    name,
    numberOfItems: items.length,
    itemListOrder:
      order === 'ascending'
        ? 'https://schema.org/ItemListOrderAscending'
        : 'https://schema.org/ItemListUnordered',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      item,
    })),
  };
}

/** Every Place in a node, however deep, named as `placeNames` names its id. */
function renamePlaces(value: unknown, placeNames: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(value)) return value.map((item) => renamePlaces(item, placeNames));
  if (value === null || typeof value !== 'object') return value;
  const node = Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, renamePlaces(item, placeNames)]),
  );
  const name = node['@type'] === 'Place' ? placeNames.get(String(node['@id'])) : undefined;
  return name === undefined ? node : { ...node, name };
}

/**
 * The document of a page in another language: its page node is that page (its own address, its
 * language); the entities keep their ids, which name the same island, person or event in every
 * language. The islands' Places take their names as the language writes both of them
 * (`placeNames`, by Place id: 歯舞群島（ハボマイ諸島）, where the structured-data code, which
 * does not know the page's language, wrote the English pattern). English pages are returned as
 * they are.
 */
export function localizeDocument(
  document: JsonLdDocument,
  locale: string,
  englishPageUrl: string,
  pageUrl: string,
  placeNames: ReadonlyMap<string, string> = new Map(),
): JsonLdDocument {
  if (locale === SITE_LANGUAGE) return document;
  return {
    ...document,
    '@graph': (renamePlaces(document['@graph'], placeNames) as JsonLdNode[]).map((node) =>
      node['@id'] === englishPageUrl
        ? {
            ...node,
            '@id': pageUrl,
            url: pageUrl,
            inLanguage: locale,
            translationOfWork: { '@id': englishPageUrl },
          }
        : node,
    ),
  };
}

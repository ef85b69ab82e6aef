// What a built page's preview image shows, read from the page itself: its Open Graph title and
// description, its eyebrow (the kind of page), its address, and the first static map on it (the
// home page's when it has none). Pure: HTML in, the card's fields out.
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { TRANSLATED_LOCALES } from '../../src/i18n/locales.ts';
import type { PreviewCard, PreviewMap } from '../../src/lib/preview/card.ts';

/** The parts of a card a page gives; the build adds the names and the site's name. */
export type PagePreview = Pick<PreviewCard, 'eyebrow' | 'title' | 'description' | 'address'> & {
  map: PreviewMap | null;
};

const attribute = (element: Element | undefined, name: string): string | undefined => {
  const value = element?.properties[name];
  if (Array.isArray(value)) return value.join(' ');
  return value === undefined || value === null ? undefined : String(value);
};

const meta = (tree: Root, property: string) =>
  attribute(select(`meta[property="${property}"]`, tree), 'content');

/** The page's first `.map-svg` as the card draws it: land and island shapes in its viewBox. */
export function staticMap(tree: Root): PreviewMap | null {
  const svg = select('svg.map-svg', tree);
  const box = attribute(svg, 'viewBox')?.split(/\s+/).map(Number);
  if (!svg || !box || box.length !== 4 || box.some((n) => !Number.isFinite(n))) return null;
  const [, , width = 0, height = 0] = box;
  const land = selectAll('path.map-svg__land', svg).flatMap((path) => attribute(path, 'd') ?? []);
  const islands = selectAll('a.map-svg__island', svg).flatMap((link) => {
    const d = attribute(select('path.map-svg__island-shape', link), 'd');
    const classes = attribute(link, 'className') ?? '';
    return d ? [{ d, focus: classes.split(/\s+/).includes('is-focus') }] : [];
  });
  return islands.length > 0 ? { width, height, land, islands } : null;
}

/**
 * The pieces of a built page its card is drawn from, found by position instead of parsing the
 * whole page (a long page parses in about 15 ms; a build may hold thousands): the head with the
 * Open Graph tags, the main column's first eyebrow, and the first static map. Equal pieces make
 * an equal card, so they are also what the card's cache key is made from.
 */
export function previewSource(html: string): { head: string; eyebrow: string; map: string } {
  const headEnd = html.indexOf('</head>');
  const head = headEnd === -1 ? '' : html.slice(0, headEnd + '</head>'.length);
  const main = html.indexOf('<main');
  const eyebrowMatch =
    main === -1 ? null : /<p class="eyebrow[" ][^>]*>[\s\S]*?<\/p>/.exec(html.slice(main));
  const svgStart = html.indexOf('<svg class="map-svg"');
  const svgEnd = svgStart === -1 ? -1 : html.indexOf('</svg>', svgStart);
  return {
    head,
    eyebrow: eyebrowMatch?.[0] ?? '',
    map: svgEnd === -1 ? '' : html.slice(svgStart, svgEnd + '</svg>'.length),
  };
}

/** A page's preview parts; `fallbackMap` is used when the page draws no map of its own. */
export function pagePreview(html: string, fallbackMap: PreviewMap | null): PagePreview {
  const source = previewSource(html);
  const tree = fromHtml(source.head);
  const title = meta(tree, 'og:title');
  const url = meta(tree, 'og:url');
  if (!title || !url) throw new Error('the page has no og:title or og:url');
  const eyebrow = source.eyebrow
    ? toString(fromHtml(source.eyebrow, { fragment: true })).trim()
    : '';
  return {
    eyebrow: eyebrow || undefined,
    title,
    description: meta(tree, 'og:description') ?? '',
    address: url.replace(/^https?:\/\//, ''),
    map: (source.map ? staticMap(fromHtml(source.map, { fragment: true })) : null) ?? fallbackMap,
  };
}

// An island's page in every language: /islands/etorofu/, /ja/islands/etorofu/, …
const ISLAND_PAGE = new RegExp(`^/(?:(?:${TRANSLATED_LOCALES.join('|')})/)?islands/([^/]+)/$`);

/** The island whose page this is (its card adds both native names), in any language. */
export const islandOfPage = (pagePath: string): string | undefined =>
  ISLAND_PAGE.exec(pagePath)?.[1];

// What a built page's preview image shows, read from the page itself: its Open Graph title and
// description, its eyebrow (the kind of page), its address, and the first static map on it (the
// home page's when it has none). Pure: HTML in, the card's fields out.
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
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

/** A page's preview parts; `fallbackMap` is used when the page draws no map of its own. */
export function pagePreview(html: string, fallbackMap: PreviewMap | null): PagePreview {
  const tree = fromHtml(html);
  const title = meta(tree, 'og:title');
  const url = meta(tree, 'og:url');
  if (!title || !url) throw new Error('the page has no og:title or og:url');
  const eyebrow = select('main .eyebrow', tree);
  return {
    eyebrow: eyebrow ? toString(eyebrow).trim() || undefined : undefined,
    title,
    description: meta(tree, 'og:description') ?? '',
    address: url.replace(/^https?:\/\//, ''),
    map: staticMap(tree) ?? fallbackMap,
  };
}

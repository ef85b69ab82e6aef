import type { Element, ElementContent } from 'hast';
import type { Link, Paragraph, PhrasingContent, Root } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import { formatDate } from '../dates.ts';
import { findIslandName, islandNameForms } from '../names.ts';
import { quotedText } from '../quotes.ts';
import { routes } from '../routes.ts';
import { joinBase } from '../urls.ts';
import type { Actor, CollectionName, Island, Quote, Source } from '../../schemas/index.ts';
import { FACT_LINK_COLLECTION, factLinkPath, parseFactLink } from './fact-links.ts';

/** What the plugin needs to know about the facts: ids that exist, and quotes to render as blocks. */
export interface FactLookup {
  has(collection: CollectionName, id: string): boolean;
  quote(id: string): { quote: Quote; speaker: Actor; source: Source } | undefined;
  /** An island's names, so that prose linking to it follows the reader's naming choice. */
  island(id: string): Pick<Island, 'names'> | undefined;
}

export interface RemarkFactLinksOptions {
  /** The deployment base, e.g. `/` or `/four-islands/`. */
  base: string;
  /** Called once per rendered file, so the dev server sees fact file edits. */
  lookup: () => FactLookup;
}

const text = (value: string): ElementContent => ({ type: 'text', value });
const element = (
  tagName: string,
  properties: Element['properties'],
  children: ElementContent[],
): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/** The block a lone `[quote](quote:id)` paragraph becomes: the words, who, when, where. */
export function quoteBlock(
  entry: NonNullable<ReturnType<FactLookup['quote']>>,
  base: string,
): Element {
  const { quote, speaker, source } = entry;
  const words = quotedText(quote);
  return element('figure', { className: ['fact-quote'] }, [
    element('blockquote', {}, [element('p', {}, [text(words)])]),
    element('figcaption', {}, [
      text('— '),
      element('a', { href: joinBase(base, routes.actor(speaker.id)) }, [text(speaker.name)]),
      text(`, ${formatDate(quote.date)}. `),
      element('span', { className: ['fact-quote__context'] }, [text(quote.context)]),
      text(' Source: '),
      element('a', { href: joinBase(base, routes.source(source.id)) }, [text(source.publisher)]),
      text('. '),
      // The same label as on the quotes page's cards: one name for one thing.
      element(
        'a',
        { href: joinBase(base, routes.quote(quote.id)), className: ['fact-quote__permalink'] },
        [
          text('Link'),
          element('span', { className: ['visually-hidden'] }, [
            text(` to this quote by ${speaker.name}, ${formatDate(quote.date)}`),
          ]),
        ],
      ),
    ]),
  ]);
}

/**
 * The island's name in a link's text, in the markup IslandName.astro gives headings and cards:
 * all three forms, of which CSS shows the one the reader chose (both without JavaScript). Text
 * that does not contain one of the island's names, or holds more than plain text, stays as written.
 */
export function islandNameChildren(
  children: PhrasingContent[],
  island: Pick<Island, 'names'>,
): PhrasingContent[] {
  const [only] = children;
  if (children.length !== 1 || only?.type !== 'text') return children;
  const found = findIslandName(only.value, island);
  if (!found) return children;
  const forms = islandNameForms(island);
  const name: PhrasingContent = {
    type: 'text',
    value: forms.both,
    data: {
      hName: 'span',
      hProperties: { className: ['island-name'] },
      hChildren: (['both', 'japanese', 'russian'] as const).map((choice) =>
        element('span', { className: [`island-name__${choice}`] }, [text(forms[choice])]),
      ),
    },
  };
  return [
    ...(found.before ? [{ type: 'text', value: found.before } as const] : []),
    name,
    ...(found.after ? [{ type: 'text', value: found.after } as const] : []),
  ];
}

function loneQuoteLink(paragraph: Paragraph): Link | undefined {
  const meaningful = paragraph.children.filter(
    (child) => !(child.type === 'text' && child.value.trim() === ''),
  );
  const [only] = meaningful;
  if (meaningful.length !== 1 || only?.type !== 'link') return undefined;
  const parsed = parseFactLink(only.url);
  return parsed?.kind === 'quote' ? only : undefined;
}

/**
 * Turns fact links (`[Etorofu](island:etorofu)`) into links to the fact's page, respecting the base,
 * renders a paragraph holding only a quote link as a quotation block, and drops raw HTML (the
 * content check refuses it first; this is the second lock on the door).
 */
export function remarkFactLinks(options: RemarkFactLinksOptions) {
  return (tree: Root) => {
    const lookup = options.lookup();
    visit(tree, (node, index, parent) => {
      if (node.type === 'html' && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      if (node.type === 'paragraph' && parent && index !== undefined) {
        const link = loneQuoteLink(node);
        const id = link ? (parseFactLink(link.url) as { id: string }).id : undefined;
        const entry = id ? lookup.quote(id) : undefined;
        if (entry) {
          parent.children.splice(index, 1, {
            type: 'paragraph',
            children: [],
            data: {
              hName: 'figure',
              hChildren: quoteBlock(entry, options.base).children,
              hProperties: { className: ['fact-quote'] },
            },
          });
          return SKIP;
        }
      }
      if (node.type === 'link' || node.type === 'definition' || node.type === 'image') {
        // Site paths are written without the deployment base; add it.
        if (node.url.startsWith('/') && !node.url.startsWith('//')) {
          node.url = joinBase(options.base, node.url);
          return undefined;
        }
        const parsed = parseFactLink(node.url);
        if (!parsed) return undefined;
        if (
          parsed.kind === undefined ||
          !lookup.has(FACT_LINK_COLLECTION[parsed.kind], parsed.id)
        ) {
          throw new Error(
            `Unknown fact link "${node.url}" at line ${node.position?.start.line ?? '?'}: run npm run check.`,
          );
        }
        node.url = joinBase(options.base, factLinkPath(parsed));
        if (parsed.kind === 'island' && node.type === 'link') {
          const island = lookup.island(parsed.id);
          if (island) node.children = islandNameChildren(node.children, island);
          return SKIP;
        }
      }
      return undefined;
    });
  };
}

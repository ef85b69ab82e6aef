import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { readFileSync } from 'node:fs';
import type { Link, Paragraph, PhrasingContent, Root } from 'mdast';
import type { Point } from 'unist';
import { visit, SKIP } from 'unist-util-visit';
import { formatDate } from '../dates.ts';
import { findIslandName, islandNameForms } from '../names.ts';
import { partyName } from '../parties.ts';
import {
  fragmentEllipses,
  languageName,
  quoteMarks,
  quotedText,
  translationLine,
} from '../quotes.ts';
import { routes } from '../routes.ts';
import { joinBase } from '../urls.ts';
import { DEFAULT_LOCALE, localePath, type Locale } from '../../i18n/locales.ts';
import { siteTranslationOf } from '../../i18n/fact-translations.ts';
import { ui } from '../../i18n/ui.ts';
import type { Actor, CollectionName, Island, Quote, Source } from '../../schemas/index.ts';
import { bodyStartIn, positionInFile } from './body-position.ts';
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
  /** Called for a fact link to no known entry instead of stopping (the content check collects them). */
  onUnknownFactLink?: (url: string, line: number | undefined) => void;
  /**
   * The language of the page the article is rendered for: its links lead to the pages in that
   * language and its quote blocks speak it. English by default.
   */
  locale?: Locale;
}

/**
 * A fact link whose fact does not exist, found while rendering. When the renderer was told the
 * file (Astro passes it), `file` is set and the line and column are the file's; otherwise they
 * are in the Markdown the renderer was given, and `positionInFile` (body-position.ts) places them.
 * An editor's mistake, not a bug: it carries no stack trace.
 */
export class FactLinkError extends Error {
  readonly target: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly file: string | undefined;

  constructor(target: string, line: number | undefined, column: number | undefined, file?: string) {
    super(
      file && line !== undefined
        ? `Unknown fact link "${target}" at ${file}:${line}:${column ?? 1}: run npm run check.`
        : `Unknown fact link "${target}" at line ${line ?? '?'} of the Markdown body: run npm run check.`,
    );
    this.name = 'FactLinkError';
    this.stack = `${this.name}: ${this.message}`;
    this.target = target;
    this.line = line;
    this.column = column;
    this.file = file;
  }
}

/** The file a renderer was given, as unified's VFile has it. */
interface RenderedFile {
  path?: string;
  value?: unknown;
}

/** The error for an unknown fact link, placed in its file when the file can be read. */
function unknownFactLink(
  target: string,
  at: Point | undefined,
  file: RenderedFile | undefined,
): FactLinkError {
  if (at && file?.path && typeof file.value === 'string') {
    try {
      const start = bodyStartIn(readFileSync(file.path, 'utf8'), file.value);
      if (start) {
        const { line, column } = positionInFile(start, at);
        return new FactLinkError(target, line, column, file.path);
      }
    } catch {
      // The file is gone or unreadable: report the position in the body.
    }
  }
  return new FactLinkError(target, at?.line, at?.column);
}

/** The original words of a translated quote, in their language's marks and marked with its tag. */
function originalWords(quote: Quote): ElementContent[] {
  const original = quote.original;
  if (!original) return [];
  const marks = quoteMarks(original.language);
  const { before, after } = fragmentEllipses({ text: original.text, fragment: quote.fragment });
  return [
    h('p', { className: ['fact-quote__original'] }, [
      h('span', { className: ['fact-quote__original-label'] }, [
        `Original (${languageName(original.language)}): `,
      ]),
      h('span', { lang: original.language }, [
        `${marks.open}${before ? '…' : ''}${original.text}${after ? '…' : ''}${marks.close}`,
      ]),
    ]),
  ];
}

/**
 * The block a lone `[quote](quote:id)` paragraph becomes: the words, who, when, where; for words
 * first said in another language, the original beside the English and whose translation it is.
 */
export function quoteBlock(
  entry: NonNullable<ReturnType<FactLookup['quote']>>,
  base: string,
  locale: Locale = DEFAULT_LOCALE,
): Element {
  if (locale !== DEFAULT_LOCALE) return translatedQuoteBlock(entry, base, locale);
  const { quote, speaker, source } = entry;
  const words = quotedText(quote);
  const translation = translationLine(
    quote,
    speaker.country ? partyName(speaker.country) : undefined,
  );
  return h('figure', { className: ['fact-quote'] }, [
    h('blockquote', {}, [h('p', {}, [words])]),
    ...originalWords(quote),
    h('figcaption', {}, [
      '— ',
      h('a', { href: joinBase(base, routes.actor(speaker.id)) }, [speaker.name]),
      `, ${formatDate(quote.date)}. `,
      h('span', { className: ['fact-quote__context'] }, [quote.context]),
      ...(translation
        ? [h('span', { className: ['fact-quote__translation'] }, [translation])]
        : []),
      ' Source: ',
      h('a', { href: joinBase(base, routes.source(source.id)) }, [source.publisher]),
      '. ',
      // The same label as on the quotes page's cards: one name for one thing.
      h(
        'a',
        { href: joinBase(base, routes.quote(quote.id)), className: ['fact-quote__permalink'] },
        [
          'Link',
          h('span', { className: ['visually-hidden'] }, [
            ` to this quote by ${speaker.name}, ${formatDate(quote.date)}`,
          ]),
        ],
      ),
    ]),
  ]);
}

/**
 * A quote block on a page in another language. The words stay as the source published them; the
 * speaker's own words are shown first where a stored source gives them in this language, else
 * the site's translation, marked as the site's own.
 */
function translatedQuoteBlock(
  { quote, speaker, source }: NonNullable<ReturnType<FactLookup['quote']>>,
  base: string,
  locale: Locale,
): Element {
  const t = ui(locale).markdown;
  const link = (path: string) => joinBase(base, localePath(locale, path));
  const date = formatDate(quote.date, locale);
  const ownWords = quote.original?.language === locale ? quote.original.text : undefined;
  const translation = siteTranslationOf(quote);
  const published = h('span', { lang: 'en' }, [quotedText(quote)]);
  const lines: ElementContent[] = ownWords
    ? [
        h('blockquote', {}, [
          h('p', { lang: locale }, [quoteIn(locale, ownWords, quote.fragment)]),
        ]),
        h('p', { className: ['fact-quote__original'] }, [
          h('span', { className: ['fact-quote__original-label'] }, [
            t.asPublished(t.languageNames.en ?? 'en'),
          ]),
          published,
        ]),
      ]
    : [
        h('blockquote', {}, [h('p', { lang: 'en' }, [quotedText(quote)])]),
        ...(translation
          ? [
              h('p', { className: ['fact-quote__original'] }, [
                h('span', { className: ['fact-quote__original-label'] }, [t.siteTranslation]),
                h('span', {}, [quoteIn(locale, translation, quote.fragment)]),
              ]),
            ]
          : []),
      ];
  return h('figure', { className: ['fact-quote'] }, [
    ...lines,
    h('figcaption', {}, [
      '— ',
      h('a', { href: link(routes.actor(speaker.id)) }, [speaker.name]),
      locale === 'ja' ? `、${date}。` : `, ${date}. `,
      h('span', { className: ['fact-quote__context'] }, [quote.context]),
      t.source,
      h('a', { href: link(routes.source(source.id)) }, [source.publisher]),
      locale === 'ja' ? '。' : '. ',
      h('a', { href: link(routes.quote(quote.id)), className: ['fact-quote__permalink'] }, [
        t.link,
        h('span', { className: ['visually-hidden'] }, [t.linkToQuote(speaker.name, date)]),
      ]),
    ]),
  ]);
}

/** Words in the quotation marks of a language, with "…" where they are part of a sentence. */
function quoteIn(locale: Locale, text: string, fragment: boolean): string {
  const marks = quoteMarks(locale);
  const { before, after } = fragmentEllipses({ text, fragment });
  return `${marks.open}${before ? '…' : ''}${text}${after ? '…' : ''}${marks.close}`;
}

/**
 * The island's name in a link's text, in the markup IslandName.astro gives headings and cards:
 * all three forms, of which CSS shows the one the reader chose (both without JavaScript). Text
 * that does not contain one of the island's names, or holds more than plain text, stays as written.
 */
export function islandNameChildren(
  children: PhrasingContent[],
  island: Pick<Island, 'names'>,
  locale: Locale = DEFAULT_LOCALE,
): PhrasingContent[] {
  const [only] = children;
  if (children.length !== 1 || only?.type !== 'text') return children;
  // In the article's language: Japanese writes both names as 択捉島（イトゥルップ島）, with no
  // spaces around a name.
  const found = findIslandName(only.value, island, locale);
  if (!found) return children;
  const forms = islandNameForms(island, locale);
  const name: PhrasingContent = {
    type: 'text',
    value: forms.both,
    data: {
      hName: 'span',
      hProperties: { className: ['island-name'] },
      // As IslandName.astro: search indexes the "both" form once, the others are shown by choice.
      hChildren: (['both', 'japanese', 'russian'] as const).map((choice) =>
        h(
          'span',
          {
            className: [`island-name__${choice}`],
            ...(choice === 'both' ? {} : { dataPagefindIgnore: '' }),
          },
          [forms[choice]],
        ),
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

/** A site path to a file (`/data/islands.csv`, `/rss.xml`) rather than a page. */
function isFilePath(url: string): boolean {
  const path = /^[^?#]*/.exec(url)?.[0] ?? '';
  return (path.split('/').pop() ?? '').includes('.');
}

const UNSAFE_CHARACTERS = /[\u0000-\u0020\u007F-\u009F\\]/;

/**
 * Whether a link (or image) target may appear in a page: a site path, a fragment or relative path
 * without a scheme, an https:// address (not for images: the pages load none from other hosts), a
 * mailto: address or a well-formed fact link. Control characters, spaces and backslashes never.
 */
export function survivesRender(url: string, image = false): boolean {
  if (url === '' || UNSAFE_CHARACTERS.test(url) || url.startsWith('//')) return false;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1];
  if (scheme === undefined) return true;
  if (image) return false;
  if (scheme === 'https') {
    try {
      return new URL(url).hostname.includes('.');
    } catch {
      return false;
    }
  }
  if (scheme === 'mailto') return true;
  return parseFactLink(url)?.kind !== undefined;
}

/**
 * Turns fact links (`[Etorofu](island:etorofu)`) into links to the fact's page, respecting the base,
 * renders a paragraph holding only a quote link as a quotation block, and drops raw HTML (the
 * content check refuses it first; this is the second lock on the door).
 */
export function remarkFactLinks(options: RemarkFactLinksOptions) {
  return (tree: Root, file?: RenderedFile) => {
    const lookup = options.lookup();
    const locale = options.locale ?? DEFAULT_LOCALE;
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
              hChildren: quoteBlock(entry, options.base, locale).children,
              hProperties: { className: ['fact-quote'] },
            },
          });
          return SKIP;
        }
      }
      if (node.type === 'link' || node.type === 'definition' || node.type === 'image') {
        // The second lock: only site paths, https:// addresses and fact links reach a page (the
        // content check refuses anything else first, with its line). A link keeps its words.
        if (!survivesRender(node.url, node.type === 'image') && parent && index !== undefined) {
          if (node.type === 'link') parent.children.splice(index, 1, ...node.children);
          else parent.children.splice(index, 1);
          return [SKIP, index];
        }
        // Site paths are written without the deployment base (and in English); add both. Files
        // (`/data/facts.json`, feeds) are the same in every language.
        if (node.url.startsWith('/') && !node.url.startsWith('//')) {
          node.url = joinBase(
            options.base,
            isFilePath(node.url) ? node.url : localePath(locale, node.url),
          );
          return undefined;
        }
        const parsed = parseFactLink(node.url);
        if (!parsed) return undefined;
        if (
          parsed.kind === undefined ||
          !lookup.has(FACT_LINK_COLLECTION[parsed.kind], parsed.id)
        ) {
          if (!options.onUnknownFactLink)
            throw unknownFactLink(node.url, node.position?.start, file);
          options.onUnknownFactLink(node.url, node.position?.start.line);
          return undefined;
        }
        node.url = joinBase(options.base, localePath(locale, factLinkPath(parsed)));
        if (parsed.kind === 'island' && node.type === 'link') {
          const island = lookup.island(parsed.id);
          if (island) node.children = islandNameChildren(node.children, island, locale);
          return SKIP;
        }
      }
      return undefined;
    });
  };
}

import type { Root } from 'mdast';
import {
  fromMarkdown,
  type Extension as MdastExtension,
  type Options,
} from 'mdast-util-from-markdown';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';

/**
 * One part of GitHub Flavored Markdown, as remark-gfm assembles it, with the text the part needs
 * in a document before it can make anything: without that text the part leaves the tree exactly
 * as CommonMark alone would.
 */
/** A micromark syntax extension, as mdast-util-from-markdown takes it. */
type SyntaxExtension = NonNullable<Options['extensions']>[number];

interface GfmPart {
  name: string;
  /** True when the body may contain this construct (a superset: false only when it cannot). */
  mayOccur: (body: string) => boolean;
  syntax: () => SyntaxExtension;
  tree: () => MdastExtension;
}

/**
 * In remark-gfm's order, which decides which construct wins a character they share. Literal
 * autolinks are the costly part (about 40% of parsing an article: every letter may start an
 * e-mail address); they need "www.", "http://", "https://" or an "@".
 */
export const GFM_PARTS: readonly GfmPart[] = [
  {
    name: 'autolink literal',
    mayOccur: (body) => /www\.|https?:\/\/|@/i.test(body),
    syntax: gfmAutolinkLiteral,
    tree: gfmAutolinkLiteralFromMarkdown,
  },
  {
    name: 'footnote',
    mayOccur: (body) => body.includes('[^'),
    syntax: gfmFootnote,
    tree: gfmFootnoteFromMarkdown,
  },
  {
    name: 'strikethrough',
    mayOccur: (body) => body.includes('~'),
    syntax: gfmStrikethrough,
    tree: gfmStrikethroughFromMarkdown,
  },
  // A table needs a delimiter row, and every delimiter row has a pipe.
  {
    name: 'table',
    mayOccur: (body) => body.includes('|'),
    syntax: gfmTable,
    tree: gfmTableFromMarkdown,
  },
  // "[ ]", "[x]" or "[X]", where the space may be any white space.
  {
    name: 'task list item',
    mayOccur: (body) => /\[[\sxX]\]/.test(body),
    syntax: gfmTaskListItem,
    tree: gfmTaskListItemFromMarkdown,
  },
];

interface ParserOptions {
  extensions: SyntaxExtension[];
  mdastExtensions: MdastExtension[];
}

const optionsBySubset = new Map<number, ParserOptions>();

/** The extensions for one subset of GFM_PARTS (bit i set: part i included), made once. */
function optionsFor(subset: number): ParserOptions {
  let options = optionsBySubset.get(subset);
  if (!options) {
    const parts = GFM_PARTS.filter((_, index) => subset & (1 << index));
    options = {
      extensions: parts.map((part) => part.syntax()),
      mdastExtensions: parts.map((part) => part.tree()),
    };
    optionsBySubset.set(subset, options);
  }
  return options;
}

/**
 * Parses an article body into a Markdown syntax tree with positions: the tree remark with
 * remark-gfm (the site's renderer) makes of it, but with only the GFM parts the body could use,
 * which makes the content check's parsing of a typical article about a third faster.
 * `tests/unit/lib/markdown/parse.test.ts` holds it to remark-gfm's tree on every article.
 */
export function parseMarkdown(body: string): Root {
  let subset = 0;
  GFM_PARTS.forEach((part, index) => {
    if (part.mayOccur(body)) subset |= 1 << index;
  });
  return fromMarkdown(body, optionsFor(subset));
}

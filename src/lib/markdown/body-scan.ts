import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from './parse.ts';

/** A link target or a piece of raw HTML in an article body, with its place in the body. */
export interface BodyItem {
  /** `link` for a link, image or link definition (its target); `html` for raw HTML (its text). */
  kind: 'link' | 'html';
  line: number;
  column: number;
  value: string;
}

/**
 * What the link check needs from one article body: plain data, small next to the syntax tree it
 * comes from (so that thousands of trees are not kept at once) and able to cross to a worker.
 */
export interface BodyScan {
  /** The ids rehype gives headings (github-slugger) and the footnotes' own ids. */
  anchors: string[];
  /** Every link target and every piece of raw HTML, in document order. */
  items: BodyItem[];
}

/** Parses a body (as the site's renderer does) and keeps its anchors, link targets and raw HTML. */
export function scanArticleBody(body: string): BodyScan {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  const items: BodyItem[] = [];
  visit(parseMarkdown(body), (node) => {
    switch (node.type) {
      case 'heading':
        anchors.add(slugger.slug(toString(node)));
        break;
      case 'footnoteDefinition':
        anchors.add(`user-content-fn-${node.identifier}`);
        anchors.add('footnote-label');
        break;
      case 'footnoteReference':
        anchors.add(`user-content-fnref-${node.identifier}`);
        break;
      case 'html':
      case 'link':
      case 'image':
      case 'definition': {
        const start = node.position?.start ?? { line: 1, column: 1 };
        const value = node.type === 'html' ? node.value : node.url;
        items.push({
          kind: node.type === 'html' ? 'html' : 'link',
          line: start.line,
          column: start.column,
          value,
        });
        break;
      }
    }
  });
  return { anchors: [...anchors], items };
}

import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/** A link target or a piece of raw HTML in an article body, with its place in the body. */
export interface BodyItem {
  /** `link` for a link, image or link definition (its target); `html` for raw HTML (its text). */
  kind: 'link' | 'image' | 'html';
  line: number;
  column: number;
  value: string;
}

/** A footnote reference or definition, by its label. */
export interface FootnoteMark {
  label: string;
  line: number;
  column: number;
}

/**
 * What the content check needs from one article, collected while the real renderer runs (so it
 * sees the very tree the page is made from): plain data, small, and cacheable as JSON.
 */
export interface BodyScan {
  /** Every link target, image and piece of raw HTML, in document order, before any rewriting. */
  items: BodyItem[];
  /** Footnote references `[^x]` in the text. */
  footnoteReferences: FootnoteMark[];
  /** Footnote definitions `[^x]: …`. */
  footnoteDefinitions: FootnoteMark[];
  /** Where each heading starts, in document order (their ids come from the render). */
  headings: { line: number; column: number }[];
  /** `[^x]` left as text: a footnote reference whose definition is missing (GFM then keeps it literally). */
  footnoteLiterals: FootnoteMark[];
}

/**
 * Where a scan is left for the caller: keyed by the frontmatter object passed to `render()`, which
 * Astro's renderer hands to plugins as `file.data.astro.frontmatter`. No field of it is written.
 */
export const collectedScans = new WeakMap<object, BodyScan>();

/**
 * Records the body's links, images, raw HTML and footnotes as the parser produced them. It runs
 * before the plugins that rewrite links and drop raw HTML, so it sees what the editor wrote.
 */
export function remarkCollectScan() {
  return (tree: Root, file: VFile) => {
    const scan: BodyScan = {
      items: [],
      footnoteReferences: [],
      footnoteDefinitions: [],
      headings: [],
      footnoteLiterals: [],
    };
    visit(tree, (node) => {
      const start = node.position?.start ?? { line: 1, column: 1 };
      switch (node.type) {
        case 'html':
          scan.items.push({
            kind: 'html',
            line: start.line,
            column: start.column,
            value: node.value,
          });
          break;
        case 'link':
        case 'definition':
          scan.items.push({
            kind: 'link',
            line: start.line,
            column: start.column,
            value: node.url,
          });
          break;
        case 'image':
          scan.items.push({
            kind: 'image',
            line: start.line,
            column: start.column,
            value: node.url,
          });
          break;
        case 'footnoteReference':
          scan.footnoteReferences.push({
            label: node.identifier,
            line: start.line,
            column: start.column,
          });
          break;
        case 'text':
          for (const match of node.value.matchAll(/\[\^([^\]\s]+)\]/g)) {
            const before = node.value.slice(0, match.index);
            const lines = before.split('\n');
            scan.footnoteLiterals.push({
              label: match[1] ?? '',
              line: start.line + lines.length - 1,
              column:
                lines.length > 1 ? (lines.at(-1)?.length ?? 0) + 1 : start.column + before.length,
            });
          }
          break;
        case 'heading':
          scan.headings.push({ line: start.line, column: start.column });
          break;
        case 'footnoteDefinition':
          scan.footnoteDefinitions.push({
            label: node.identifier,
            line: start.line,
            column: start.column,
          });
          break;
      }
    });
    const frontmatter = (file.data as { astro?: { frontmatter?: object } }).astro?.frontmatter;
    if (frontmatter) collectedScans.set(frontmatter, scan);
  };
}

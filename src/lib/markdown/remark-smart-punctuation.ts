import type { InlineCode, Root, Text } from 'mdast';
import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';
import { visit } from 'unist-util-visit';

// Astro's smart punctuation (remark-smartypants with its defaults), made the same way, but only
// where it can change something. Astro's plugin runs a whole retext process on every text node of
// every article, which made it the largest single cost of a render (more than parsing the
// Markdown); most text nodes hold nothing it replaces.

// Quotes are decided over the whole article's text at once, so that a quote opened before a link
// or emphasis closes after it.
const quotes = retext().use(retextSmartypants, {
  ellipses: false,
  dashes: false,
  backticks: false,
});
// Dashes, ellipses and backtick quotes change the text's length, so they are made in each text
// node afterwards.
const lengthChanging = retext().use(retextSmartypants, { quotes: false });

/** What the quotes pass replaces: straight quotes. */
const STRAIGHT_QUOTE = /["']/;
/**
 * What the second pass can replace: "--", "``", "''", and dots (three in a row, or spaced
 * ". . ."). A text node without any of them comes out of it unchanged.
 */
const LENGTH_CHANGING = /--|``|''|\.\s*\./;

/** The nodes whose text starts afresh: a quote at their start always opens. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * Curly quotes, dashes and ellipses in an article's text, exactly as Astro's `smartypants` makes
 * them (a test compares the two on every article and on generated Markdown). Inline code keeps its
 * characters but takes its place in the text, so quotes pair across it as they do in Astro's.
 */
export function remarkSmartPunctuation() {
  return (tree: Root): void => {
    // The text nodes and inline code in document order; `undefined` marks the start of a block.
    const pieces: (Text | InlineCode | undefined)[] = [];
    let text = '';
    visit(tree, (node, _index, parent) => {
      if (!parent) return;
      if (node.type === 'text' || node.type === 'inlineCode') {
        pieces.push(node);
        text += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
      } else if (BLOCKS.has(node.type)) {
        // A space, so that a quote at the block's start reads as opening.
        pieces.push(undefined);
        text += ' ';
      }
    });
    if (STRAIGHT_QUOTE.test(text)) text = String(quotes.processSync(text));
    let start = 0;
    for (const piece of pieces) {
      if (!piece) {
        start += 1;
        continue;
      }
      const end = start + piece.value.length;
      if (piece.type === 'text') {
        const value = text.slice(start, end);
        piece.value = LENGTH_CHANGING.test(value)
          ? String(lengthChanging.processSync(value))
          : value;
      }
      start = end;
    }
  };
}

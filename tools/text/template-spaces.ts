/**
 * Spaces an Astro template loses. Astro, like JSX, drops whitespace that holds a line break
 * between text and a tag or `{…}` expression, so
 *
 *     browse the
 *     <a href="/articles/">articles</a>
 *
 * renders "browse thearticles". This finds each such line break in a template, so it can be
 * written `browse the{' '}` or kept on one line. Only the markup is read: the frontmatter, and
 * <script> and <style> blocks, are skipped.
 */

/** A line break after which a space disappears. */
export interface LostSpace {
  /** 1-based line of the text (or tag) that ends the line. */
  line: number;
  /** The two lines' ends around the break, for the message: `browse the⏎<a href…`. */
  excerpt: string;
}

// Text that ends a line: a letter, digit or closing punctuation, not a tag or an expression.
const TEXT_END = /[\p{L}\p{N}.,;:!?)’”"]$/u;
// A line that starts with an element or an expression (not a closing tag, not a comment).
const OPENS_INLINE = /^(<[a-zA-Z]|\{)/;
// An inline element's close, or an expression's, at the end of a line.
const INLINE_CLOSE = /(<\/(a|abbr|b|bdi|cite|code|em|i|q|small|span|strong|sup|time)>|\})$/;
// A line that starts with words.
const STARTS_TEXT = /^[\p{L}\p{N}(‘“"]/u;
// A tag whose attributes go on over the next lines: `<a` or `<IslandMap` with no `>` yet.
const OPENS_TAG = /^<[a-zA-Z][^>]*$/;
// An expression whose markup starts with its own space: `{draft && <strong> · Draft</strong>}`.
const KEEPS_SPACE = /&&\s*<[a-zA-Z]*>\s/;

/** Every line break in `source` (an .astro file) where the rendered text loses a space. */
export function findLostSpaces(source: string): LostSpace[] {
  const lines = source.split('\n');
  let start = 0;
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
    start = close === -1 ? lines.length : close + 1;
  }
  const found: LostSpace[] = [];
  let skipping: string | undefined;
  let inTag = false;
  for (let index = start; index < lines.length - 1; index += 1) {
    const line = lines[index]!.trim();
    // Between the lines of a start tag are attributes, not text.
    if (inTag) {
      if (/>$/.test(line)) inTag = false;
      continue;
    }
    if (OPENS_TAG.test(line)) {
      inTag = true;
      continue;
    }
    if (skipping) {
      if (line.includes(`</${skipping}>`)) skipping = undefined;
      continue;
    }
    const opened = /^<(script|style)\b/.exec(line);
    if (opened && !line.includes(`</${opened[1]}>`)) {
      skipping = opened[1];
      continue;
    }
    const next = lines[index + 1]!.trim();
    // `{' '}` is a space written out, which Astro keeps.
    if (line.endsWith("{' '}") || next.startsWith("{' '}")) continue;
    const lost =
      (TEXT_END.test(line) &&
        !line.startsWith('//') &&
        OPENS_INLINE.test(next) &&
        !KEEPS_SPACE.test(next)) ||
      (INLINE_CLOSE.test(line) && STARTS_TEXT.test(next));
    if (lost) found.push({ line: index + 1, excerpt: `${line.slice(-30)}⏎${next.slice(0, 30)}` });
  }
  return found;
}

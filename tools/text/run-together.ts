/**
 * Words run together where a page's markup dropped the space between a text and an element or
 * expression ("value.Reports", "thearticles" rendered as "the" + "articles" link). Templates lose
 * such spaces when a line ends in text and the next begins with a tag or `{…}`: Astro removes
 * whitespace that holds a line break there, as JSX does. This check reads the text a reader sees
 * (the browser's innerText: blocks on their own lines, hidden text left out) and reports each
 * place where a word ends and a capitalised one begins with no space between them.
 */
import { DATA_TABLES } from '../../src/lib/data-export/columns.ts';
import { factsDocumentSchema } from '../../src/lib/data-export/facts-schema.ts';

/** One place where two words touch, with a little of the text around it to find it by. */
export interface RunTogether {
  /** The two words as they read: `value.Reports`. */
  words: string;
  /** Up to 30 characters either side, on one line. */
  context: string;
}

/**
 * Words that are written with a capital inside them on purpose. A finding whose words contain one
 * of these is not reported. Keep this short: each entry hides every run-together case that
 * contains it.
 */
export const RUN_TOGETHER_ALLOWED: readonly string[] = [
  'iPhone',
  'JavaScript',
  'TypeScript',
  'GitHub',
  'OpenStreetMap',
  'WebAssembly',
  'PostgreSQL',
  'McCarthy',
  'McDonald',
  'HyperWar',
  'AsiaOne',
  // Names of data formats and their types, on /data/ and in the citation formats.
  'GeoJSON',
  'FeatureCollection',
  'LineString',
  'MultiPolygon',
  'BibTeX',
  // The /data/ page names facts.json's fields and the CSV columns as they are spelt (camelCase),
  // taken from their definitions so that a new field needs no entry here.
  ...[
    ...Object.keys(factsDocumentSchema().shape),
    ...Object.values(DATA_TABLES).flatMap((table) => table.columns.map((column) => column.name)),
  ].filter((name) => /\p{Ll}\p{Lu}/u.test(name)),
];

// A lowercase letter followed by an uppercase one ("eventsAbout"), or a lowercase letter or digit,
// then a sentence mark, then an uppercase letter ("value.Reports", "1945.The"). "U.S.", "e.g." and
// "3.5" do not match: an initialism's letter before the period is uppercase, and digits are not
// letters.
const TOUCHING = /(\p{Ll}|[\p{Ll}\p{Nd}][.,;:!?])(\p{Lu})/gu;
// The word around a match: letters, digits and the marks that sit inside words.
const WORD_CHAR = /[\p{L}\p{N}.,;:!?'’\-]/u;

function wordAround(text: string, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from > 0 && WORD_CHAR.test(text[from - 1]!)) from -= 1;
  while (to < text.length && WORD_CHAR.test(text[to]!)) to += 1;
  return text.slice(from, to);
}

/** Whether `token` is a web address or an e-mail address, whose capitals mean nothing. */
function isAddress(text: string, start: number): boolean {
  const from = Math.max(text.lastIndexOf(' ', start), text.lastIndexOf('\n', start)) + 1;
  const token = text.slice(
    from,
    text.indexOf(' ', start) === -1 ? undefined : text.indexOf(' ', start),
  );
  return /^(https?:\/\/|www\.)|@|\/\//.test(token);
}

/** Every place in `text` where two words touch; `allowed` lists words that are written so. */
export function findRunTogether(
  text: string,
  allowed: readonly string[] = RUN_TOGETHER_ALLOWED,
): RunTogether[] {
  const found: RunTogether[] = [];
  for (const match of text.matchAll(TOUCHING)) {
    const index = match.index;
    const end = index + match[0].length;
    const words = wordAround(text, index, end);
    if (allowed.some((word) => words.includes(word))) continue;
    if (isAddress(text, index)) continue;
    const context = text
      .slice(Math.max(0, index - 30), end + 30)
      .replace(/\s+/g, ' ')
      .trim();
    found.push({ words, context });
  }
  return found;
}

/**
 * The catalogue of problems the content check reports: each code with what it means. Detectors
 * attach a code and the facts (field, found, expected); reporters only format. Tests assert codes.
 */
export const PROBLEM_CODES = {
  'missing-file': 'a fact file the registry names is not there',
  'unreadable-file': 'a file could not be read or decoded',
  'unexpected-file': 'a file under content/ that no collection reads',
  'yaml-syntax': 'the YAML cannot be parsed',
  'empty-file': 'a fact file holds no entries',
  'not-a-list': 'a fact file is not a YAML list',
  'unknown-field': 'a field the schema does not have',
  'missing-field': 'a required field is absent',
  'invalid-field': 'a field whose value the schema refuses',
  'duplicate-id': 'two entries of a collection share an id',
  'missing-required-entry': 'an entry the site itself needs is absent',
  'unknown-reference': 'an id that names no entry of its collection',
  'not-an-article-file': 'a file in the articles folder that is not Markdown',
  'bad-file-name': 'an article file name that cannot be an address',
  'no-frontmatter': 'an article without frontmatter',
  'broken-link': 'a link to a page or anchor the build does not make',
  'link-to-draft': 'a published article links to a draft',
  'unsafe-link': 'a link that could run code, embed data or leave https',
  'raw-html': 'raw HTML in an article',
  'external-image': 'an image from another host, which the pages may not load',
  'unused-footnote': 'a footnote defined but never cited in the text',
  'undefined-footnote': 'a footnote cited in the text but never defined',
  'unlisted-source': 'a source cited in the body but missing from the frontmatter `sources:`',
  'heading-id-clash': 'an article heading whose id the page already uses',
  'island-not-on-map': 'island coordinates that match no outline of the map',
  'same-party-twice': 'a claim that sets one party’s position beside itself',
  'border-holdings': 'a border state that leaves an island out of its holdings or lists it twice',
  'render-failed': 'the Markdown renderer stopped on an article',
  'missing-translation': 'a text the English has that a translation lacks',
  'untranslatable-field':
    'a translation that gives a field only English may set (ids, dates, figures)',
  'unknown-original': 'a translation of an entry or article the English does not have',
} as const;

export type ProblemCode = keyof typeof PROBLEM_CODES;

/** Codes counted in the links' own summary line. */
export const LINK_CODES: ReadonlySet<ProblemCode> = new Set([
  'broken-link',
  'link-to-draft',
  'unsafe-link',
]);

/**
 * One thing wrong with the content, in the shape every reporter prints:
 * `file:line:column  field.path  message (expected …, found …)`.
 */
export interface Problem {
  /** What kind of problem it is: a key of PROBLEM_CODES. */
  code: ProblemCode;
  /** Path of the file, relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line, when the problem can be placed. */
  line?: number;
  /** 1-based column, when the problem can be placed. */
  column?: number;
  /** The field, as a dotted path from the entry (`quotes[3].speaker` style), or '' for the file. */
  field: string;
  /** What is wrong, in a few words an editor can act on. */
  message: string;
  /** What the contract expects, when that helps. */
  expected?: string;
  /** What the file holds instead, when that helps. */
  found?: string;
}

/** Orders problems by file, then line, then column. */
export function compareProblems(a: Problem, b: Problem): number {
  return (
    a.file.localeCompare(b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    a.field.localeCompare(b.field)
  );
}

/** Turns a path such as [3, 'area', 0, 'source'] into `[3].area[0].source`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => {
      if (typeof key === 'number') return `[${key}]`;
      const text = String(key);
      return index === 0 ? text : `.${text}`;
    })
    .join('');
}

/** A short, quoted rendering of what an editor wrote, for the `found` part of a message. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return value.trim() === '' ? 'empty text' : JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value))
    return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (typeof value === 'object') return 'a mapping (key: value pairs)';
  return typeof value;
}

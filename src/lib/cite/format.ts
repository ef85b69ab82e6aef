/**
 * Citations of one page (or one entry on a shared page) in three formats: a reference for
 * prose, BibTeX and CSL-JSON. Pure: the page passes what it knows, the reader adds the day they
 * accessed it (left blank here, since a static page cannot know it).
 */
import { createHash } from 'node:crypto';
import { toLocale, type Locale } from '../../i18n/locales.ts';
import { ui } from '../../i18n/ui.ts';
import { formatPartialDate } from '../dates.ts';

/** What a citation names. */
export interface Citable {
  /** The page's or entry's own title. */
  title: string;
  /** The site's name, the publisher and author of every page. */
  siteName: string;
  /** The permanent address: the page's absolute URL, or an entry's anchor URL. */
  url: string;
  /** The day of the cited version, `YYYY-MM-DD`. */
  versionDate: string;
  /** The cited version: a content hash of the files (or entry) the text is built from. */
  version: string;
  /** Used to make a BibTeX key and a CSL id: the page kind and its id (`article`, `shikotan`). */
  key: { kind: string; id: string };
}

/** A short content hash of what a page is built from: 12 hex digits of SHA-256. */
export function contentVersion(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:${part}`, 'utf8');
  return hash.digest('hex').slice(0, 12);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The year, month and day of an ISO day; throws on anything else, so a bad date never prints. */
export function dayParts(iso: string): [number, number, number] {
  const match = ISO_DAY.exec(iso);
  if (!match) throw new Error(`expected a day as YYYY-MM-DD, found ${JSON.stringify(iso)}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new Error(`expected a real calendar day, found ${iso}`);
  }
  return [year, month, day];
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2026-12-02` as `2 December 2026` (in Japanese `2026年12月2日`, in Russian `2 декабря 2026 г.`). */
export function longDay(iso: string, locale: Locale = 'en'): string {
  const [year, month, day] = dayParts(iso);
  if (locale !== 'en') return formatPartialDate({ year, month, day }, locale);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/**
 * The reference for prose: title, site, version day and hash, URL, and a blank for the access
 * day. It is the one format written in the page's language; BibTeX and CSL-JSON are data.
 */
export function formatReference(item: Citable, locale: Locale = 'en'): string {
  return ui(locale).record.reference({
    title: item.title,
    siteName: item.siteName,
    date: longDay(item.versionDate, locale),
    version: item.version,
    url: item.url,
  });
}

/** BibTeX's special characters outside commands: each escaped so the field reads as plain text. */
const BIBTEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  _: '\\_',
  '#': '\\#',
  $: '\\$',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** Text for a BibTeX field: special characters escaped, line breaks and runs of space collapsed. */
export function bibtexEscape(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\{}%&_#$^~]/g, (char) => BIBTEX_SPECIAL[char]);
}

/**
 * A BibTeX key: ASCII letters, digits and hyphens only (`four-islands-article-the-four-islands`).
 * A page that is its kind's only one (the timeline, the home page) is keyed by its kind alone.
 */
export function bibtexKey(item: Citable): string {
  const clean = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase();
  const kind = clean(item.key.kind);
  const id = clean(item.key.id);
  return [clean(item.siteName), kind, id === kind ? '' : id]
    .filter((part) => part !== '')
    .join('-');
}

/**
 * A `@online` entry (biblatex; BibTeX styles without it read `howpublished` and `note`). The URL
 * field is verbatim in biblatex and takes no escaping but for `%` and `#`, which break it in LaTeX.
 */
export function formatBibtex(item: Citable): string {
  const [year, month, day] = dayParts(item.versionDate);
  const fields: [string, string][] = [
    ['title', `{${bibtexEscape(item.title)}}`],
    ['author', `{${bibtexEscape(item.siteName)}}`],
    ['organization', `{${bibtexEscape(item.siteName)}}`],
    ['date', `{${item.versionDate}}`],
    ['year', `{${year}}`],
    ['month', `{${month}}`],
    ['version', `{${bibtexEscape(item.version)}}`],
    ['url', `{${item.url.replace(/[%#]/g, (char) => `\\${char}`)}}`],
    ['howpublished', `{\\url{${item.url.replace(/[%#]/g, (char) => `\\${char}`)}}}`],
    [
      'note',
      `{Version ${bibtexEscape(item.version)} of ${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}}`,
    ],
  ];
  const width = Math.max(...fields.map(([name]) => name.length));
  return `@online{${bibtexKey(item)},\n${fields
    .map(([name, value]) => `  ${name.padEnd(width)} = ${value}`)
    .join(',\n')}\n}`;
}

/** One CSL-JSON item (the citation style language's data format), as Zotero and Pandoc read it. */
export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  'container-title': string;
  publisher: string;
  author: { literal: string }[];
  URL: string;
  version: string;
  issued: { 'date-parts': [[number, number, number]] };
}

/** The CSL-JSON item; the reader adds `accessed` when they cite it. */
export function cslItem(item: Citable): CslItem {
  return {
    id: bibtexKey(item),
    type: 'webpage',
    title: item.title,
    'container-title': item.siteName,
    publisher: item.siteName,
    author: [{ literal: item.siteName }],
    URL: item.url,
    version: item.version,
    issued: { 'date-parts': [dayParts(item.versionDate)] },
  };
}

/** CSL-JSON as a reference manager imports it: an array of one item, indented. */
export function formatCslJson(item: Citable): string {
  return JSON.stringify([cslItem(item)], null, 2);
}

/**
 * The three formats as the citation block shows them: each one's label, its copy button's words
 * and its text, in the page's language (`Astro.currentLocale`); the reference is written in it too.
 */
export function citationFormats(
  item: Citable,
  currentLocale: string | undefined,
): {
  locale: Locale;
  copied: string;
  copyFailed: string;
  formats: { label: string; copy: string; text: string }[];
} {
  const locale = toLocale(currentLocale);
  const words = ui(locale).record;
  const { reference, bibtex, csl } = citations(item, locale);
  return {
    locale,
    copied: words.copied,
    copyFailed: words.copyFailed,
    formats: [
      { label: words.formats.reference, copy: words.copy.reference, text: reference },
      { label: words.formats.bibtex, copy: words.copy.bibtex, text: bibtex },
      { label: words.formats.csl, copy: words.copy.csl, text: csl },
    ],
  };
}

/** All three formats; the reference in the page's language. */
export function citations(
  item: Citable,
  locale: Locale = 'en',
): { reference: string; bibtex: string; csl: string } {
  return {
    reference: formatReference(item, locale),
    bibtex: formatBibtex(item),
    csl: formatCslJson(item),
  };
}

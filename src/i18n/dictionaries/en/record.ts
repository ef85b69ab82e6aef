/** What a page's record block calls the page: "Cite this article", "History of this island page". */
export type RecordNoun = 'page' | 'article' | 'island page';

/**
 * The words of the block that ends a page (PageRecord, CollectionRecord, CiteFormats): its
 * version, its corrections, how to cite it and its history.
 */
export const record = {
  heading: 'Version and citation',
  /**
   * "Content last changed <date> (from the site’s revision history). Version <hash>, a hash of
   * the content this page is built from.", in parts around the date and the hash.
   */
  lastChanged: 'Content last changed ',
  fromHistory: ' (from the site’s revision history). ',
  /** Without git history: what the date is (`fallbackLabels`) and why (`historyReasons`). */
  noHistory: (label: string, reason: string) =>
    ` (${label}: ${reason}, so this page shows no list of changes). `,
  version: 'Version ',
  versionHash: ', a hash of the content this page is built from.',
  /**
   * The dates a page falls back on without git history, by the English label the page or
   * src/lib/cite/record.ts gives them; a label not listed here prints as it is.
   */
  fallbackLabels: {
    'the article’s update date': 'the article’s update date',
    'the article’s publication date': 'the article’s publication date',
    'the day the site was built': 'the day the site was built',
    'the entry’s latest correction': 'the entry’s latest correction',
    'the day its sources were last read': 'the day its sources were last read',
    'the latest date in the content': 'the latest date in the content',
  },
  /** Why a build has no history (src/data/history.ts, src/lib/history/git-log.ts), by its English text. */
  historyReasons: {
    'the site was built without its git history': 'the site was built without its git history',
    'the site was built from a shallow clone': 'the site was built from a shallow clone',
    'git did not say whether the clone is shallow': 'git did not say whether the clone is shallow',
    'git could not read the history': 'git could not read the history',
    'these files have no commits yet': 'these files have no commits yet',
  },
  /** The page's corrections, newest first, and the link to all of them. */
  corrections: 'Corrections',
  /** Between a correction's date and its text. */
  dateSeparator: ': ',
  seeAllBefore: 'See ',
  allCorrections: 'all corrections on the site',
  seeAllAfter: '.',
  /** The closed panel with the citation. */
  citeThis: (noun: RecordNoun) => `Cite this ${noun}`,
  citeNote: 'The reference cites this version; add the day you read it where it says “accessed”.',
  /** The closed panel with the page's changes. */
  historyOf: (noun: RecordNoun, count: number) =>
    `History of this ${noun} (${count} ${count === 1 ? 'change' : 'changes'})`,
  /** The citation's formats and their copy buttons (the buttons' status words go to the script). */
  formats: { reference: 'Reference', bibtex: 'BibTeX', csl: 'CSL-JSON' },
  copy: { reference: 'Copy Reference', bibtex: 'Copy BibTeX', csl: 'Copy CSL-JSON' },
  copied: 'Copied.',
  copyFailed: 'Could not copy: select the text instead.',
  /**
   * The reference for prose (src/lib/cite/format.ts): title, site, version day and hash, URL,
   * and a blank for the day the reader accessed it. BibTeX and CSL-JSON are data and stay as they are.
   */
  reference: (parts: {
    title: string;
    siteName: string;
    date: string;
    version: string;
    url: string;
  }) =>
    `“${parts.title}”. ${parts.siteName}, version of ${parts.date} (${parts.version}). ${parts.url} (accessed: ____).`,
};

import type { FactCollectionName } from '../../../schemas/index.ts';

/** The words of the open-data page. */
export const data = {
  /** Title and description for the layout. */
  title: 'Open data',
  description: (licence: string) =>
    `The fact file behind this site as open data: JSON with its schema, one CSV per collection and GeoJSON for the maps, under ${licence}, with each file's columns and how to cite it.`,
  heading: 'Open data',
  /** Which files exist in each language: the Japanese and Russian pages link to their own. */
  languageCopies:
    'The files made from the facts (facts.json, the CSV files and borders.geojson) exist in each of the site’s languages, with the same entries, ids, dates, figures and sources and the text in that language; the links on this page lead to the English ones. The schema and the island outlines hold no text and are shared.',
  lede: 'Every island, event, actor, quote, source, claim and border state on this site comes from one fact file, published here as it is: in JSON, complete, as one table per collection in CSV for spreadsheets, and as GeoJSON for maps.',
  /**
   * The version: versionStart <code>hash</code>versionHash <time>day</time>, then fromHistory or
   * fromContent, versionMiddle <code>version</code>versionAnd <code>versionDate</code>versionFields
   * <code>schemaVersion</code>schemaNote(schema version). Spaces are part of the strings.
   */
  versionHeading: 'Version',
  versionStart: 'Version ',
  versionHash: ', a hash of the data; the content last changed on ',
  fromHistory: ' (from the site’s revision history)',
  /** Where the build has no history: the date is the latest in the content. */
  fromContent: ' (the latest date in the content)',
  versionMiddle:
    '. Every file below is made from the same data, at each build: the same content always gives the same files and the same version. facts.json carries the version in its ',
  versionAnd: ' and ',
  versionFields: ' fields, and the shape of its fields in ',
  schemaNote: (schemaVersion: string) =>
    ` (now ${schemaVersion}: the first number rises when a field is removed or changes meaning, the second when one is added).`,
  /** The list of files: each file's link, then aboutOpen <a>aboutFile</a>aboutClose. */
  filesHeading: 'The files',
  aboutOpen: ' (',
  aboutFile: 'about this file',
  aboutClose: ')',
  /**
   * JSON: the dates note is datesStart <code>example</code>datesMiddle <code>sources</code>
   * idsAre <code>sources</code>datesEnd.
   */
  jsonHeading: 'The whole fact file: JSON',
  datesStart: 'Dates in facts.json are objects: a date is ',
  datesMiddle:
    ', as precise as the sources are, and a date in history adds its kind (a point, a range or the alternatives that sources give), whether it is approximate, and why. Ids link the entries: an event’s ',
  idsAre: ' are ids of entries in ',
  datesEnd: '.',
  /**
   * CSV: csvStart <code>names.japanese.native</code>csvAfterPath <code>separator</code>
   * csvAfterSeparator <code>page</code>csvEnd.
   */
  csvHeading: 'One table per collection: CSV',
  csvStart:
    'The CSV files are UTF-8 with a byte order mark, so that spreadsheet programs read the Japanese and Russian names correctly, and follow RFC 4180: commas between fields, a field that holds a comma, a double quote or a line break in double quotes. Each row is one entry. A nested field has a column named by its path in facts.json (',
  csvAfterPath: '); a list of ids is joined with “',
  csvAfterSeparator:
    '”; a list of sentences (notes, roles, figures, corrections) has one item per line within its cell, with the id of its source in square brackets. Dates are ISO 8601, as precise as the sources are: 1855, 1945-02 or 2016-12-15. The last column, ',
  csvEnd: ', is the entry’s address on this site.',
  /** One CSV file: what it holds (its fact file, what a row is), its size, its columns' table. */
  csvDescription: (file: string, row: string) =>
    `One row per entry of content/facts/${file}: each row is ${row}.`,
  /** The paragraph under a CSV file's heading: what it holds, its size, and its note if any. */
  csvSummary: (description: string, rows: number, columns: number, note?: string) =>
    `${description} ${rows} ${rows === 1 ? 'row' : 'rows'}, ${columns} columns.${note ? ` ${note}` : ''}`,
  columnsCaption: (file: string) => `Columns of ${file}, in order`,
  columnHeader: 'Column',
  holdsHeader: 'What it holds',
  geojsonHeading: 'Map data: GeoJSON',
  /** Licence: licenceStart <a>licence name</a>licenceTerms(site name) <a>aboutLink</a>licenceEnd. */
  licenceHeading: 'Licence',
  licenceStart: 'The data is published under the Creative Commons Attribution 4.0 licence (',
  licenceTerms: (siteName: string) =>
    `), like the site’s text: you may copy, change and republish it, for any purpose, if you name ${siteName} as its source and link to this page. The island outlines come from Natural Earth, whose data is in the public domain. Quotations remain the words of their speakers; each names the source that prints it. See `,
  aboutLink: 'about this site',
  licenceEnd: ' for its sources policy.',
  citeHeading: 'How to cite the data',
  citeNote:
    'The reference names this version of the data; add the day you downloaded it where it says “accessed”.',
  /**
   * Translations of what src/lib/data-export/ writes for this page: what a file holds (by file
   * key), what a row of a table is, a table's note, and what each column holds (by table and
   * column name). English is the lib's own text, so these stay empty here; a language gives each
   * by key, and the page prints the English for any it lacks.
   */
  files: {} as Partial<Record<string, string>>,
  rows: {} as Partial<Record<FactCollectionName, string>>,
  tableNotes: {} as Partial<Record<FactCollectionName, string>>,
  columns: {} as Partial<Record<FactCollectionName, Partial<Record<string, string>>>>,
};

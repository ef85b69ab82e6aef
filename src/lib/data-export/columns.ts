/**
 * The columns of the CSV downloads, one table per fact collection: each column's name, what it
 * holds and how it is read from an entry. The CSV files and the /data/ page that documents them
 * are both made from these definitions, so the page cannot describe a column the file lacks.
 *
 * Flattening: a nested field becomes a column named by its path in facts.json
 * (`names.japanese.native`); a list of ids is joined with "; "; a list of sentences (notes, roles,
 * corrections) puts one item per line inside its cell, since a sentence may hold a semicolon.
 * Fields a table cannot hold well (the points of a border line) are named in the collection's note
 * and are in facts.json and borders.geojson.
 */
import { formatIso, type HistoricalDate, type PartialDate } from '../../schemas/date.ts';
import {
  PartySchema,
  type Party,
  type SourcedNote,
  type SourcedValue,
} from '../../schemas/common.ts';
import type { Correction } from '../../schemas/correction.ts';
import { FACT_COLLECTIONS, type FactCollectionName } from '../../schemas/index.ts';
import type { FactCollections } from '../facts-index.ts';
import { partyName } from '../parties.ts';
import { csvDocument, type CellValue } from './csv.ts';

/** What a column needs besides the entry: the absolute address of a site path. */
export interface ColumnContext {
  pageUrl: (path: string) => string;
}

/** One column of a table. */
export interface Column<T> {
  /** The header cell. */
  name: string;
  /** What the column holds, for the /data/ page. */
  description: string;
  value: (entry: T, context: ColumnContext) => CellValue;
}

/** One CSV file's definition. */
export interface Table<T> {
  /** What one row is, for the /data/ page. */
  row: string;
  /** What the table leaves to facts.json, when it leaves anything. */
  note?: string;
  columns: readonly Column<T>[];
}

type Entry<K extends FactCollectionName> = FactCollections[K][number];

/** The separator of a list of ids or short values in one cell. */
export const LIST_SEPARATOR = '; ';
/** The separator of a list of sentences in one cell: one per line. */
export const LINE_SEPARATOR = '\n';

const ids = (list: readonly string[]) => list.join(LIST_SEPARATOR);
const iso = (date: PartialDate | undefined) => (date ? formatIso(date) : undefined);
const lines = (list: readonly string[]) => list.join(LINE_SEPARATOR);
const notes = (list: readonly SourcedNote[]) =>
  lines(list.map((note) => `${note.text} [${note.source}]`));
const figures = (list: readonly SourcedValue[]) =>
  lines(
    list.map((figure) =>
      [
        String(figure.value),
        figure.label,
        figure.asOf && `as of ${formatIso(figure.asOf)}`,
        figure.note && `(${figure.note})`,
        `[${figure.source}]`,
      ]
        .filter(Boolean)
        .join(' '),
    ),
  );
const corrections = (list: readonly Correction[]) =>
  lines(
    list.map(
      (correction) => `${formatIso(correction.date)}: ${correction.wrong} ${correction.changed}`,
    ),
  );

const DATE_FORMAT =
  'ISO 8601: a year (1855), a month (1945-02) or a day (2016-12-15), as precise as the sources are';

/** The columns of a date in history, under `prefix`: its start, its end, its alternatives and notes. */
function historicalDateColumns<T>(
  prefix: string,
  what: string,
  get: (entry: T) => HistoricalDate | undefined,
): Column<T>[] {
  return [
    {
      name: prefix,
      description: `${what}: the day, the first day of a range, or the earliest of dates the sources give; ${DATE_FORMAT}.`,
      value: (entry) => iso(get(entry)?.start),
    },
    {
      name: `${prefix}.end`,
      description: `The last day, when ${what.toLowerCase()} is a range.`,
      value: (entry) => iso(get(entry)?.end),
    },
    {
      name: `${prefix}.alternatives`,
      description: `The dates different sources give, joined with "${LIST_SEPARATOR}", when they differ.`,
      value: (entry) => {
        const alternatives = get(entry)?.alternatives;
        return alternatives ? alternatives.map(formatIso).join(LIST_SEPARATOR) : undefined;
      },
    },
    {
      name: `${prefix}.approximate`,
      description: 'true when the date is approximate (“c. 1945”).',
      value: (entry) => {
        const date = get(entry);
        return date ? date.approximate : undefined;
      },
    },
    {
      name: `${prefix}.note`,
      description: 'Why the date is uncertain or given twice.',
      value: (entry) => get(entry)?.note,
    },
  ];
}

function pageColumn<K extends FactCollectionName>(collection: K, what: string): Column<Entry<K>> {
  return {
    name: 'page',
    description: `The address of the ${what} on this site.`,
    value: (entry, context) => context.pageUrl(FACT_COLLECTIONS[collection].route(entry.id)),
  };
}

const idColumn = <T extends { id: string }>(what: string): Column<T> => ({
  name: 'id',
  description: `The ${what}’s id: unique, never changed once published; other tables refer to it.`,
  value: (entry) => entry.id,
});

const correctionsColumn = <T extends { corrections: readonly Correction[] }>(): Column<T> => ({
  name: 'corrections',
  description:
    'Statements the entry made that were wrong, one per line: the day, what it said, what it says now.',
  value: (entry) => corrections(entry.corrections),
});

const sideNames = (side: 'japanese' | 'russian', language: string): Column<Entry<'islands'>>[] => [
  {
    name: `names.${side}.english`,
    description: `The ${language} name as English text writes it.`,
    value: (island) => island.names[side].english,
  },
  {
    name: `names.${side}.native`,
    description: `The ${language} name in ${side === 'japanese' ? 'Japanese script' : 'Cyrillic'}.`,
    value: (island) => island.names[side].native,
  },
  {
    name: `names.${side}.romanized`,
    description: `The ${language} name in Latin letters.`,
    value: (island) => island.names[side].romanized,
  },
];

const positionColumns = (party: Party): Column<Entry<'claims'>>[] => {
  const position = (claim: Entry<'claims'>) => claim.positions.find((each) => each.party === party);
  return [
    {
      name: `positions.${party}.summary`,
      description: `${partyName(party)}’s position in a few neutral words, when it has one on this point.`,
      value: (claim) => position(claim)?.summary,
    },
    {
      name: `positions.${party}.sources`,
      description: `Ids of the sources that state that position, joined with "${LIST_SEPARATOR}".`,
      value: (claim) => {
        const found = position(claim);
        return found ? ids(found.sources) : undefined;
      },
    },
    {
      name: `positions.${party}.wording`,
      description:
        'Its official wording, verbatim: the words, then who said them, when, and the source id in brackets.',
      value: (claim) => {
        const wording = position(claim)?.wording;
        if (!wording) return undefined;
        return [
          wording.text,
          `— ${wording.speaker}${wording.date ? `, ${formatIso(wording.date)}` : ''}`,
          wording.translation && `(translation: ${wording.translation})`,
          `[${wording.source}]`,
        ]
          .filter(Boolean)
          .join(' ');
      },
    },
  ];
};

/** Every CSV table, by collection, in the registry's order. */
export const DATA_TABLES: { [K in FactCollectionName]: Table<Entry<K>> } = {
  sources: {
    row: 'a source: a document a fact, quote or article was read in',
    columns: [
      idColumn('source'),
      { name: 'title', description: 'Its title as published.', value: (source) => source.title },
      {
        name: 'publisher',
        description: 'Who published or issued it.',
        value: (source) => source.publisher,
      },
      ...historicalDateColumns<Entry<'sources'>>(
        'date',
        'When it was published or signed',
        (source) => source.date,
      ),
      {
        name: 'kind',
        description: 'news, government, treaty, reference, dataset, book or academic.',
        value: (source) => source.kind,
      },
      { name: 'url', description: 'Where to read it, when known.', value: (source) => source.url },
      {
        name: 'accessed',
        description: 'The day the copy at url was read.',
        value: (source) => iso(source.accessed),
      },
      {
        name: 'language',
        description: 'Its language (BCP 47: en, ja, ru).',
        value: (source) => source.language,
      },
      {
        name: 'note',
        description: 'What the site takes from it, or how it was dated.',
        value: (source) => source.note,
      },
      pageColumn('sources', 'source in the bibliography'),
    ],
  },
  islands: {
    row: 'an island or islet group in dispute',
    columns: [
      idColumn('island'),
      { name: 'kind', description: 'island or islet-group.', value: (island) => island.kind },
      ...sideNames('japanese', 'Japanese'),
      ...sideNames('russian', 'Russian'),
      {
        name: 'coordinates.lat',
        description: 'Latitude of its centre, decimal degrees north (WGS 84).',
        value: (island) => island.coordinates.lat,
      },
      {
        name: 'coordinates.lon',
        description: 'Longitude of its centre, decimal degrees east (WGS 84).',
        value: (island) => island.coordinates.lon,
      },
      {
        name: 'summary',
        description: 'A short neutral description.',
        value: (island) => island.summary,
      },
      {
        name: 'area',
        description:
          'Its area in km², one figure per line as each source gives it: the number, what it counts, when it applies, then the source id in brackets.',
        value: (island) => figures(island.area),
      },
      {
        name: 'population',
        description: 'Population figures, one per line, in the same form as area.',
        value: (island) => figures(island.population),
      },
      {
        name: 'people.today',
        description: 'Who lives there today: one sentence per line, its source id in brackets.',
        value: (island) => notes(island.people.today),
      },
      {
        name: 'people.residents1945',
        description: 'The Japanese residents of 1945 and what became of them, in the same form.',
        value: (island) => notes(island.people.residents1945),
      },
      {
        name: 'people.ainu',
        description: 'The Ainu, before both states, in the same form.',
        value: (island) => notes(island.people.ainu),
      },
      {
        name: 'administration.current',
        description: 'Who governs it today, in neutral words.',
        value: (island) => island.administration.current,
      },
      {
        name: 'administration.japan',
        description: 'How Japan counts it.',
        value: (island) => island.administration.japan,
      },
      {
        name: 'administration.russia',
        description: 'How Russia counts it.',
        value: (island) => island.administration.russia,
      },
      {
        name: 'administration.source',
        description: 'The id of the source for its administration.',
        value: (island) => island.administration.source,
      },
      {
        name: 'notes',
        description: 'Other sourced facts, one sentence per line, its source id in brackets.',
        value: (island) => notes(island.notes),
      },
      correctionsColumn(),
      pageColumn('islands', 'island’s page'),
    ],
  },
  actors: {
    row: 'a person, government, organisation or people that acts or speaks in the dispute',
    columns: [
      idColumn('actor'),
      { name: 'name', description: 'The name readers know.', value: (actor) => actor.name },
      {
        name: 'kind',
        description: 'person, government, organization, people or unnamed.',
        value: (actor) => actor.kind,
      },
      {
        name: 'nativeName.text',
        description: 'The name in its own script, when it is not English.',
        value: (actor) => actor.nativeName?.text,
      },
      {
        name: 'nativeName.lang',
        description: 'The language of that name (BCP 47: ja, ru, ain).',
        value: (actor) => actor.nativeName?.lang,
      },
      {
        name: 'country',
        description: `The country it belongs to or speaks for: ${PartySchema.options.join(', ')}.`,
        value: (actor) => actor.country,
      },
      {
        name: 'roles',
        description:
          'Roles held, one per line: the title, its dates (from, to, as of) and the source id in brackets.',
        value: (actor) =>
          lines(
            actor.roles.map((role) =>
              [
                role.title,
                role.start && `from ${formatIso(role.start)}`,
                role.end && `to ${formatIso(role.end)}`,
                role.asOf && `as of ${formatIso(role.asOf)}`,
                role.source && `[${role.source}]`,
              ]
                .filter(Boolean)
                .join(' '),
            ),
          ),
      },
      {
        name: 'summary',
        description: 'A short neutral description.',
        value: (actor) => actor.summary,
      },
      correctionsColumn(),
      pageColumn('actors', 'actor’s page'),
    ],
  },
  events: {
    row: 'a dated event in the history of the dispute',
    columns: [
      idColumn('event'),
      { name: 'title', description: 'A short title.', value: (event) => event.title },
      ...historicalDateColumns<Entry<'events'>>('date', 'When it happened', (event) => event.date),
      {
        name: 'summary',
        description: 'What happened, in neutral sentences.',
        value: (event) => event.summary,
      },
      {
        name: 'islands',
        description: `Ids of the islands it concerns, joined with "${LIST_SEPARATOR}".`,
        value: (event) => ids(event.islands),
      },
      {
        name: 'actors',
        description: `Ids of the actors involved, joined with "${LIST_SEPARATOR}".`,
        value: (event) => ids(event.actors),
      },
      {
        name: 'sources',
        description: `Ids of the sources it is read in, joined with "${LIST_SEPARATOR}".`,
        value: (event) => ids(event.sources),
      },
      {
        name: 'tags',
        description: `Tags (treaty, war, summit…), joined with "${LIST_SEPARATOR}".`,
        value: (event) => ids(event.tags),
      },
      correctionsColumn(),
      pageColumn('events', 'event on the timeline'),
    ],
  },
  quotes: {
    row: 'a verbatim quotation',
    columns: [
      idColumn('quote'),
      {
        name: 'text',
        description:
          'The words exactly as the source prints them, without the outer quotation marks.',
        value: (quote) => quote.text,
      },
      {
        name: 'fragment',
        description: 'true when the words are part of a longer sentence.',
        value: (quote) => quote.fragment,
      },
      {
        name: 'speaker',
        description: 'The id of the actor who said them.',
        value: (quote) => quote.speaker,
      },
      ...historicalDateColumns<Entry<'quotes'>>(
        'date',
        'When they were said',
        (quote) => quote.date,
      ),
      {
        name: 'context',
        description: 'The occasion and what the words are about.',
        value: (quote) => quote.context,
      },
      {
        name: 'source',
        description: 'The id of the source that prints them.',
        value: (quote) => quote.source,
      },
      {
        name: 'event',
        description: 'The id of the event they were said at, if any.',
        value: (quote) => quote.event,
      },
      {
        name: 'islands',
        description: `Ids of the islands they concern, joined with "${LIST_SEPARATOR}".`,
        value: (quote) => ids(quote.islands),
      },
      {
        name: 'original.language',
        description:
          'The language the words were first said in (BCP 47), when a source prints them.',
        value: (quote) => quote.original?.language,
      },
      {
        name: 'original.text',
        description: 'The words in that language, verbatim.',
        value: (quote) => quote.original?.text,
      },
      {
        name: 'original.source',
        description: 'The id of the source that prints the original words.',
        value: (quote) => quote.original?.source,
      },
      {
        name: 'translation.by',
        description:
          'Whose English the text is: official (the speaker’s government), source (the quoting source) or site (this site).',
        value: (quote) => quote.translation?.by,
      },
      {
        name: 'translation.note',
        description: 'What else to know about the translation.',
        value: (quote) => quote.translation?.note,
      },
      pageColumn('quotes', 'quote on the quotes page'),
    ],
  },
  claims: {
    row: 'a point in dispute, with each party’s position side by side',
    note: 'Three columns per party; a party with no position on the point leaves its three empty.',
    columns: [
      idColumn('claim'),
      {
        name: 'question',
        description: 'The question in dispute.',
        value: (claim) => claim.question,
      },
      {
        name: 'background',
        description: 'Background both sides accept.',
        value: (claim) => claim.background,
      },
      {
        name: 'backgroundSources',
        description: `Ids of the sources of the background, joined with "${LIST_SEPARATOR}".`,
        value: (claim) => ids(claim.backgroundSources),
      },
      {
        name: 'islands',
        description: `Ids of the islands it concerns, joined with "${LIST_SEPARATOR}".`,
        value: (claim) => ids(claim.islands),
      },
      {
        name: 'events',
        description: `Ids of the events it turns on, joined with "${LIST_SEPARATOR}".`,
        value: (claim) => ids(claim.events),
      },
      ...PartySchema.options.flatMap(positionColumns),
      pageColumn('claims', 'claim on the claims page'),
    ],
  },
  borders: {
    row: 'a state of the border: who held what after a treaty or event',
    note: 'The points of each line are in borders.geojson and facts.json.',
    columns: [
      idColumn('border state'),
      {
        name: 'label',
        description: 'Its short name: a year, or Today.',
        value: (state) => state.label,
      },
      {
        name: 'title',
        description: 'What the state is: the treaty or event.',
        value: (state) => state.title,
      },
      ...historicalDateColumns<Entry<'borders'>>(
        'date',
        'When it began (empty for today’s state)',
        (state) => state.date,
      ),
      {
        name: 'event',
        description: 'The id of the event it comes from.',
        value: (state) => state.event,
      },
      {
        name: 'sources',
        description: `Ids of the sources that place it, joined with "${LIST_SEPARATOR}".`,
        value: (state) => ids(state.sources),
      },
      {
        name: 'summary',
        description: 'What changed, in neutral sentences.',
        value: (state) => state.summary,
      },
      {
        name: 'holdings',
        description:
          'Who held or claimed each piece of land, one holding per line: the islands and regions it covers, held by, claimed by, and a note.',
        value: (state) =>
          lines(
            state.holdings.map((holding) =>
              [
                [...holding.islands, ...holding.regions].join(', '),
                holding.heldBy && `held by ${holding.heldBy}`,
                holding.claimedBy.length > 0 && `claimed by ${holding.claimedBy.join(', ')}`,
                holding.note,
              ]
                .filter(Boolean)
                .join('; '),
            ),
          ),
      },
      {
        name: 'lines',
        description:
          'The lines its map draws, one per line: the line id, its label, its kind (border, control, claim, proposal), “schematic” where it is, and its source ids in brackets.',
        value: (state) =>
          lines(
            state.lines.map(
              (line) =>
                `${line.id}: ${line.label} (${line.kind}${line.schematic ? ', schematic' : ''}) [${ids(line.sources)}]`,
            ),
          ),
      },
      {
        name: 'extent.west',
        description: 'Western edge of its map, degrees east.',
        value: (state) => state.extent.west,
      },
      {
        name: 'extent.south',
        description: 'Southern edge, degrees north.',
        value: (state) => state.extent.south,
      },
      {
        name: 'extent.east',
        description: 'Eastern edge, degrees east.',
        value: (state) => state.extent.east,
      },
      {
        name: 'extent.north',
        description: 'Northern edge, degrees north.',
        value: (state) => state.extent.north,
      },
      pageColumn('borders', 'border state on the map page'),
    ],
  },
};

/** The header of a collection's CSV. */
export function tableHeader(name: FactCollectionName): string[] {
  return DATA_TABLES[name].columns.map((column) => column.name);
}

/** A collection's rows, one per entry, in the order given. */
export function tableRows<K extends FactCollectionName>(
  name: K,
  entries: readonly Entry<K>[],
  context: ColumnContext,
): CellValue[][] {
  const table = DATA_TABLES[name] as Table<Entry<K>>;
  return entries.map((entry) => table.columns.map((column) => column.value(entry, context)));
}

/** A collection's CSV file. */
export function collectionCsv<K extends FactCollectionName>(
  name: K,
  entries: readonly Entry<K>[],
  context: ColumnContext,
): string {
  return csvDocument(tableHeader(name), tableRows(name, entries, context));
}

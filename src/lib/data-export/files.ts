/**
 * The files the site publishes under /data/, in the order the /data/ page explains them. The page,
 * the route table and the footer link all read this list, so a file cannot be published without
 * its explanation, or explained without being published.
 */
import {
  FACT_COLLECTIONS,
  FACT_COLLECTION_NAMES,
  type FactCollectionName,
} from '../../schemas/index.ts';
import { dataFileAnchor, routes } from '../routes.ts';
import { DATA_TABLES } from './columns.ts';

export type DataFormat = 'json' | 'csv' | 'geojson';

/** One published file. */
export interface DataFile {
  /** Stable key, for its section on /data/ (`islands-csv`); unlike the outlines' name, it never changes. */
  key: string;
  /** The site path without base (`/data/islands.csv`). */
  path: string;
  format: DataFormat;
  /** Its title on the /data/ page. */
  title: string;
  /** What it holds, in a sentence. */
  description: string;
  /** The fact collection a CSV holds. */
  collection?: FactCollectionName;
  /**
   * Whether each language has its own copy, with the text fields in that language
   * (`/ja/data/islands.csv`): the files made from the facts. The schema and the outlines hold no
   * text to translate and exist once.
   */
  inEachLanguage: boolean;
}

/** The CSV file of one fact collection. */
export function csvFile(collection: FactCollectionName): DataFile {
  const name = `${collection}.csv`;
  return {
    key: `${collection}-csv`,
    path: routes.dataFile(name),
    format: 'csv',
    title: name,
    description: `One row per entry of content/facts/${FACT_COLLECTIONS[collection].file}: each row is ${DATA_TABLES[collection].row}.`,
    collection,
    inEachLanguage: true,
  };
}

/** The key of facts.json's section. */
export const FACTS_JSON_KEY = 'facts-json';

/** The key of the island outlines' file, whose name changes with its content. */
export const OUTLINES_KEY = 'outlines-geojson';

/**
 * Every published data file. `outlinesPath` is the island outlines' file, whose name carries a
 * hash of its content; without it (the route table, which lists only files of fixed names) the
 * outlines are left out.
 */
export function dataFileList(outlinesPath?: string): DataFile[] {
  return [
    {
      key: FACTS_JSON_KEY,
      path: routes.dataFile('facts.json'),
      format: 'json',
      title: 'facts.json',
      description:
        'Every entry of every fact collection and the frontmatter of every published article, complete and nested as the content check reads them, with the data’s version.',
      inEachLanguage: true,
    },
    {
      key: 'facts-schema-json',
      path: routes.dataFile('facts.schema.json'),
      format: 'json',
      title: 'facts.schema.json',
      description:
        'The JSON Schema (draft 2020-12) of facts.json: every field, its type and what it means, generated from the schemas the content check uses. facts.json names it in its $schema field.',
      inEachLanguage: false,
    },
    ...FACT_COLLECTION_NAMES.map(csvFile),
    {
      key: 'borders-geojson',
      path: routes.dataFile('borders.geojson'),
      format: 'geojson',
      title: 'borders.geojson',
      description:
        'The lines of every border state as a GeoJSON FeatureCollection: one LineString per line, coordinates as [longitude, latitude], with the state’s id and year, the line’s label, kind, schematic flag, note, event and source ids as properties.',
      inEachLanguage: true,
    },
    ...(outlinesPath
      ? [
          {
            key: OUTLINES_KEY,
            path: outlinesPath,
            format: 'geojson' as const,
            title: outlinesPath.split('/').pop()!,
            description:
              'The outlines of the four islands and the nearby coast the maps draw, cut from Natural Earth’s 1:10m land: a GeoJSON FeatureCollection of MultiPolygons, each with its kind (island or context) and the island’s id or the land’s name. Its name carries a hash of its content, so a new version gets a new name.',
            inEachLanguage: false,
          },
        ]
      : []),
  ];
}

/** The ids of the /data/ page: its sections, and one per file (the outlines' among them). */
export function dataPageIds(): string[] {
  return [
    'version',
    'files',
    'json',
    'csv',
    'geojson',
    'licence',
    'cite',
    ...dataFileList().map((file) => dataFileAnchor(file.key)),
    dataFileAnchor(OUTLINES_KEY),
  ];
}

/**
 * The /data/ section a page's data is in, for the footer's link: the CSV of the collection a fact
 * page shows, facts.json for articles (it holds their frontmatter), or undefined for other pages
 * (the link then goes to the top of /data/).
 */
export function dataSectionFor(path: string): string | undefined {
  // The list page of each collection; its entries' pages lie under it (/islands/etorofu/).
  const sections: [string, string][] = [
    [routes.islands(), csvFile('islands').key],
    [routes.actors(), csvFile('actors').key],
    [routes.timeline(), csvFile('events').key],
    [routes.quotes(), csvFile('quotes').key],
    [routes.sources(), csvFile('sources').key],
    [routes.claims(), csvFile('claims').key],
    [routes.map(), csvFile('borders').key],
    [routes.articles(), FACTS_JSON_KEY],
  ];
  return sections.find(([prefix]) => path.startsWith(prefix))?.[1];
}

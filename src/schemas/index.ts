/**
 * The content contract in one place: the registry of collections. Each entry says where its
 * entries live, the schema they pass, what one is called in messages, the fact-link kind that
 * names it in Markdown and the page that shows it. Astro's collections (`src/content.config.ts`),
 * the content check, fact links, the fact index, the data exports and the editors' JSON Schemas
 * are all derived from it: adding a collection is one entry here (and its schema module).
 */
import type { z } from 'zod';
import { routes } from '../lib/routes.ts';
import { ActorSchema } from './actor.ts';
import { ArticleSchema } from './article.ts';
import { BorderStateSchema } from './border.ts';
import { ClaimSchema } from './claim.ts';
import type { CollectionName } from './common.ts';
import { EventSchema } from './event.ts';
import { IslandSchema } from './island.ts';
import { QuoteSchema } from './quote.ts';
import { SourceSchema } from './source.ts';
import type { TranslatedFields } from '../i18n/fact-translations.ts';

export { COLLECTION_NAMES } from './common.ts';
export type { CollectionName, Reference } from './common.ts';
export { findReferences } from './references.ts';

/** What every collection declares. */
interface CollectionDefinition<S extends z.ZodType = z.ZodType> {
  /** What one entry is called in messages: "island", "quote". */
  noun: string;
  /** The noun with its indefinite article, for messages: "an island", "a quote". */
  aNoun: string;
  /** The kind in a fact link `[text](kind:id)` that names an entry. */
  factLink: string;
  /** The site path (without base) where an entry is shown: its page or its anchor on a list page. */
  route: (id: string) => string;
  /** The schema every entry passes. */
  schema: S;
}

/** A fact collection: a YAML list of entries in `content/facts/<file>`. */
export interface FactCollection<S extends z.ZodType = z.ZodType> extends CollectionDefinition<S> {
  /** File name under content/facts/ (and under content/facts/<lang>/ for its translations). */
  file: string;
  /**
   * The fields a translation gives in its language (src/i18n/fact-translations.ts); every other
   * field is the English entry's in every language. Sources have none: titles stay as published.
   */
  translated: TranslatedFields;
}

/** A folder collection: one Markdown file per entry in `content/<dir>/`, its frontmatter checked. */
export interface FolderCollection<S extends z.ZodType = z.ZodType> extends CollectionDefinition<S> {
  /** Folder name under content/. */
  dir: string;
}

/** Every fact collection, in the order the check reads them. */
export const FACT_COLLECTIONS = {
  sources: {
    file: 'sources.yaml',
    translated: { text: [] },
    noun: 'source',
    aNoun: 'a source',
    factLink: 'source',
    route: routes.source,
    schema: SourceSchema,
  },
  islands: {
    file: 'islands.yaml',
    translated: {
      text: [
        'summary',
        'names.japanese.english',
        'names.russian.english',
        'area[].label',
        'area[].note',
        'population[].label',
        'population[].note',
        'people.today[].text',
        'people.residents1945[].text',
        'people.ainu[].text',
        'administration.current',
        'administration.japan',
        'administration.russia',
        'notes[].text',
        'corrections[].wrong',
        'corrections[].changed',
      ],
    },
    noun: 'island',
    aNoun: 'an island',
    factLink: 'island',
    route: routes.island,
    schema: IslandSchema,
  },
  actors: {
    file: 'actors.yaml',
    translated: {
      text: ['name', 'summary', 'roles[].title', 'corrections[].wrong', 'corrections[].changed'],
    },
    noun: 'actor',
    aNoun: 'an actor',
    factLink: 'actor',
    route: routes.actor,
    schema: ActorSchema,
  },
  events: {
    file: 'events.yaml',
    translated: {
      text: ['title', 'summary', 'date.note', 'corrections[].wrong', 'corrections[].changed'],
    },
    noun: 'event',
    aNoun: 'an event',
    factLink: 'event',
    route: routes.event,
    schema: EventSchema,
  },
  quotes: {
    file: 'quotes.yaml',
    translated: {
      text: ['context', 'date.note', 'translation.note'],
      siteTranslations: [{ at: '', language: 'original.language' }],
    },
    noun: 'quote',
    aNoun: 'a quote',
    factLink: 'quote',
    route: routes.quote,
    schema: QuoteSchema,
  },
  claims: {
    file: 'claims.yaml',
    translated: {
      text: ['question', 'background', 'positions[].summary', 'positions[].wording.speaker'],
      siteTranslations: [{ at: 'positions[].wording', language: 'language' }],
    },
    noun: 'claim',
    aNoun: 'a claim',
    factLink: 'claim',
    route: routes.claim,
    schema: ClaimSchema,
  },
  borders: {
    file: 'borders.yaml',
    translated: {
      text: [
        'label',
        'title',
        'summary',
        'date.note',
        'holdings[].note',
        'lines[].label',
        'lines[].note',
      ],
    },
    noun: 'border state',
    aNoun: 'a border state',
    factLink: 'border',
    route: routes.borderState,
    schema: BorderStateSchema,
  },
} as const satisfies Record<Exclude<CollectionName, 'articles'>, FactCollection>;

export type FactCollectionName = keyof typeof FACT_COLLECTIONS;

/** The articles: Markdown files in content/articles/, their frontmatter checked by `ArticleSchema`. */
export const ARTICLES = {
  dir: 'articles',
  noun: 'article',
  aNoun: 'an article',
  factLink: 'article',
  route: routes.article,
  schema: ArticleSchema,
} as const satisfies FolderCollection;

/** Every collection by name: the fact collections and the articles. */
export const COLLECTIONS: Record<CollectionName, FactCollection | FolderCollection> = {
  ...FACT_COLLECTIONS,
  articles: ARTICLES,
};

/** The names of the fact collections, in the registry's order. */
export const FACT_COLLECTION_NAMES = Object.keys(FACT_COLLECTIONS) as FactCollectionName[];

/** Where a collection's entries live, relative to the content folder: a file or a folder. */
export function collectionPath(name: CollectionName): string {
  const definition = COLLECTIONS[name];
  return 'file' in definition ? `facts/${definition.file}` : `${definition.dir}/`;
}

export {
  ActorSchema,
  ArticleSchema,
  BorderStateSchema,
  ClaimSchema,
  EventSchema,
  IslandSchema,
  QuoteSchema,
  SourceSchema,
};
export type { Actor } from './actor.ts';
export type { Article } from './article.ts';
export type { BorderState, BorderLine, Holding } from './border.ts';
export type { Claim } from './claim.ts';
export type { Event } from './event.ts';
export type { Island } from './island.ts';
export type { Quote } from './quote.ts';
export type { Source } from './source.ts';
export { REQUIRED_ISLAND_IDS } from './island.ts';
export { REQUIRED_SOURCE_IDS } from './source.ts';

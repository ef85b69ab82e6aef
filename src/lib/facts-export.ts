import { articleFile } from './articles.ts';
import { FACT_COLLECTION_NAMES, FACT_COLLECTIONS } from '../schemas/index.ts';
import type { FileHistory } from './history/git-log.ts';
import { isoDay, latestDay, pageRecord, type PageRecord } from './cite/record.ts';
import type { FactCollections, FactInput } from './facts-index.ts';
import { SITE } from './site.ts';

/**
 * Version of the published data's shape. Raise the major number when a field is removed or changes
 * meaning, the minor number when one is added. 2.0: `builtAt` gave way to `version` and
 * `versionDate`, so that two builds of the same content publish the same file. 2.1: the Japanese
 * and Russian copies, whose quotes and official wordings may carry `siteTranslation`.
 */
export const FACTS_SCHEMA_VERSION = '2.1';

/** The data itself: every fact collection, in the registry's order, then the articles' frontmatter. */
export function factsData(facts: FactInput) {
  return {
    ...(Object.fromEntries(
      FACT_COLLECTION_NAMES.map((name) => [name, facts[name]]),
    ) as FactCollections),
    articles: facts.articles.map((article) => ({ slug: article.slug, ...article.data })),
  };
}

/** The files the data is read from, repository-relative, as the content history names them. */
export function dataFiles(facts: FactInput): string[] {
  return [
    ...FACT_COLLECTION_NAMES.map((name) => `content/facts/${FACT_COLLECTIONS[name].file}`),
    ...facts.articles.map((article) => articleFile(article.slug)),
  ];
}

/**
 * The latest date the content itself holds: a source read, a correction, an article published or
 * updated. The data's date when the build has no git history; never the build's own day, which
 * would make two builds of the same content differ.
 */
export function latestContentDay(facts: FactInput): string | undefined {
  const days = [
    ...facts.sources.flatMap((source) => (source.accessed ? [isoDay(source.accessed)] : [])),
    ...[
      ...facts.islands,
      ...facts.actors,
      ...facts.events,
      ...facts.articles.map((a) => a.data),
    ].flatMap((entry) => entry.corrections.map((correction) => isoDay(correction.date))),
    ...facts.articles.flatMap((article) => [
      isoDay(article.data.published),
      ...(article.data.updated ? [isoDay(article.data.updated)] : []),
    ]),
  ];
  return latestDay(days);
}

/**
 * The data set's record, as a page's: the day its files last changed (from git, or the latest
 * date in the content), and its version, a hash of the data published. facts.json and the /data/
 * page both carry it, so a citation of either names the same version.
 */
export function dataRecord(
  facts: FactInput,
  input: { title: string; siteName: string; url: string },
  history: FileHistory | { unavailable: string },
): PageRecord {
  // Content with no dated entry at all has nothing to fall back on; the epoch says so plainly.
  const fallbackDate = latestContentDay(facts) ?? '1970-01-01';
  return pageRecord(
    {
      ...input,
      key: { kind: 'data', id: 'facts' },
      files: dataFiles(facts),
      versionText: [JSON.stringify(factsData(facts))],
      fallbackDate,
      fallbackLabel: 'the latest date in the content',
    },
    history,
  );
}

/** The public data document behind /data/facts.json: every validated fact, with its version. */
export function factsDocument(
  facts: FactInput,
  version: { version: string; versionDate: string },
  schemaUrl: string,
) {
  return {
    $schema: schemaUrl,
    schemaVersion: FACTS_SCHEMA_VERSION,
    version: version.version,
    versionDate: version.versionDate,
    licence: SITE.contentLicence.name,
    licenceUrl: SITE.contentLicence.url,
    ...factsData(facts),
  };
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { z } from 'zod';
import {
  ARTICLES,
  FACT_COLLECTIONS,
  NOUNS,
  REQUIRED_ISLAND_IDS,
  REQUIRED_SOURCE_IDS,
  type Article,
  type CollectionName,
  type FactCollection,
  type FactCollectionName,
  type Reference,
} from '../../schemas/index.ts';
import { KEBAB_CASE } from '../../schemas/common.ts';
import type { FactCollections } from '../facts-index.ts';
import { buildSiteModel, checkArticleLinks } from '../markdown/link-check.ts';
import { startScanning } from '../markdown/scan-pool.ts';
import { describeFound, formatFieldPath, type Problem } from './problem.ts';
import { didYouMean } from './suggest.ts';
import { parseYaml, splitFrontmatter, type Position, type YamlSource } from './yaml.ts';
import { translateIssues } from './zod-issues.ts';

/** A Markdown article with its validated frontmatter. */
export interface ArticleEntry {
  /** The file name without `.md`: the article's URL slug and id. */
  slug: string;
  /** Path relative to the project root. */
  file: string;
  data: Article;
  /** The Markdown after the frontmatter. */
  body: string;
  /** The line of the file the body starts on, to place problems found in it. */
  bodyLine: number;
}

/** Every validated entry, by collection. Entries with problems are left out. */
export interface ContentSet extends FactCollections {
  articles: ArticleEntry[];
}

export interface ValidationResult {
  problems: Problem[];
  content: ContentSet;
}

/** Where entries live, relative to the project root. */
export interface ContentPaths {
  /** The project root: problem paths are relative to it. */
  root: string;
  /** The content folder, relative to the root. Default `content`. */
  contentDir?: string;
  /** Skip the articles (for tools that only need the fact file). Default false. */
  skipArticles?: boolean;
}

interface Located<T> {
  entry: T;
  file: string;
  index: number;
  source: YamlSource;
}

const toPosix = (path: string) => path.split(sep).join('/');

/**
 * Reads every file under the content folder, parses it with positions, applies the schemas and the
 * cross-reference rules, and returns every problem found (not just the first) with the entries that
 * passed.
 */
export function validateContent({
  root,
  contentDir = 'content',
  skipArticles = false,
}: ContentPaths): ValidationResult {
  const problems: Problem[] = [];
  const report = (
    file: string,
    position: Position | undefined,
    field: string,
    message: string,
    extra: Partial<Problem> = {},
  ) => {
    problems.push({
      file,
      line: position?.line,
      column: position?.column,
      field,
      message,
      ...extra,
    });
  };

  const located: {
    [K in FactCollectionName]: Located<z.output<(typeof FACT_COLLECTIONS)[K]['schema']>>[];
  } = {
    sources: [],
    islands: [],
    actors: [],
    events: [],
    quotes: [],
    claims: [],
  };

  // Ids as written, even in entries with other problems, so that one mistake in an entry does not
  // also turn every reference to it into an "unknown id" problem.
  const writtenIds = new Map<CollectionName, Set<string>>();
  // Collections whose file could not be read at all: references into them are not checked.
  const unreadable = new Set<CollectionName>();

  // Parsing the article bodies for the link check is most of the check's time: with many articles
  // it starts first, in worker threads, while this thread validates the facts and frontmatter.
  const articleFiles = skipArticles ? [] : readArticleFiles(root, contentDir, report);
  const pendingScans = startScanning(articleFiles.map((article) => article.body));

  for (const name of Object.keys(FACT_COLLECTIONS) as FactCollectionName[]) {
    const definition = FACT_COLLECTIONS[name] as FactCollection;
    unreadable.add(name);
    const absolute = join(root, contentDir, 'facts', definition.file);
    const file = toPosix(relative(root, absolute));
    if (!existsSync(absolute)) {
      report(file, undefined, '', `the ${name} file is missing`, {
        expected: `a YAML list of ${name}`,
      });
      continue;
    }
    const source = parseYaml(readFileSync(absolute, 'utf8'));
    for (const error of source.syntaxErrors) {
      report(file, error.position, '(YAML syntax)', error.message, {
        expected: 'valid YAML: check indentation, colons and quotes on this line or the one above',
      });
    }
    if (source.syntaxErrors.length > 0) continue;
    if (
      source.value === null ||
      source.value === undefined ||
      (Array.isArray(source.value) && source.value.length === 0)
    ) {
      report(file, { line: 1, column: 1 }, '', `the ${name} file is empty`, {
        expected: `a YAML list of ${name}, each entry starting with "- id:"`,
        found: 'no entries',
      });
      continue;
    }
    if (!Array.isArray(source.value)) {
      report(file, { line: 1, column: 1 }, '', `the ${name} file must be a list`, {
        expected: `a YAML list of ${name}, each entry starting with "- id:"`,
        found: describeFound(source.value),
      });
      continue;
    }
    unreadable.delete(name);
    writtenIds.set(
      name,
      new Set(
        source.value.flatMap((raw: unknown) =>
          isRecord(raw) && typeof raw.id === 'string' ? [raw.id] : [],
        ),
      ),
    );
    source.value.forEach((raw: unknown, index: number) => {
      const result = definition.schema.safeParse(raw, { reportInput: true });
      if (!result.success) {
        for (const issue of translateIssues(result.error.issues, definition.schema)) {
          const path = [index, ...issue.path];
          report(
            file,
            source.locate(path, issue.unknownKey),
            formatFieldPath(path),
            issue.message,
            {
              expected: issue.expected,
              found: issue.found,
            },
          );
        }
        return;
      }
      (located[name] as Located<unknown>[]).push({ entry: result.data, file, index, source });
    });
  }

  const articles = validateFrontmatter(articleFiles, report);

  // Ids: unique per collection.
  const ids = new Map<CollectionName, Set<string>>();
  for (const name of Object.keys(located) as FactCollectionName[]) {
    const seen = new Map<string, Located<{ id: string }>>();
    for (const item of located[name] as Located<{ id: string }>[]) {
      const earlier = seen.get(item.entry.id);
      if (earlier) {
        const first = earlier.source.locate([earlier.index, 'id']);
        report(
          item.file,
          item.source.locate([item.index, 'id']),
          `[${item.index}].id`,
          `duplicate id "${item.entry.id}"`,
          {
            expected: `an id not used by another ${NOUNS[name]} (line ${first.line} has it already)`,
          },
        );
        continue;
      }
      seen.set(item.entry.id, item);
    }
    ids.set(name, new Set(seen.keys()));
  }
  ids.set('articles', new Set(articles.map((article) => article.entry.slug)));

  // The four islands must all be there.
  const islandsFile = toPosix(join(contentDir, 'facts', FACT_COLLECTIONS.islands.file));
  const writtenIslandIds = writtenIds.get('islands');
  if (writtenIslandIds && writtenIslandIds.size > 0) {
    for (const required of REQUIRED_ISLAND_IDS) {
      if (!writtenIslandIds.has(required)) {
        report(islandsFile, { line: 1, column: 1 }, '', `the island "${required}" is missing`, {
          expected: `entries for ${REQUIRED_ISLAND_IDS.join(', ')}`,
        });
      }
    }
  }

  // Sources the site's own pages name (the map's outlines credit) must be there too.
  const writtenSourceIds = writtenIds.get('sources');
  if (writtenSourceIds && writtenSourceIds.size > 0) {
    for (const required of REQUIRED_SOURCE_IDS) {
      if (!writtenSourceIds.has(required)) {
        report(
          toPosix(join(contentDir, 'facts', FACT_COLLECTIONS.sources.file)),
          { line: 1, column: 1 },
          '',
          `the source "${required}" is missing`,
          {
            expected: `an entry with id ${required}: every map credits its outlines to it`,
          },
        );
      }
    }
  }

  // References: every id named must exist in the collection it names.
  const checkReferences = (
    references: Reference[],
    file: string,
    locate: (path: PropertyKey[]) => Position,
    prefix: PropertyKey[],
  ) => {
    for (const reference of references) {
      if (unreadable.has(reference.collection)) continue;
      const known = ids.get(reference.collection) ?? new Set<string>();
      if (known.has(reference.id) || writtenIds.get(reference.collection)?.has(reference.id))
        continue;
      const path = [...prefix, ...reference.path];
      const noun = NOUNS[reference.collection];
      report(
        file,
        locate(path),
        formatFieldPath(path),
        `unknown ${noun} "${reference.id}"${didYouMean(reference.id, known)}`,
        {
          expected: `the id of ${noun === 'island' || noun === 'actor' || noun === 'event' || noun === 'article' ? `an ${noun}` : `a ${noun}`} in ${collectionFile(contentDir, reference.collection)}`,
          found: `"${reference.id}"`,
        },
      );
    }
  };
  for (const name of Object.keys(located) as FactCollectionName[]) {
    const definition = FACT_COLLECTIONS[name] as FactCollection;
    for (const item of located[name] as Located<unknown>[]) {
      checkReferences(
        definition.references(item.entry),
        item.file,
        (path) => item.source.locate(path),
        [item.index],
      );
    }
  }
  for (const article of articles) {
    checkReferences(
      ARTICLES.references(article.entry.data),
      article.entry.file,
      (path) => article.source.locate(path),
      [],
    );
  }

  // Links in article bodies: fact links, site paths and fragments must lead somewhere the build
  // will produce; external links must be https; raw HTML is refused.
  const fileScans = pendingScans.finish();
  const scans = articles.map((article) => fileScans[article.fileIndex]);
  const knownIds = new Map<CollectionName, Set<string>>(
    [...ids.keys()].map((name) => [
      name,
      new Set([...(ids.get(name) ?? []), ...(writtenIds.get(name) ?? [])]),
    ]),
  );
  const model = buildSiteModel({
    ids: knownIds,
    articleAnchors: new Map(
      articles.map((article, index) => [article.entry.slug, new Set(scans[index]?.anchors)]),
    ),
  });
  articles.forEach((article, index) => {
    const scan = scans[index];
    if (!scan) return;
    for (const link of checkArticleLinks(scan, article.entry.slug, knownIds, model)) {
      if ([...unreadable].some((name) => link.message.startsWith(`unknown ${NOUNS[name]} `)))
        continue;
      problems.push({
        file: article.entry.file,
        line: link.line + article.entry.bodyLine - 1,
        column: link.column,
        field: `${link.kind === 'html' ? 'raw HTML' : 'link'} ${JSON.stringify(link.target)}`,
        message: link.message,
        kind: link.kind === 'link' ? 'link' : undefined,
      });
    }
  });

  const content: ContentSet = {
    sources: located.sources.map((item) => item.entry),
    islands: located.islands.map((item) => item.entry),
    actors: located.actors.map((item) => item.entry),
    events: located.events.map((item) => item.entry),
    quotes: located.quotes.map((item) => item.entry),
    claims: located.claims.map((item) => item.entry),
    articles: articles.map((item) => item.entry),
  };
  return { problems, content };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function collectionFile(contentDir: string, collection: CollectionName): string {
  if (collection === 'articles') return `${contentDir}/articles/`;
  return `${contentDir}/facts/${FACT_COLLECTIONS[collection].file}`;
}

type Reporter = (
  file: string,
  position: Position | undefined,
  field: string,
  message: string,
  extra?: Partial<Problem>,
) => void;

/** An article file whose name is usable and whose frontmatter is split from its body. */
interface ArticleFile {
  slug: string;
  file: string;
  frontmatter: string;
  frontmatterLine: number;
  body: string;
  bodyLine: number;
}

/** Reads every `content/articles/*.md` and splits its frontmatter from its body. */
function readArticleFiles(root: string, contentDir: string, report: Reporter): ArticleFile[] {
  const dir = join(root, contentDir, ARTICLES.dir);
  if (!existsSync(dir)) return [];
  const files: ArticleFile[] = [];
  for (const name of readdirSync(dir).sort()) {
    const absolute = join(dir, name);
    const file = toPosix(relative(root, absolute));
    if (!name.endsWith('.md')) {
      if (!name.startsWith('.')) {
        report(file, undefined, '', 'not an article file', {
          expected: 'Markdown files ending in .md',
          found: `"${name}"`,
        });
      }
      continue;
    }
    const slug = name.slice(0, -3);
    if (!KEBAB_CASE.test(slug)) {
      report(
        file,
        undefined,
        '(file name)',
        'the file name is the article’s address: use lower-case words joined by hyphens',
        {
          expected: 'a name such as the-four-islands.md',
          found: `"${name}"`,
        },
      );
    }
    const parts = splitFrontmatter(readFileSync(absolute, 'utf8'));
    if (!parts) {
      report(file, { line: 1, column: 1 }, '(frontmatter)', 'the article has no frontmatter', {
        expected:
          'a block between two "---" lines at the top, with title, description, published and sources',
      });
      continue;
    }
    files.push({ slug, file, ...parts });
  }
  return files;
}

/** Validates each article's frontmatter; `fileIndex` is the article's place in `files`. */
function validateFrontmatter(
  files: readonly ArticleFile[],
  report: Reporter,
): { entry: ArticleEntry; source: YamlSource; fileIndex: number }[] {
  const entries: { entry: ArticleEntry; source: YamlSource; fileIndex: number }[] = [];
  files.forEach(({ slug, file, frontmatter, frontmatterLine, body, bodyLine }, fileIndex) => {
    const source = parseYaml(frontmatter, frontmatterLine);
    for (const error of source.syntaxErrors) {
      report(file, error.position, '(YAML syntax)', error.message, {
        expected: 'valid YAML in the frontmatter: check indentation, colons and quotes',
      });
    }
    if (source.syntaxErrors.length > 0) return;
    const result = ARTICLES.schema.safeParse(source.value ?? {}, { reportInput: true });
    if (!result.success) {
      for (const issue of translateIssues(result.error.issues, ARTICLES.schema)) {
        report(
          file,
          source.locate(issue.path, issue.unknownKey),
          formatFieldPath(issue.path),
          issue.message,
          {
            expected: issue.expected,
            found: issue.found,
          },
        );
      }
      return;
    }
    entries.push({ entry: { slug, file, data: result.data, body, bodyLine }, source, fileIndex });
  });
  return entries;
}

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { z } from 'zod';
import {
  ARTICLES,
  COLLECTIONS,
  FACT_COLLECTIONS,
  FACT_COLLECTION_NAMES,
  REQUIRED_ISLAND_IDS,
  REQUIRED_SOURCE_IDS,
  collectionPath,
  findReferences,
  type Article,
  type BorderState,
  type CollectionName,
  type FactCollectionName,
  type Reference,
} from '../../schemas/index.ts';
import { KEBAB_CASE } from '../../schemas/common.ts';
import type { FactCollections } from '../facts-index.ts';
import { checkArticleLinks } from '../markdown/link-check.ts';
import { renderArticleBodies } from '../markdown/render-article.ts';
import { buildSiteModel, type SiteModel } from '../site-model.ts';
import { DEFAULT_LOCALE, TRANSLATED_LOCALES } from '../../i18n/locales.ts';
import { checkFactTranslations } from './fact-translations-check.ts';
import { originalHash } from '../../i18n/article-translations.ts';
import { localizeFacts, readFactTranslations } from '../../i18n/localize-facts.ts';
import {
  ArticleTranslationSchema,
  type ArticleTranslation,
} from '../../schemas/article-translation.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { ArticleBody } from '../site-model.ts';
import { diskRenderCache } from '../markdown/render-cache.ts';
import { renderAheadThread } from '../markdown/render-ahead.ts';
import { lookupFromContent } from './fact-lookup.ts';
import { islandsOffTheMap } from './islands-on-map.ts';
import { describeFound, formatFieldPath, type Problem, type ProblemCode } from './problem.ts';
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
  /** The Markdown after the frontmatter, exactly the bytes the renderer renders. */
  body: string;
  /** The line of the file the body starts on, to place problems found in it. */
  bodyLine: number;
}

/** Every validated entry, by collection. Entries with problems are left out. */
export interface ContentSet extends FactCollections {
  articles: ArticleEntry[];
}

/** A translation made from an earlier version of its English article: not an error, but listed. */
export interface StaleTranslation {
  /** The translation's file. */
  file: string;
  /** The English file it translates. */
  original: string;
  /** The hash the translation recorded, and the English file's hash now. */
  recorded: string;
  current: string;
}

export interface ValidationResult {
  problems: Problem[];
  /** Translations older than their English article (their pages say so too). */
  staleTranslations: StaleTranslation[];
  content: ContentSet;
  /** The route table built from the content: every page the build makes and its ids. */
  model: SiteModel;
}

/** Where entries live, relative to the project root. */
export interface ContentPaths {
  /** The project root: problem paths are relative to it. */
  root: string;
  /** The content folder, relative to the root. Default `content`. */
  contentDir?: string;
}

export interface ContentCheckOptions extends ContentPaths {
  /** The deployment base the articles are rendered for (it is in their links). Default `/`. */
  base?: string;
  /** Keep rendered articles between runs in node_modules/.cache. Default true. */
  cache?: boolean;
  /**
   * Render the articles on a second thread too, from the last one back, into the cache the check
   * reads (`npm run check` on its own; a build's second thread has other work). Default false.
   */
  secondThread?: boolean;
}

/** Below this many articles a second thread costs more to start than it saves. */
const SECOND_THREAD_MIN_ARTICLES = 50;

/** The facts' result: the entries that passed, and what the article check needs to go on. */
export interface FactsResult {
  problems: Problem[];
  content: FactCollections;
  /** Ids as written, even in entries with other problems (see below). */
  writtenIds: Map<CollectionName, Set<string>>;
  /** Collections whose file could not be read at all: references into them are not checked. */
  unreadable: Set<CollectionName>;
  /** Ids that passed, per collection. */
  ids: Map<CollectionName, Set<string>>;
  /** Where a field of a valid entry stands, for problems found by later rules. */
  locate(
    collection: FactCollectionName,
    id: string,
    path: PropertyKey[],
  ): { file: string; position: Position } | undefined;
}

interface Located<T> {
  entry: T;
  file: string;
  index: number;
  source: YamlSource;
}

export type ReportExtra = Partial<Pick<Problem, 'expected' | 'found'>>;
export type Reporter = (
  code: ProblemCode,
  file: string,
  position: Position | undefined,
  field: string,
  message: string,
  extra?: ReportExtra,
) => void;

const toPosix = (path: string) => path.split(sep).join('/');

function collector(problems: Problem[]): Reporter {
  return (code, file, position, field, message, extra = {}) => {
    problems.push({
      code,
      file,
      line: position?.line,
      column: position?.column,
      field,
      message,
      ...extra,
    });
  };
}

/**
 * Reads the fact files, parses them with positions, applies the schemas and the cross-reference
 * rules among the facts. Synchronous: the Markdown pipeline's fact lookup calls it.
 */
export function validateFacts({ root, contentDir = 'content' }: ContentPaths): FactsResult {
  const problems: Problem[] = [];
  const report = collector(problems);
  const located = Object.fromEntries(
    FACT_COLLECTION_NAMES.map((name) => [name, []]),
  ) as unknown as {
    [K in FactCollectionName]: Located<z.output<(typeof FACT_COLLECTIONS)[K]['schema']>>[];
  };

  // Ids as written, even in entries with other problems, so that one mistake in an entry does not
  // also turn every reference to it into an "unknown id" problem.
  const writtenIds = new Map<CollectionName, Set<string>>();
  const unreadable = new Set<CollectionName>();
  reportUnexpectedFiles(root, contentDir, report);

  for (const name of FACT_COLLECTION_NAMES) {
    const definition = FACT_COLLECTIONS[name];
    unreadable.add(name);
    const absolute = join(root, contentDir, 'facts', definition.file);
    const file = toPosix(relative(root, absolute));
    if (!existsSync(absolute)) {
      report('missing-file', file, undefined, '', `the ${name} file is missing`, {
        expected: `a YAML list of ${name}`,
      });
      continue;
    }
    const text = readContentFile(absolute, file, report);
    if (text === undefined) continue;
    const source = parseYamlSafely(text, 1, file, report);
    if (!source) continue;
    for (const error of source.syntaxErrors) {
      report('yaml-syntax', file, error.position, '(YAML syntax)', error.message, {
        expected: 'valid YAML: check indentation, colons and quotes on this line or the one above',
      });
    }
    if (source.syntaxErrors.length > 0) continue;
    if (
      source.value === null ||
      source.value === undefined ||
      (Array.isArray(source.value) && source.value.length === 0)
    ) {
      report('empty-file', file, { line: 1, column: 1 }, '', `the ${name} file is empty`, {
        expected: `a YAML list of ${name}, each entry starting with "- id:"`,
        found: 'no entries',
      });
      continue;
    }
    if (!Array.isArray(source.value)) {
      report('not-a-list', file, { line: 1, column: 1 }, '', `the ${name} file must be a list`, {
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
            issue.code,
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

  // Ids: unique per collection.
  const ids = new Map<CollectionName, Set<string>>();
  for (const name of FACT_COLLECTION_NAMES) {
    const seen = new Map<string, Located<{ id: string }>>();
    for (const item of located[name] as Located<{ id: string }>[]) {
      const earlier = seen.get(item.entry.id);
      if (earlier) {
        const first = earlier.source.locate([earlier.index, 'id']);
        report(
          'duplicate-id',
          item.file,
          item.source.locate([item.index, 'id']),
          `[${item.index}].id`,
          `duplicate id "${item.entry.id}"`,
          {
            expected: `an id not used by another ${FACT_COLLECTIONS[name].noun} (line ${first.line} has it already)`,
          },
        );
        continue;
      }
      seen.set(item.entry.id, item);
    }
    ids.set(name, new Set(seen.keys()));
  }

  // Entries the site's own pages need (the four islands, the map's outlines credit).
  const required: [FactCollectionName, readonly string[], (id: string) => string][] = [
    ['islands', REQUIRED_ISLAND_IDS, () => `entries for ${REQUIRED_ISLAND_IDS.join(', ')}`],
    [
      'sources',
      REQUIRED_SOURCE_IDS,
      (id) => `an entry with id ${id}: every map credits its outlines to it`,
    ],
  ];
  for (const [name, requiredIds, expected] of required) {
    const written = writtenIds.get(name);
    if (!written || written.size === 0) continue;
    for (const id of requiredIds) {
      if (written.has(id)) continue;
      report(
        'missing-required-entry',
        toPosix(join(contentDir, collectionPath(name))),
        { line: 1, column: 1 },
        '',
        `the ${FACT_COLLECTIONS[name].noun} "${id}" is missing`,
        {
          expected: expected(id),
        },
      );
    }
  }

  const result: FactsResult = {
    problems,
    content: Object.fromEntries(
      FACT_COLLECTION_NAMES.map((name) => [
        name,
        (located[name] as Located<unknown>[]).map((item) => item.entry),
      ]),
    ) as FactCollections,
    writtenIds,
    unreadable,
    ids,
    locate: (collection, id, path) => {
      const item = (located[collection] as Located<{ id: string }>[]).find(
        (candidate) => candidate.entry.id === id,
      );
      return item
        ? { file: item.file, position: item.source.locate([item.index, ...path]) }
        : undefined;
    },
  };
  for (const name of FACT_COLLECTION_NAMES) {
    for (const item of located[name] as Located<unknown>[]) {
      checkReferences(
        result,
        report,
        contentDir,
        findReferences(FACT_COLLECTIONS[name].schema, item.entry),
        item.file,
        (path) => item.source.locate(path),
        [item.index],
      );
    }
  }
  checkBorderHoldings(located.borders, ids.get('islands'), contentDir, report);
  return result;
}

/**
 * Each border state says who held every island: the map shades and the island pages list each
 * island's status from it, and an island left out would be drawn as no one's.
 */
function checkBorderHoldings(
  states: readonly Located<BorderState>[],
  islandIds: ReadonlySet<string> | undefined,
  contentDir: string,
  report: Reporter,
): void {
  if (!islandIds || islandIds.size === 0) return;
  const islandsFile = toPosix(join(contentDir, collectionPath('islands')));
  for (const item of states) {
    const seen = new Map<string, number>();
    item.entry.holdings.forEach((holding, holdingIndex) => {
      holding.islands.forEach((island, islandIndex) => {
        const first = seen.get(island);
        if (first === undefined) {
          seen.set(island, holdingIndex);
          return;
        }
        const path = [item.index, 'holdings', holdingIndex, 'islands', islandIndex];
        report(
          'border-holdings',
          item.file,
          item.source.locate(path),
          formatFieldPath(path),
          `the island "${island}" is in two holdings of this state`,
          { expected: 'each island in one holding', found: `it in holdings[${first}] already` },
        );
      });
    });
    const missing = [...islandIds].filter((id) => !seen.has(id));
    if (missing.length === 0) continue;
    const path = [item.index, 'holdings'];
    report(
      'border-holdings',
      item.file,
      item.source.locate(path),
      formatFieldPath(path),
      `this state does not say who held ${missing.map((id) => `"${id}"`).join(', ')}`,
      {
        expected: `every island of ${islandsFile} in one holding`,
        found: seen.size > 0 ? `holdings for ${[...seen.keys()].join(', ')}` : 'no islands',
      },
    );
  }
}

/** Every id named must exist in the collection it names. */
function checkReferences(
  facts: Pick<FactsResult, 'unreadable' | 'ids' | 'writtenIds'>,
  report: Reporter,
  contentDir: string,
  references: Reference[],
  file: string,
  locate: (path: PropertyKey[]) => Position,
  prefix: PropertyKey[],
): void {
  for (const reference of references) {
    if (facts.unreadable.has(reference.collection)) continue;
    const known = facts.ids.get(reference.collection) ?? new Set<string>();
    if (known.has(reference.id) || facts.writtenIds.get(reference.collection)?.has(reference.id))
      continue;
    const path = [...prefix, ...reference.path];
    const definition = COLLECTIONS[reference.collection];
    report(
      'unknown-reference',
      file,
      locate(path),
      formatFieldPath(path),
      `unknown ${definition.noun} "${reference.id}"${didYouMean(reference.id, known)}`,
      {
        expected: `the id of ${definition.aNoun} in ${contentDir}/${collectionPath(reference.collection)}`,
        found: `"${reference.id}"`,
      },
    );
  }
}

/**
 * Reads every file under the content folder, parses it with positions, applies the schemas and the
 * cross-reference rules, renders each article with the site's own Markdown processor and checks
 * what the render collected (links, anchors, raw HTML) against the pages the build will make.
 * Returns every problem found (not just the first) with the entries that passed.
 */
export async function validateContent({
  root,
  contentDir = 'content',
  base = '/',
  cache = true,
  secondThread = false,
}: ContentCheckOptions): Promise<ValidationResult> {
  const facts = validateFacts({ root, contentDir });
  const problems = [...facts.problems];
  const report = collector(problems);
  checkFactTranslations({
    root,
    contentDir,
    content: facts.content,
    read: (absolute, file) => readContentFile(absolute, file, report),
    parse: (text, file) => parseYamlSafely(text, 1, file, report),
    report,
  });

  // The build matches each island to a Natural Earth outline; one that matches none stops it.
  if (!facts.unreadable.has('islands')) {
    for (const mismatch of islandsOffTheMap(facts.content.islands)) {
      const place = facts.locate('islands', mismatch.id, ['coordinates']);
      if (!place) continue;
      report(
        'island-not-on-map',
        place.file,
        place.position,
        `[${facts.content.islands.findIndex((island) => island.id === mismatch.id)}].coordinates`,
        mismatch.message,
        {
          expected: 'the island’s centre, on its land (see the coordinates of the other islands)',
        },
      );
    }
  }

  const articleFiles = readArticleFiles(root, contentDir, report);
  const articles = validateFrontmatter(articleFiles, report);
  const ids = new Map(facts.ids);
  ids.set('articles', new Set(articles.map((article) => article.entry.slug)));
  const all = { ...facts, ids };
  for (const article of articles) {
    checkReferences(
      all,
      report,
      contentDir,
      findReferences(ARTICLES.schema, article.entry.data),
      article.entry.file,
      (path) => article.source.locate(path),
      [],
    );
  }

  // Every article is rendered by the site's own processor, from the bytes the build renders.
  const knownIds = new Map<CollectionName, Set<string>>(
    [...ids.keys()].map((name) => [
      name,
      new Set([...(ids.get(name) ?? []), ...(facts.writtenIds.get(name) ?? [])]),
    ]),
  );
  const usedRenders = new Set<string>();
  // The second thread renders from the last article back while this one renders from the first,
  // each skipping what the other has put in the cache; where they meet, a body may be rendered
  // twice. What it renders is what this thread would have (render-ahead.ts).
  const englishBodies = articles.map(({ entry }) => ({
    body: entry.body,
    file: join(root, entry.file),
  }));
  const helper =
    secondThread && cache && articles.length >= SECOND_THREAD_MIN_ARTICLES
      ? renderAheadThread({
          root,
          base,
          contentDir,
          renders: englishBodies.map((body) => ({ locale: DEFAULT_LOCALE, ...body })).reverse(),
        })
      : undefined;
  const rendered = await renderArticleBodies(englishBodies, {
    root,
    contentDir,
    base,
    cache,
    keep: usedRenders,
    lookup: lookupFromContent(facts.content, knownIds.get('articles') ?? new Set()),
  });

  // The translations: frontmatter, the original each names, whether it is older than the original,
  // and each body rendered for its language's pages.
  const bySlug = new Map(articles.map(({ entry }) => [entry.slug, entry]));
  const staleTranslations: StaleTranslation[] = [];
  const translations: {
    locale: Locale;
    items: { file: ArticleFile; data: ArticleTranslation; original: ArticleEntry }[];
    rendered: Awaited<ReturnType<typeof renderArticleBodies>>;
  }[] = [];
  for (const locale of TRANSLATED_LOCALES) {
    const files = readArticleFiles(root, contentDir, report, `${ARTICLES.dir}/${locale}`);
    const items: (typeof translations)[number]['items'] = [];
    for (const { file, data, source } of validateTranslationFrontmatter(files, report)) {
      checkReferences(
        all,
        report,
        contentDir,
        findReferences(ArticleTranslationSchema, data),
        file.file,
        (path) => source.locate(path),
        [],
      );
      if (data.translationOf !== file.slug) {
        report(
          'invalid-field',
          file.file,
          source.locate(['translationOf']),
          'translationOf',
          'a translation has the file name of the article it translates',
          {
            expected: `"${file.slug}", the file name (or name the file ${data.translationOf}.md)`,
            found: `"${data.translationOf}"`,
          },
        );
        continue;
      }
      const original = bySlug.get(file.slug);
      if (!original) continue;
      const englishCorrections = original.data.corrections.length;
      const translatedCorrections = data.corrections?.length ?? 0;
      if (translatedCorrections !== englishCorrections) {
        report(
          translatedCorrections < englishCorrections ? 'missing-translation' : 'unknown-original',
          file.file,
          source.locate(data.corrections ? ['corrections'] : ['translationOf']),
          'corrections',
          `a translation gives the words of each of the original's corrections, in its order`,
          {
            expected: `${englishCorrections} (as ${original.file} records)`,
            found: `${translatedCorrections}`,
          },
        );
      }
      const current = originalHash(readFileSync(join(root, original.file), 'utf8'));
      if (current !== data.originalHash) {
        staleTranslations.push({
          file: file.file,
          original: original.file,
          recorded: data.originalHash,
          current,
        });
      }
      items.push({ file, data, original });
    }
    const lookup = lookupFromContent(
      localizeFacts(facts.content, readFactTranslations(root, contentDir, locale), locale),
      knownIds.get('articles') ?? new Set(),
    );
    translations.push({
      locale,
      items,
      rendered: await renderArticleBodies(
        items.map(({ file }) => ({ body: file.body, file: join(root, file.file) })),
        { root, contentDir, base, cache, keep: usedRenders, lookup, locale },
      ),
    });
  }
  helper?.stop();
  // Every article was rendered or read just now: what the cache holds besides is an older version.
  if (cache) diskRenderCache(root).prune(usedRenders);
  const bodiesOf = (
    list: readonly { slug: string }[],
    results: Awaited<ReturnType<typeof renderArticleBodies>>,
  ) =>
    new Map<string, ArticleBody>(
      list.flatMap(({ slug }, index) => {
        const result = results[index];
        return result && !('error' in result) ? [[slug, result] as const] : [];
      }),
    );

  const published = articles
    .filter(({ entry }) => !entry.data.draft)
    .map(({ entry }) => entry.slug);
  const exactModel = buildSiteModel({
    content: consistentContent({
      ...facts.content,
      articles: articles.map(({ entry }) => ({ slug: entry.slug, data: entry.data })),
    }),
    articleBodies: new Map(
      articles.flatMap(({ entry }, index) => {
        const result = rendered[index];
        return result && !('error' in result) ? [[entry.slug, result] as const] : [];
      }),
    ),
    translatedBodies: Object.fromEntries(
      translations.map(({ locale, items, rendered: results }) => [
        locale,
        bodiesOf(
          items.map(({ file }) => file),
          results,
        ),
      ]),
    ),
  });
  const model = new Map(exactModel);
  const publishedSet = new Set(published);
  // An entry with a problem (of its own, or in what it names) has no page in the model; links to
  // it are not reported a second time: its page (or anchor) counts as there.
  for (const name of FACT_COLLECTION_NAMES) {
    for (const id of knownIds.get(name) ?? []) {
      const [page = '', anchor] = COLLECTIONS[name].route(id).split('#');
      if (model.has(page) && (!anchor || model.get(page)?.has(anchor))) continue;
      const anchors = new Set(model.get(page) ?? []);
      if (anchor) anchors.add(anchor);
      model.set(page, anchors);
    }
  }
  // What the render of one file collected (links, headings), checked against every page. A
  // translation is checked as its original is: the same slug, draft state and listed sources.
  const checkRendered = (
    result: (typeof rendered)[number] | undefined,
    file: { file: string; bodyLine: number },
    original: ArticleEntry,
  ) => {
    if (!result) return;
    if ('error' in result) {
      report('render-failed', file.file, undefined, '(Markdown)', result.error, {
        expected: 'Markdown the renderer can read',
      });
      return;
    }
    for (const link of checkArticleLinks(result.scan, {
      slug: original.slug,
      draft: original.data.draft,
      ids: knownIds,
      published: publishedSet,
      model,
      ownAnchors: result.anchors,
      headings: result.headings,
      listedSources: original.data.sources,
    })) {
      if (link.code === 'broken-link' && link.collection && facts.unreadable.has(link.collection))
        continue;
      problems.push({
        code: link.code,
        file: file.file,
        line: link.line + file.bodyLine - 1,
        column: link.column,
        field: `${link.kind === 'html' ? 'raw HTML' : link.kind === 'heading' ? 'heading' : 'link'} ${JSON.stringify(link.target)}`,
        message: link.message,
        expected: link.expected,
      });
    }
  };
  articles.forEach(({ entry }, index) => checkRendered(rendered[index], entry, entry));
  for (const { items, rendered: results } of translations) {
    items.forEach(({ file, original }, index) => checkRendered(results[index], file, original));
  }

  const content: ContentSet = { ...facts.content, articles: articles.map((item) => item.entry) };
  return { problems, staleTranslations, content, model: exactModel };
}

/**
 * The entries whose references all lead to entries that are themselves kept: the site model is
 * built from these, so one bad entry does not stop the check from modelling the rest.
 */
function consistentContent<
  T extends FactCollections & { articles: { slug: string; data: Article }[] },
>(content: T): T {
  let current = content;
  for (;;) {
    const ids = new Map<CollectionName, Set<string>>([
      ...FACT_COLLECTION_NAMES.map(
        (name) => [name, new Set(current[name].map((entry) => entry.id))] as const,
      ),
      ['articles', new Set(current.articles.map((article) => article.slug))],
    ]);
    const keeps = (schema: z.ZodType, value: unknown) =>
      findReferences(schema, value).every((reference) =>
        ids.get(reference.collection)?.has(reference.id),
      );
    const next = {
      ...current,
      ...Object.fromEntries(
        FACT_COLLECTION_NAMES.map((name) => [
          name,
          (current[name] as unknown[]).filter((entry) =>
            keeps(FACT_COLLECTIONS[name].schema, entry),
          ),
        ]),
      ),
      articles: current.articles.filter((article) => keeps(ARTICLES.schema, article.data)),
    } as T;
    const size = (set: T) =>
      FACT_COLLECTION_NAMES.reduce((sum, name) => sum + set[name].length, set.articles.length);
    if (size(next) === size(current)) return current;
    current = next;
  }
}

/**
 * A file's text, or undefined after reporting why it cannot be read: a folder where a file should
 * be, a link to nothing, a file that is not UTF-8 (with the line of the first bad byte).
 */
function readContentFile(absolute: string, file: string, report: Reporter): string | undefined {
  let bytes: Buffer;
  try {
    if (statSync(absolute).isDirectory()) {
      report('unreadable-file', file, undefined, '', 'this is a folder, not a file', {
        expected: 'a file',
      });
      return undefined;
    }
    bytes = readFileSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'it is a link to a file that does not exist'
        : `it cannot be read (${code ?? 'unknown error'})`;
    report('unreadable-file', file, undefined, '', why, { expected: 'a readable file' });
    return undefined;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    let line = 1;
    let start = 0;
    for (let index = 0; index <= bytes.length; index += 1) {
      if (index < bytes.length && bytes[index] !== 0x0a) continue;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, index));
      } catch {
        break;
      }
      line += 1;
      start = index + 1;
    }
    report(
      'unreadable-file',
      file,
      { line, column: 1 },
      '',
      'this line holds bytes that are not UTF-8 text',
      {
        expected: 'the file saved as UTF-8',
      },
    );
    return undefined;
  }
}

/** parseYaml, with any failure of the parser itself turned into a problem on the file. */
function parseYamlSafely(
  text: string,
  firstLine: number,
  file: string,
  report: Reporter,
): YamlSource | undefined {
  try {
    return parseYaml(text, firstLine);
  } catch (error) {
    report(
      'yaml-syntax',
      file,
      { line: firstLine, column: 1 },
      '(YAML syntax)',
      `the YAML cannot be read: ${(error as Error).message.split('\n')[0]}`,
      {
        expected: 'valid YAML of ordinary depth',
      },
    );
    return undefined;
  }
}

/** Reports every file under content/ that no collection reads: it would be silently ignored. */
function reportUnexpectedFiles(root: string, contentDir: string, report: Reporter): void {
  const base = join(root, contentDir);
  if (!existsSync(base)) return;
  const factFiles = new Set<string>(
    FACT_COLLECTION_NAMES.map((name) => FACT_COLLECTIONS[name].file),
  );
  const expectedHere = `only facts/ (${[...factFiles].join(', ')}) and ${ARTICLES.dir}/ (*.md)`;
  const visible = (dir: string) =>
    readdirSync(dir, { withFileTypes: true }).filter((entry) => !entry.name.startsWith('.'));
  for (const entry of visible(base)) {
    const file = toPosix(relative(root, join(base, entry.name)));
    if (entry.isDirectory() && (entry.name === 'facts' || entry.name === ARTICLES.dir)) continue;
    report(
      'unexpected-file',
      file,
      undefined,
      '',
      'no collection reads this: it would never reach the site',
      { expected: expectedHere, found: `"${entry.name}"` },
    );
  }
  const facts = join(base, 'facts');
  if (existsSync(facts) && statSync(facts).isDirectory()) {
    for (const entry of visible(facts)) {
      if (factFiles.has(entry.name)) continue;
      // The translations: content/facts/ja/, content/facts/ru/ (checked file by file).
      if (entry.isDirectory() && isTranslatedLocale(entry.name)) {
        for (const file of visible(join(facts, entry.name))) {
          if (factFiles.has(file.name)) continue;
          report(
            'unexpected-file',
            toPosix(relative(root, join(facts, entry.name, file.name))),
            undefined,
            '',
            'no collection reads this file',
            { expected: `one of ${[...factFiles].join(', ')}`, found: `"${file.name}"` },
          );
        }
        continue;
      }
      const close = [...factFiles].find(
        (name) =>
          name.toLowerCase() === entry.name.toLowerCase() ||
          name.replace(/\.yaml$/, '') === entry.name.replace(/\.ya?ml$/i, '').split(/[-_.]/)[0],
      );
      report(
        'unexpected-file',
        toPosix(relative(root, join(facts, entry.name))),
        undefined,
        '',
        `no collection reads this file${close ? `: entries of that kind belong in ${close}` : ''}`,
        {
          expected: `one of ${[...factFiles].join(', ')}`,
          found: `"${entry.name}"`,
        },
      );
    }
  }
  const articles = join(base, ARTICLES.dir);
  if (existsSync(articles) && statSync(articles).isDirectory()) {
    for (const entry of visible(articles)) {
      if (entry.isDirectory() && isTranslatedLocale(entry.name)) continue;
      if (entry.isDirectory() && !entry.name.endsWith('.md')) {
        report(
          'unexpected-file',
          toPosix(relative(root, join(articles, entry.name))),
          undefined,
          '',
          'articles do not go in subfolders: this folder is never read',
          {
            expected: `Markdown files directly in ${contentDir}/${ARTICLES.dir}/, translations in ${TRANSLATED_LOCALES.map((locale) => `${contentDir}/${ARTICLES.dir}/${locale}/`).join(' or ')}`,
          },
        );
      }
    }
  }
}

const isTranslatedLocale = (name: string) =>
  (TRANSLATED_LOCALES as readonly string[]).includes(name);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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
function readArticleFiles(
  root: string,
  contentDir: string,
  report: Reporter,
  folder: string = ARTICLES.dir,
): ArticleFile[] {
  const dir = join(root, contentDir, folder);
  if (!existsSync(dir)) return [];
  const files: ArticleFile[] = [];
  for (const name of readdirSync(dir).sort()) {
    const absolute = join(dir, name);
    const file = toPosix(relative(root, absolute));
    if (!name.endsWith('.md')) {
      // A subfolder is reported with the files no collection reads.
      if (!name.startsWith('.') && !statSync(absolute, { throwIfNoEntry: false })?.isDirectory()) {
        report('not-an-article-file', file, undefined, '', 'not an article file', {
          expected: 'Markdown files ending in .md',
          found: `"${name}"`,
        });
      }
      continue;
    }
    const slug = name.slice(0, -3);
    if (!KEBAB_CASE.test(slug)) {
      report(
        'bad-file-name',
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
    const text = readContentFile(absolute, file, report);
    if (text === undefined) continue;
    const parts = splitFrontmatter(text);
    if (!parts) {
      report(
        'no-frontmatter',
        file,
        { line: 1, column: 1 },
        '(frontmatter)',
        'the article has no frontmatter',
        {
          expected:
            'a block between two "---" lines at the top, with title, description, published and sources',
        },
      );
      continue;
    }
    files.push({ slug, file, ...parts });
  }
  return files;
}

/**
 * Each file's frontmatter, parsed with positions and passed through `schema`; every problem is
 * reported at its line. `unknownFieldHint` follows the message of a field the schema lacks.
 */
function parseFrontmatters<S extends z.ZodType>(
  files: readonly ArticleFile[],
  schema: S,
  report: Reporter,
  unknownFieldHint?: string,
): { file: ArticleFile; data: z.output<S>; source: YamlSource }[] {
  const valid: { file: ArticleFile; data: z.output<S>; source: YamlSource }[] = [];
  for (const file of files) {
    const source = parseYamlSafely(file.frontmatter, file.frontmatterLine, file.file, report);
    if (!source) continue;
    for (const error of source.syntaxErrors) {
      report('yaml-syntax', file.file, error.position, '(YAML syntax)', error.message, {
        expected: 'valid YAML in the frontmatter: check indentation, colons and quotes',
      });
    }
    if (source.syntaxErrors.length > 0) continue;
    const result = schema.safeParse(source.value ?? {}, { reportInput: true });
    if (!result.success) {
      for (const issue of translateIssues(result.error.issues, schema)) {
        report(
          issue.code,
          file.file,
          source.locate(issue.path, issue.unknownKey),
          formatFieldPath(issue.path),
          issue.unknownKey && unknownFieldHint
            ? `${issue.message}: ${unknownFieldHint}`
            : issue.message,
          { expected: issue.expected, found: issue.found },
        );
      }
      continue;
    }
    valid.push({ file, data: result.data, source });
  }
  return valid;
}

/** Validates each translation's frontmatter: only its own four fields. */
function validateTranslationFrontmatter(files: readonly ArticleFile[], report: Reporter) {
  return parseFrontmatters(
    files,
    ArticleTranslationSchema,
    report,
    'a translation gives only title, description, translationOf and originalHash (the rest is the original’s)',
  );
}

/** Validates each article's frontmatter. */
function validateFrontmatter(
  files: readonly ArticleFile[],
  report: Reporter,
): { entry: ArticleEntry; source: YamlSource }[] {
  return parseFrontmatters(files, ARTICLES.schema, report).map(({ file, data, source }) => ({
    entry: { slug: file.slug, file: file.file, data, body: file.body, bodyLine: file.bodyLine },
    source,
  }));
}

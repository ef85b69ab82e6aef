import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse } from 'yaml';
import { ArticleSchema } from '../../schemas/article.ts';
import { ArticleTranslationSchema } from '../../schemas/article-translation.ts';
import { TRANSLATED_LOCALES } from '../../i18n/locales.ts';
import { splitFrontmatter } from './yaml.ts';

/** The file name without `.md` is the article's id and address. */
const articleId = (path: string) => basename(path, '.md');

/**
 * The schema's fields, part of each entry's digest: the store keeps parsed data across builds, so
 * a field added to the schema (with its default) must re-parse files whose text has not changed.
 */
const SCHEMA_FIELDS = Object.keys(ArticleSchema.shape).join(',');
const TRANSLATION_FIELDS = Object.keys(ArticleTranslationSchema.shape).join(',');

/**
 * The articles collection: each file's frontmatter, validated by the collection's schema, and no
 * rendered HTML. Astro's own glob loader renders every article while syncing and keeps the HTML
 * in the data store, which the build then bundles as a single module: at 5,000 articles a 57 MB
 * string that took the build above 3 GB of memory. Here the store keeps the frontmatter and the
 * file's path, and `src/data/articles.ts` renders an article when its page is built, with the
 * very same Markdown processor (`src/lib/markdown/article-processor.ts`).
 */
export function articleLoader(folder: string): Loader {
  return {
    name: 'four-islands:articles',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const dir = join(root, folder);
      const seen = new Set<string>();
      for (const name of readdirSync(dir).filter((file) => file.endsWith('.md'))) {
        seen.add(articleId(name));
        await syncArticle(context, root, join(dir, name));
      }
      // Articles deleted since the last build (the store persists between builds).
      for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);

      // The dev server: follow edits, new files and deletions.
      context.watcher?.add(dir);
      // Files directly in the folder: its subfolders hold the translations, another collection.
      const inFolder = (path: string) => dirname(path) === dir && path.endsWith('.md');
      followEdits(context, root, (path) =>
        inFolder(path) ? { prefix: '', fields: SCHEMA_FIELDS } : undefined,
      );
    },
  };
}

/**
 * The dev server: an edited file is loaded again, a new one added, a deleted one dropped. `place`
 * says which watched files are this collection's, under which id prefix and schema fields.
 */
function followEdits(
  context: LoaderContext,
  root: string,
  place: (path: string) => { prefix: string; fields: string } | undefined,
): void {
  // A save can pass through a moment when the file is empty, half written or gone (editors that
  // truncate then write, or write a copy and rename it). Such a moment is reported and the
  // article keeps its last good entry; the next change loads it again.
  const update = (path: string) => {
    const where = place(path);
    if (!where) return;
    syncArticle(context, root, path, where.prefix, where.fields).catch((error: unknown) => {
      const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      context.logger.warn(
        `${relative(root, path).split(sep).join('/')}: not reloaded (${reason}); the site keeps its last version until the file is saved again.`,
      );
    });
  };
  context.watcher?.on('add', update);
  context.watcher?.on('change', update);
  context.watcher?.on('unlink', (path) => {
    const where = place(path);
    if (where) context.store.delete(`${where.prefix}${articleId(path)}`);
  });
}

async function syncArticle(
  context: LoaderContext,
  root: string,
  path: string,
  prefix = '',
  fields = SCHEMA_FIELDS,
): Promise<void> {
  const text = readFileSync(path, 'utf8');
  const id = prefix + articleId(path);
  const digest = context.generateDigest(`${fields}\n${text}`);
  if (context.store.get(id)?.digest === digest) return;
  const filePath = relative(root, path).split(sep).join('/');
  // The same YAML 1.2 reader as the content check, which has already placed any problem.
  const frontmatter: unknown = parse(splitFrontmatter(text)?.frontmatter ?? '') ?? {};
  const data = await context.parseData({
    id,
    data: frontmatter as Record<string, unknown>,
    filePath,
  });
  context.store.set({ id, data, filePath, digest });
}

/**
 * The translated articles, `content/articles/<lang>/<slug>.md`, as one collection with ids such as
 * `ja/the-four-islands`: each file's frontmatter (title, description, the original it translates
 * and that original's hash), validated by the collection's schema. Bodies are rendered when their
 * pages are built, as for the English articles.
 */
export function articleTranslationLoader(folder: string): Loader {
  return {
    name: 'four-islands:article-translations',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const seen = new Set<string>();
      for (const locale of TRANSLATED_LOCALES) {
        const dir = join(root, folder, locale);
        if (!existsSync(dir)) continue;
        for (const name of readdirSync(dir).filter((file) => file.endsWith('.md'))) {
          seen.add(`${locale}/${articleId(name)}`);
          await syncArticle(context, root, join(dir, name), `${locale}/`, TRANSLATION_FIELDS);
        }
        context.watcher?.add(dir);
      }
      for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);
      const localeOf = (path: string) =>
        TRANSLATED_LOCALES.find(
          (locale) => dirname(path) === join(root, folder, locale) && path.endsWith('.md'),
        );
      followEdits(context, root, (path) => {
        const locale = localeOf(path);
        return locale ? { prefix: `${locale}/`, fields: TRANSLATION_FIELDS } : undefined;
      });
    },
  };
}

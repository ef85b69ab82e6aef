// Renders, ahead of the pages, the articles the pages in other languages show in English.
//
// A page of an untranslated article in Japanese or Russian renders the English body with that
// language's links, quote blocks and notes: two more renders of every such article, on the one
// thread Astro builds pages with, after the content check has rendered the English and the
// translated bodies. The build starts these renders on a second thread when it starts
// (src/lib/content/astro-integration.ts), into the same disk cache under the same keys the pages
// look up, so the pages find most of them made. A page that comes first renders its body itself,
// as it always did: the cache is keyed by content, so which thread made an entry never matters.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { parse } from 'yaml';
import { TRANSLATED_LOCALES, type Locale } from '../../i18n/locales.ts';
import { createFactLookup } from '../content/fact-lookup.ts';
import { splitFrontmatter } from '../content/yaml.ts';
import { createArticleRenderer } from './article-processor.ts';
import { renderBody } from './render-article.ts';
import { diskRenderCache, renderKey, renderScope, renderVersion } from './render-cache.ts';

/** One body a page will render: an English article shown on a page in another language. */
export interface FallbackRender {
  locale: Locale;
  file: string;
  body: string;
}

/**
 * The English articles each other language shows untranslated (drafts have no page in a build),
 * in the reverse of the order Astro builds their pages (language by language, by file name), so
 * the pages and this work meet in the middle instead of rendering the same body side by side.
 */
export function fallbackRenders(root: string, contentDir = 'content'): FallbackRender[] {
  const dir = join(root, contentDir, 'articles');
  if (!existsSync(dir)) return [];
  const articles = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .flatMap((name) => {
      const file = join(dir, name);
      const split = splitFrontmatter(readFileSync(file, 'utf8'));
      if (!split) return [];
      let draft = false;
      try {
        draft = (parse(split.frontmatter) as { draft?: unknown } | null)?.draft === true;
      } catch {
        return []; // The content check reports it; nothing to render ahead.
      }
      return draft ? [] : [{ name, file, body: split.body }];
    });
  return TRANSLATED_LOCALES.flatMap((locale) =>
    articles
      .filter(({ name }) => !existsSync(join(dir, locale, name)))
      .map(({ file, body }) => ({ locale, file, body })),
  ).reverse();
}

/**
 * Renders each body into the disk cache unless it is there, as `src/data/articles.ts` renders a
 * page's body: the same processor, facts, base and key. A body that does not render, or links to
 * an entry that does not exist, is left for its page, which reports it. `stopped` is asked
 * between bodies.
 */
export async function renderAhead(
  root: string,
  base: string,
  renders: readonly FallbackRender[],
  stopped: () => boolean = () => false,
  contentDir = 'content',
): Promise<number> {
  // Written as each body is made, so that the thread it works for finds them at once.
  const store = diskRenderCache(root);
  const perLocale = new Map<
    Locale,
    { version: string; renderer: ReturnType<typeof createArticleRenderer> }
  >();
  let made = 0;
  // A link to no known entry is counted, not thrown (Astro's renderer would print the error
  // here, before the content check reports it properly); such a body is left to its page.
  let unknownFactLinks = 0;
  for (const { locale, file, body } of renders) {
    if (stopped()) break;
    let setup = perLocale.get(locale);
    if (!setup) {
      setup = {
        version: renderVersion(root, renderScope(base, locale), contentDir),
        renderer: createArticleRenderer({
          base,
          lookup: createFactLookup(root, contentDir, locale),
          locale,
          onUnknownFactLink: () => {
            unknownFactLinks += 1;
          },
        }),
      };
      perLocale.set(locale, setup);
    }
    const key = renderKey(setup.version, body);
    if (store.has(key)) continue;
    unknownFactLinks = 0;
    try {
      const rendered = await renderBody(await setup.renderer, body, file);
      if (unknownFactLinks > 0) continue;
      store.set(key, { html: rendered.html, headings: rendered.headings, scan: rendered.scan });
      made += 1;
    } catch {
      // Its page renders it and reports the problem there.
    }
  }
  return made;
}

/** What a second thread is given: the project, and the bodies to render (by default, the fallbacks). */
export interface RenderAheadJob {
  root: string;
  base: string;
  contentDir?: string;
  renders?: FallbackRender[];
}

/**
 * Starts {@link renderAhead} on a second thread. Its work only saves the caller renders, so the
 * caller never waits for it and never fails with it: `done` gives how many bodies it rendered, or
 * 0 when it stopped on an error. `stop` asks it to end after the body it is rendering.
 */
export function renderAheadThread(
  job: RenderAheadJob,
  // Astro loads its integrations through Vite, where this module's own address may not be its file.
  workerFile: string | URL = new URL('./render-ahead-worker.ts', import.meta.url),
): { stop: () => void; done: Promise<number> } {
  const worker = new Worker(workerFile, {
    workerData: job,
    // Its memory is the caller's too: a thread that needs more stops, and the caller renders what
    // it has not.
    resourceLimits: { maxOldGenerationSizeMb: 384 },
  });
  worker.unref();
  const done = new Promise<number>((resolve) => {
    worker.once('message', ({ made }: { made: number }) => resolve(made));
    worker.once('error', () => resolve(0));
    worker.once('exit', () => resolve(0));
  });
  let stopped = false;
  return {
    stop: () => {
      if (stopped) return;
      stopped = true;
      worker.postMessage('stop');
    },
    done,
  };
}

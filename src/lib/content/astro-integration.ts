import type { AstroIntegration } from 'astro';
import { join, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { checkFingerprint, passedBefore, rememberPass } from './check-cache.ts';
import { missingSiteUrlWarning, siteOptionsFromEnv } from '../site-options.ts';
import { editorError } from './editor-error.ts';
import type { Problem } from './problem.ts';
import { formatReport, summarizeProblems } from './reporters/text.ts';
import { validateContent } from './validate.ts';
import { renderAheadThread } from '../markdown/render-ahead.ts';

/**
 * Runs the content check when Astro starts, and tells the pages whether drafts show. A build with any problem stops with a non-zero exit
 * (Astro alone would log some of them and publish an empty or partial collection); the dev server
 * prints the problems and keeps running so the editor can fix them with live reload.
 */
export function contentCheck(): AstroIntegration {
  let root = '';
  // Whether the last check found problems, so that fixing them is announced and reloads the page.
  let failing = false;
  // A build's second thread, rendering the articles other languages show in English.
  let renderingAhead: ReturnType<typeof renderAheadThread> | undefined;
  const stopRenderingAhead = () => {
    renderingAhead?.stop();
    renderingAhead = undefined;
  };
  return {
    name: 'four-islands:content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        root = fileURLToPath(config.root);
        updateConfig({
          vite: {
            define: {
              // Drafts show in the dev server only. Decided by Astro's command, not by NODE_ENV or
              // Vite's mode, which an environment can set to anything and would publish drafts.
              __SHOW_DRAFTS__: JSON.stringify(command === 'dev'),
              // Articles are rendered from their files when their pages are built (src/data/articles.ts).
              __PROJECT_ROOT__: JSON.stringify(root),
            },
          },
        });
        const siteWarning = command === 'build' ? missingSiteUrlWarning(process.env) : undefined;
        if (siteWarning) logger.warn(siteWarning);
        // Started first, so that it uses the second core while the check and Vite use the first.
        if (command === 'build') {
          renderingAhead = renderAheadThread(
            { root, base: siteOptionsFromEnv(process.env).base },
            join(root, 'src', 'lib', 'markdown', 'render-ahead-worker.ts'),
          );
        }
        // `npm run check` (run first by `npm test`) leaves the fingerprint of inputs that passed;
        // a build on the very same files need not check them twice.
        const fingerprint = checkFingerprint(root);
        if (passedBefore(root, fingerprint)) {
          logger.info('Content check passed (same files as the last passing check).');
          return;
        }
        const { problems, staleTranslations } = await validateContent({
          root,
          base: siteOptionsFromEnv(process.env).base,
        });
        if (problems.length === 0) {
          rememberPass(root, fingerprint, { staleTranslations });
          logger.info('Content check passed.');
          return;
        }
        const report = formatReport(problems);
        if (command === 'build') {
          stopRenderingAhead();
          logger.error(`\n${report}`);
          throw new Error(
            `Content check failed. ${summarizeProblems(problems)} Fix them and build again (npm run check lists them).`,
          );
        }
        failing = true;
        logger.warn(`\n${report}`);
      },
      'astro:build:done': () => stopRenderingAhead(),
      // The dev server: run the check again whenever a file under content/ is saved, added or
      // removed, print its report, and show it in the browser in Astro's error overlay.
      'astro:server:setup': ({ server, logger }) => {
        const contentDir = join(root, 'content') + sep;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const send = (payload: unknown) =>
          (server.environments.client.hot.send as (payload: unknown) => void)(payload);
        // One check at a time, in a worker; a save during a check makes that check moot.
        let running: Worker | undefined;
        const checkInWorker = () =>
          new Promise<Problem[] | undefined>((done) => {
            running?.terminate();
            const worker = new Worker(join(root, 'src', 'lib', 'content', 'recheck-worker.ts'), {
              workerData: { root, base: siteOptionsFromEnv(process.env).base },
            });
            running = worker;
            worker.once('message', (problems: Problem[]) => done(problems));
            worker.once('error', (error) => {
              logger.error(`The content check could not run: ${error.message}`);
              done(undefined);
            });
            // Terminated by a newer save: that check reports instead.
            worker.once('exit', () => {
              if (running === worker) running = undefined;
              done(undefined);
            });
          });
        const recheck = async () => {
          const problems = await checkInWorker();
          if (!problems) return;
          if (problems.length === 0) {
            if (failing) {
              logger.info('Content check passed.');
              send({ type: 'full-reload', path: '*' });
            }
            failing = false;
            return;
          }
          failing = true;
          logger.error(`\n${formatReport(problems)}`);
          send(overlayPayload(problems, root));
        };
        const changed = (path: string) => {
          if (!path.startsWith(contentDir)) return;
          // An editor's save can come as several events (truncate, write, rename): check once.
          clearTimeout(timer);
          timer = setTimeout(() => void recheck(), 200);
        };
        server.watcher.on('add', changed);
        server.watcher.on('change', changed);
        server.watcher.on('unlink', changed);
      },
    },
  };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The message Vite's client shows in Astro's error overlay (which renders the message and hint as
 * HTML): the check's report, the first problem's place, no stack trace.
 */
export function overlayPayload(problems: readonly Problem[], root: string) {
  const error = editorError(problems, root);
  return {
    type: 'error',
    err: {
      name: error.name,
      message: escapeHtml(error.message),
      hint: escapeHtml(error.hint),
      stack: '',
      loc: error.loc,
      plugin: 'four-islands:content-check',
    },
  };
}

import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkFingerprint, passedBefore, rememberPass } from './check-cache.ts';
import { missingSiteUrlWarning } from '../site-options.ts';
import { formatReport, summarizeProblems } from './problem.ts';
import { validateContent } from './validate.ts';

/**
 * Runs the content check when Astro starts, and tells the pages whether drafts show. A build with any problem stops with a non-zero exit
 * (Astro alone would log some of them and publish an empty or partial collection); the dev server
 * prints the problems and keeps running so the editor can fix them with live reload.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'four-islands:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
        const root = fileURLToPath(config.root);
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
        // `npm run check` (run first by `npm test`) leaves the fingerprint of inputs that passed;
        // a build on the very same files need not check them twice.
        const fingerprint = checkFingerprint(root);
        if (passedBefore(root, fingerprint)) {
          logger.info('Content check passed (same files as the last passing check).');
          return;
        }
        const { problems } = validateContent({ root });
        if (problems.length === 0) {
          rememberPass(root, fingerprint);
          logger.info('Content check passed.');
          return;
        }
        const report = formatReport(problems);
        if (command === 'build') {
          logger.error(`\n${report}`);
          throw new Error(
            `Content check failed. ${summarizeProblems(problems)} Fix them and build again (npm run check lists them).`,
          );
        }
        logger.warn(`\n${report}`);
      },
    },
  };
}

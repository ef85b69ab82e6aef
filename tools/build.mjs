// The one build, for `npm run build` and `npm start`: `astro build` (which runs the content check
// first), the Pagefind search index and the pages' preview images, all into a new folder beside
// dist/; dist/ is replaced by it only when every step succeeds. A build that fails at any step
// leaves the previous dist/ as it was.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { removeLeftovers, replaceDir, WORK_PREFIX } from './lib/replace-dir.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const dist = join(root, 'dist');

removeLeftovers(root);
const work = mkdtempSync(join(root, `${WORK_PREFIX}build-`));

/** Runs one step with the terminal; on failure removes the work folder and exits with its status. */
function step(label, command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status === 0) return;
  rmSync(work, { recursive: true, force: true });
  const why = result.error
    ? result.error.message
    : result.signal
      ? `stopped by ${result.signal}`
      : `exit ${result.status}`;
  console.error(`\nBuild failed at ${label} (${why}); dist/ is unchanged.`);
  process.exit(result.status || 1);
}

step('astro build', bin('astro'), ['build', '--outDir', work]);
step('the search index (Pagefind)', bin('pagefind'), ['--site', work, '--silent']);
step('the preview images', process.execPath, [
  join(root, 'tools/previews/render-previews.ts'),
  work,
]);
replaceDir(work, dist);
console.log('Built the site with its search index into dist/.');

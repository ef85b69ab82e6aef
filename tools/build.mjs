// The one build, for `npm run build` and `npm start`: `astro build` (which runs the content check
// first), the Pagefind search index and the pages' preview images, all into a new folder beside
// dist/; dist/ is replaced by it only when every step succeeds. A build that fails at any step
// leaves the previous dist/ as it was.
//
// The preview images are drawn from the built pages. Astro writes its pages one at a time on one
// core, so a follower draws the cards of finished pages into the cache with the other while it
// runs; after the build, the search index and the preview step (which copies those cards and
// draws the rest) run side by side.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { removeLeftovers, replaceDir, WORK_PREFIX } from './lib/replace-dir.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const dist = join(root, 'dist');
const previews = join(root, 'tools/previews/render-previews.ts');

removeLeftovers(root);
const work = mkdtempSync(join(root, `${WORK_PREFIX}build-`));

/** Runs one command with the terminal; resolves to why it failed, or undefined when it succeeded. */
function run(command, args) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.once('error', (error) => done(error.message));
    child.once('exit', (status, signal) =>
      done(status === 0 ? undefined : signal ? `stopped by ${signal}` : `exit ${status}`),
    );
  });
}

/** Stops the build: removes the work folder and exits, naming the step that failed. */
function fail(label, why) {
  rmSync(work, { recursive: true, force: true });
  console.error(`\nBuild failed at ${label} (${why}); dist/ is unchanged.`);
  process.exit(1);
}

// Its output is only the cache; a follower that fails costs time, never a wrong card. It stops
// when its input closes: when Astro is done, or when this process ends in any way.
const follower = spawn(process.execPath, [previews, '--follow', work], {
  cwd: root,
  stdio: ['pipe', 'ignore', 'inherit'],
});
const followerDone = new Promise((done) => follower.once('close', done));
const astro = await run(bin('astro'), ['build', '--outDir', work]);
follower.stdin.end();
await followerDone;
if (astro) fail('astro build', astro);

const [search, images] = await Promise.all([
  run(bin('pagefind'), ['--site', work, '--silent']),
  run(process.execPath, [previews, work]),
]);
if (search) fail('the search index (Pagefind)', search);
if (images) fail('the preview images', images);
replaceDir(work, dist);
console.log('Built the site with its search index into dist/.');

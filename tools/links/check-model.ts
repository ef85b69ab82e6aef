// `npm run links:model`: builds the route table from the content exactly as the content check
// does and compares it with the built site: every page and every id on both sides. A link the
// check accepts then leads somewhere, and an id the build makes can be linked to.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateContent } from '../../src/lib/content/validate.ts';
import { siteOptionsFromEnv } from '../../src/lib/site-options.ts';
import { listFiles, pagePathOf } from './built-pages.ts';
import { compareModelWithBuilt, formatDifference, idsOfHtml } from './model-vs-dist.ts';

const root = process.argv[2]
  ? resolve(process.argv[2])
  : fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
if (!existsSync(dist)) {
  console.error(`links:model: no built site in ${dist}: run npm run build first`);
  process.exit(1);
}
const { problems, model } = await validateContent({
  root,
  base: siteOptionsFromEnv(process.env).base,
});
if (problems.length > 0) {
  console.error('links:model: the content check fails: run npm run check');
  process.exit(1);
}
const built = new Map<string, Set<string>>();
for (const file of listFiles(dist, '.html')) {
  if (file.startsWith('pagefind/')) continue;
  built.set(`/${pagePathOf(file)}`, idsOfHtml(readFileSync(join(dist, file), 'utf8')));
}
// Files the model lists that are not HTML: present or not.
for (const page of model.keys()) {
  if (!built.has(page) && !page.endsWith('/') && existsSync(join(dist, page)))
    built.set(page, new Set());
}
const differences = compareModelWithBuilt(model, built);
if (differences.length > 0) {
  console.error(differences.map(formatDifference).join('\n'));
  console.error(
    `The route table and the built site differ in ${differences.length} place${differences.length === 1 ? '' : 's'}.`,
  );
  process.exit(1);
}
const ids = [...model.values()].reduce((sum, anchors) => sum + anchors.size, 0);
console.log(`Route table matches the built site: ${model.size} pages, ${ids} ids.`);

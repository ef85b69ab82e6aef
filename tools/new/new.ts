// `npm run new -- article "Title"`: creates content/articles/<slug>.md as a draft that passes the
// check. `npm run new -- event` (or actor, quote, source, figure) prints a template to paste.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { FACT_TEMPLATES, articleTemplate, slugFromTitle } from './scaffold.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const [kind, ...words] = process.argv.slice(2);
const usage = `Usage: npm run new -- article "Title of the article"
       npm run new -- ${Object.keys(FACT_TEMPLATES).join('|')}`;

if (kind === 'article') {
  const title = words.join(' ').trim();
  const slug = slugFromTitle(title);
  if (!title || !slug) {
    console.error(`Give the article a title.\n${usage}`);
    process.exit(1);
  }
  const file = `content/articles/${slug}.md`;
  if (existsSync(`${root}${file}`)) {
    console.error(
      `${file} already exists: nothing was written. Choose another title or edit that file.`,
    );
    process.exit(1);
  }
  const sources = parse(readFileSync(`${root}content/facts/sources.yaml`, 'utf8')) as {
    id: string;
  }[];
  const sourceId = sources[0]?.id;
  if (!sourceId) {
    console.error('content/facts/sources.yaml has no source to cite yet: add one first.');
    process.exit(1);
  }
  writeFileSync(`${root}${file}`, articleTemplate({ title, today: new Date(), sourceId }), {
    flag: 'wx',
  });
  console.log(`Wrote ${file} (a draft: it shows in \`npm run dev\`, not in the built site).
Next: fill in the description and the lists, write the text, run \`npm run check\`, then delete \`draft: true\`.`);
} else if (kind && FACT_TEMPLATES[kind]) {
  const template = FACT_TEMPLATES[kind];
  console.log(
    `# Paste at the end of ${template.file}, then fill in every value:\n\n${template.text}`,
  );
} else {
  console.error(usage);
  process.exit(1);
}

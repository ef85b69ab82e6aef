// `npm run translations` lists every article in every language: translated and current, older
// than the English (with the hash to record once it is brought up to date), or missing. With a
// slug (`npm run translations -- the-four-islands`) it prints only that article's hash, for a
// translator starting or finishing a translation.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { originalHash } from '../../src/i18n/article-translations.ts';
import { TRANSLATED_LOCALES, LOCALE_ENGLISH_NAMES } from '../../src/i18n/locales.ts';
import { splitFrontmatter } from '../../src/lib/content/yaml.ts';

const root = process.cwd();
const articles = join(root, 'content', 'articles');
const slugs = readdirSync(articles)
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.slice(0, -3))
  .sort();
const englishHash = (slug: string) =>
  originalHash(readFileSync(join(articles, `${slug}.md`), 'utf8'));

const wanted = process.argv[2];
if (wanted) {
  if (!slugs.includes(wanted)) {
    console.error(
      `No article content/articles/${wanted}.md (expected one of: ${slugs.join(', ')}).`,
    );
    process.exit(1);
  }
  console.log(englishHash(wanted));
  process.exit(0);
}

const recordedHash = (file: string): string | undefined => {
  const parts = splitFrontmatter(readFileSync(file, 'utf8'));
  try {
    const data: unknown = parse(parts?.frontmatter ?? '');
    const hash = (data as { originalHash?: unknown } | null)?.originalHash;
    return typeof hash === 'string' ? hash : undefined;
  } catch {
    return undefined;
  }
};

let behind = 0;
for (const locale of TRANSLATED_LOCALES) {
  console.log(`${LOCALE_ENGLISH_NAMES[locale]} (content/articles/${locale}/):`);
  for (const slug of slugs) {
    const file = join(articles, locale, `${slug}.md`);
    const current = englishHash(slug);
    if (!existsSync(file)) {
      behind += 1;
      console.log(
        `  missing   ${slug}  (its page shows the English text; originalHash: ${current})`,
      );
      continue;
    }
    const recorded = recordedHash(file);
    if (recorded === current) console.log(`  current   ${slug}`);
    else {
      behind += 1;
      console.log(
        `  older     ${slug}  (recorded ${recorded ?? 'none'}; once updated, set originalHash: ${current})`,
      );
    }
  }
}
console.log(
  behind === 0
    ? 'Every article is translated and current in every language.'
    : `${behind} translation${behind === 1 ? ' is' : 's are'} missing or older than the English.`,
);

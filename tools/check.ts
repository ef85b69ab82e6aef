// `npm run check`: validates every file under content/ and prints each problem with its place,
// then a summary; exits 1 when there is any problem. An optional argument names another project
// root (the tests point it at fixtures). `--format=github` prints workflow annotations and
// `--format=json` (or `--json`) a JSON report, for other tools. When nothing it reads has changed
// since the last passing check (src/lib/content/check-cache.ts), it says so and stops there; a
// failure is never remembered, so broken content is always checked again.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkFingerprint, previousPass, rememberPass } from '../src/lib/content/check-cache.ts';
import type { StaleTranslation } from '../src/lib/content/validate.ts';

const FORMATS = ['text', 'github', 'json'] as const;
type Format = (typeof FORMATS)[number];

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      json: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  console.error(
    `npm run check: ${(error as Error).message}\nUsage: npm run check -- [--format=text|github|json] [project root]`,
  );
  process.exit(2);
}
const format = (parsed.values.json ? 'json' : parsed.values.format) as Format;
if (!FORMATS.includes(format)) {
  console.error(
    `npm run check: unknown --format "${format}" (expected one of ${FORMATS.join(', ')})`,
  );
  process.exit(2);
}

const root = parsed.positionals[0]
  ? resolve(parsed.positionals[0])
  : fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
const fingerprint = checkFingerprint(root);
const previous = previousPass(root, fingerprint);
if (previous) {
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  // The older translations are listed on every run, not only the one that found them.
  if (previous.staleTranslations.length > 0 && format !== 'json') {
    const { formatStaleTranslations } = await import('../src/lib/content/reporters/text.ts');
    console.error(formatStaleTranslations(previous.staleTranslations));
    if (format === 'github') printStaleAnnotations(previous.staleTranslations);
  }
  if (format === 'json')
    process.stdout.write(`${JSON.stringify({ ok: true, count: 0, problems: [] }, null, 2)}\n`);
  else
    console.log(
      `Content check passed: nothing changed since the last passing check (found in ${seconds} s).`,
    );
  process.exit(0);
}
// Loaded only now: the schemas, the Markdown processor and their libraries take longer to load
// than the fingerprint takes to read.
const [
  { formatGithubAnnotations },
  { formatJsonReport },
  { formatReport, formatStaleTranslations },
  { validateContent },
  { siteOptionsFromEnv },
] = await Promise.all([
  import('../src/lib/content/reporters/github.ts'),
  import('../src/lib/content/reporters/json.ts'),
  import('../src/lib/content/reporters/text.ts'),
  import('../src/lib/content/validate.ts'),
  import('../src/lib/site-options.ts'),
]);
const { problems, content, staleTranslations } = await validateContent({
  root,
  base: siteOptionsFromEnv(process.env).base,
  // On its own the check has the machine to itself.
  secondThread: true,
});
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (format === 'json') process.stdout.write(formatJsonReport(problems));
const stale = formatStaleTranslations(staleTranslations);
if (stale && format !== 'json') console.error(stale);
if (format === 'github') printStaleAnnotations(staleTranslations);
if (problems.length > 0) {
  if (format === 'github') console.log(formatGithubAnnotations(problems));
  if (format !== 'json') console.error(formatReport(problems));
  process.exit(1);
}
rememberPass(root, fingerprint, { staleTranslations });
if (format !== 'json') {
  const counts = Object.entries(content)
    .map(([name, entries]) => `${entries.length} ${name}`)
    .join(', ');
  console.log(`${formatReport(problems)} Checked ${counts} in ${seconds} s.`);
}

/** A GitHub warning annotation for each translation older than its original. */
function printStaleAnnotations(list: readonly StaleTranslation[]): void {
  for (const item of list) {
    console.log(
      `::warning file=${item.file},title=stale-translation::older than ${item.original} (set originalHash: ${item.current} once updated)`,
    );
  }
}

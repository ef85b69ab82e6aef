// `npm run check`: validates every file under content/ and prints each problem with its place,
// then a summary; exits 1 when there is any problem. An optional argument names another project
// root (the tests point it at fixtures). When nothing it reads has changed since the last passing
// check (src/lib/content/check-cache.ts), it says so and stops there; a failure is never
// remembered, so broken content is always checked again.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFingerprint, passedBefore, rememberPass } from '../src/lib/content/check-cache.ts';

const root = process.argv[2]
  ? resolve(process.argv[2])
  : fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
const fingerprint = checkFingerprint(root);
if (passedBefore(root, fingerprint)) {
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(
    `Content check passed: nothing changed since the last passing check (found in ${seconds} s).`,
  );
  process.exit(0);
}
// Loaded only now: the schemas, the Markdown parser and their libraries take longer to load than
// the fingerprint takes to read.
const { formatReport } = await import('../src/lib/content/problem.ts');
const { validateContent } = await import('../src/lib/content/validate.ts');
const { problems, content } = validateContent({ root });
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (problems.length > 0) {
  console.error(formatReport(problems));
  process.exit(1);
}
rememberPass(root, fingerprint);
const counts = Object.entries(content)
  .map(([name, entries]) => `${entries.length} ${name}`)
  .join(', ');
console.log(`${formatReport(problems)} Checked ${counts} in ${seconds} s.`);

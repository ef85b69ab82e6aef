// `npm run check`: validates every file under content/ and prints each problem with its place,
// then a summary; exits 1 when there is any problem. An optional argument names another project
// root (the tests point it at fixtures).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFingerprint, rememberPass } from '../src/lib/content/check-cache.ts';
import { formatReport } from '../src/lib/content/problem.ts';
import { validateContent } from '../src/lib/content/validate.ts';

const root = process.argv[2] ? resolve(process.argv[2]) : fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
const { problems, content } = validateContent({ root });
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (problems.length > 0) {
  console.error(formatReport(problems));
  process.exit(1);
}
rememberPass(root, checkFingerprint(root));
const counts = Object.entries(content)
  .map(([name, entries]) => `${entries.length} ${name}`)
  .join(', ');
console.log(`${formatReport(problems)} Checked ${counts} in ${seconds} s.`);

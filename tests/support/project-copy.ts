import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's own root, which the copies take their code and node_modules from. */
export const PROJECT = fileURLToPath(new URL('../../', import.meta.url));

/** What a copy needs to build, check and serve: the code, the tools and the configuration. */
const PROJECT_ENTRIES = [
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  'src',
  'public',
  'tools',
];

/**
 * A throw-away copy of the project (node_modules linked, not copied) whose content is the valid
 * fixture, with a broken fixture's files laid over it when one is named.
 */
export function projectCopy(
  prefix: string,
  broken?: string,
): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), `four-islands-${prefix}-`));
  for (const entry of PROJECT_ENTRIES) {
    cpSync(join(PROJECT, entry), join(root, entry), { recursive: true });
  }
  symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'), 'dir');
  const fixtures = join(PROJECT, 'tests', 'fixtures');
  cpSync(join(fixtures, 'valid', 'content'), join(root, 'content'), { recursive: true });
  if (broken) {
    cpSync(join(fixtures, 'broken', broken, 'content'), join(root, 'content'), { recursive: true });
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

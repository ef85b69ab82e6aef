import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/**
 * A throw-away project root holding the valid fixture content with a broken fixture's files laid
 * over it, so each broken fixture holds only the one file an editor got wrong.
 */
export function fixtureRoot(broken?: string): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'four-islands-fixture-'));
  cpSync(join(FIXTURES, 'valid', 'content'), join(root, 'content'), { recursive: true });
  if (broken)
    cpSync(join(FIXTURES, 'broken', broken, 'content'), join(root, 'content'), { recursive: true });
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

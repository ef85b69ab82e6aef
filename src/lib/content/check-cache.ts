import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { StaleTranslation } from './validate.ts';

/**
 * What the content check's verdict depends on: every file under content/, the code that checks it
 * (src/schemas, src/lib) and the locked versions of the libraries it uses. Same inputs, same
 * verdict, so a check that passed need not run again before the build.
 */
export const CHECK_INPUTS = ['content', 'src/schemas', 'src/lib', 'package-lock.json'] as const;

/** Where the last passing check's fingerprint is kept (inside node_modules: never committed). */
export const CHECK_CACHE_FILE = 'node_modules/.cache/four-islands/content-check.json';

/** Every file under `path` (or the file itself), in a stable order. */
export function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

/** A hash of the names and bytes of every input file. */
export function checkFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const input of CHECK_INPUTS) {
    for (const file of filesUnder(join(root, input))) {
      hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex');
}

/** What a passing check found that is not a problem, kept so that a repeat can say it again. */
export interface PassNotes {
  /** Translations older than their originals (the check lists them on every run). */
  staleTranslations: StaleTranslation[];
}

/** The notes of the last passing check, if it passed on exactly these inputs. */
export function previousPass(root: string, fingerprint: string): PassNotes | undefined {
  try {
    const saved = JSON.parse(readFileSync(join(root, CHECK_CACHE_FILE), 'utf8')) as {
      passed?: string;
      staleTranslations?: StaleTranslation[];
    };
    if (saved.passed !== fingerprint) return undefined;
    return { staleTranslations: saved.staleTranslations ?? [] };
  } catch {
    return undefined;
  }
}

/** Whether the check already passed on exactly these inputs. */
export function passedBefore(root: string, fingerprint: string): boolean {
  return previousPass(root, fingerprint) !== undefined;
}

/** Remembers a pass; a failure is never remembered, so a broken input is always checked again. */
export function rememberPass(
  root: string,
  fingerprint: string,
  notes: PassNotes = { staleTranslations: [] },
): void {
  const file = join(root, CHECK_CACHE_FILE);
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify({ passed: fingerprint, ...notes })}\n`);
  } catch {
    // A read-only node_modules only costs the next build a second check.
  }
}

import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The prefix of the folders a build works in beside `dist/` (same file system, so renames are cheap). */
export const WORK_PREFIX = '.dist-';

/**
 * Puts the folder `fresh` in the place of `target`: `target` is moved aside, `fresh` renamed to it,
 * then the old one removed. Both renames stay on one file system, so at no moment does `target`
 * hold a mixture of the two; if the second rename fails, the old folder is put back.
 */
export function replaceDir(fresh, target) {
  const aside = join(
    dirname(target),
    `${WORK_PREFIX}old-${basename(target)}-${process.pid}-${Date.now()}`,
  );
  const hadTarget = existsSync(target);
  if (hadTarget) renameSync(target, aside);
  try {
    renameSync(fresh, target);
  } catch (error) {
    if (hadTarget) renameSync(aside, target);
    throw error;
  }
  if (hadTarget) rmSync(aside, { recursive: true, force: true });
}

/** Removes the work folders an interrupted build left in `root` (never `dist/` itself). */
export function removeLeftovers(root) {
  const left = readdirSync(root).filter((name) => name.startsWith(WORK_PREFIX));
  for (const name of left) rmSync(join(root, name), { recursive: true, force: true });
  return left;
}

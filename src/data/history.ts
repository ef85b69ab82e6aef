// The repository's history of the content, read once per build: one `git rev-parse` to know
// whether the history is whole, then one `git log` of content/. A build from a tarball (no git)
// or a shallow clone gets `{ unavailable }` and pages fall back to the content's own dates.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  GIT_LOG_ARGS,
  historyUnavailableReason,
  parseGitLog,
  type FileHistory,
} from '../lib/history/git-log.ts';

let cached: FileHistory | { unavailable: string } | undefined;

function git(args: readonly string[]): { ok: true; output: string } | { ok: false } {
  try {
    const output = execFileSync('git', args, {
      cwd: process.cwd(),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ok: true, output };
  } catch {
    return { ok: false };
  }
}

function load(): FileHistory | { unavailable: string } {
  // NO_GIT_HISTORY=1 builds as a tarball would, for the fallback's test.
  if (process.env.NO_GIT_HISTORY === '1') {
    return { unavailable: 'the site was built without its git history' };
  }
  const unavailable = historyUnavailableReason(git(['rev-parse', '--is-shallow-repository']));
  if (unavailable) return { unavailable };
  const log = git(GIT_LOG_ARGS);
  if (!log.ok) return { unavailable: 'git could not read the history' };
  return parseGitLog(log.output);
}

/** The content's history, or why the build has none; read once per build. */
export function getFileHistory(): FileHistory | { unavailable: string } {
  cached ??= load();
  return cached;
}

/** A content file's text, by repository-relative path, for hashing the version a page cites. */
export function readContentFile(path: string): string {
  return readFileSync(path, 'utf8');
}

/**
 * A page's history from one `git log` of the content directory: which commits touched which
 * files. Pure: the build runs git once (src/data/history.ts) and hands its output here.
 */

/** The arguments of the one `git log` call; its output is what `parseGitLog` reads. */
export const GIT_LOG_ARGS = [
  'log',
  '--no-merges',
  '--format=%x1e%H%x1f%cs%x1f%s',
  '--name-only',
  '--',
  'content',
  // The about page is the one page written in src/ rather than content/, and cited like the rest.
  'src/pages/[...lang]/about.astro',
] as const;

/** One commit that changed a file the site is built from. */
export interface Change {
  /** The full commit hash. */
  commit: string;
  /** The commit's day, `YYYY-MM-DD`. */
  date: string;
  /** The commit message's subject line. */
  subject: string;
}

/** For each file (repository-relative path), its changes, newest first. */
export type FileHistory = ReadonlyMap<string, readonly Change[]>;

const RECORD = '\u001e';
const FIELD = '\u001f';

/**
 * Reads the output of `git log` with `GIT_LOG_ARGS`: records split by U+001E, the header line's
 * fields by U+001F, then one changed path a line. A record that does not have that shape is an
 * error (the format changed), never silently skipped.
 */
export function parseGitLog(output: string): FileHistory {
  const history = new Map<string, Change[]>();
  for (const record of output.split(RECORD)) {
    if (record.trim() === '') continue;
    const [header = '', ...paths] = record.split('\n');
    const [commit, date, ...subject] = header.split(FIELD);
    if (!commit || !/^[0-9a-f]{7,64}$/.test(commit) || !date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      throw new Error(`git log: expected "hash, day, subject", found ${JSON.stringify(header)}`);
    }
    const change: Change = { commit, date, subject: subject.join(FIELD).trim() };
    for (const path of paths.map((line) => line.trim()).filter(Boolean)) {
      const list = history.get(path) ?? [];
      list.push(change);
      history.set(path, list);
    }
  }
  return history;
}

/** The changes to any of these files, newest first, each commit once. */
export function changesOf(history: FileHistory, files: readonly string[]): Change[] {
  const seen = new Map<string, Change>();
  for (const file of files) {
    for (const change of history.get(file) ?? []) seen.set(change.commit, change);
  }
  return [...seen.values()].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** Where a page's dates come from: the repository's history, or the content's own dates. */
export type HistorySource = { kind: 'git' } | { kind: 'fallback'; reason: string };

/** What a page shows of its history: the day it last changed and the changes to list. */
export interface PageHistory {
  source: HistorySource;
  /** The day the content last changed, `YYYY-MM-DD`. */
  lastChanged: string;
  /** The commits that changed its files, newest first (empty in a fallback build). */
  changes: Change[];
}

/**
 * A page's history. From git when the build has it and the files have commits; otherwise the
 * content's own date (`fallbackDate`: an article's `updated` or `published` day) and why.
 */
export function pageHistory(
  history: FileHistory | { unavailable: string },
  files: readonly string[],
  fallbackDate: string,
): PageHistory {
  if ('unavailable' in history) {
    return {
      source: { kind: 'fallback', reason: history.unavailable },
      lastChanged: fallbackDate,
      changes: [],
    };
  }
  const changes = changesOf(history, files);
  if (changes.length === 0) {
    return {
      source: { kind: 'fallback', reason: 'these files have no commits yet' },
      lastChanged: fallbackDate,
      changes: [],
    };
  }
  return { source: { kind: 'git' }, lastChanged: changes[0]!.date, changes };
}

/**
 * Whether the history can be trusted, from `git rev-parse --is-shallow-repository`: a shallow
 * clone has lost the older commits, so its first commit would read as every file's creation.
 */
export function historyUnavailableReason(
  revParse: { ok: true; output: string } | { ok: false },
): string | undefined {
  if (!revParse.ok) return 'the site was built without its git history';
  if (revParse.output.trim() === 'true') return 'the site was built from a shallow clone';
  if (revParse.output.trim() !== 'false') return 'git did not say whether the clone is shallow';
  return undefined;
}

/**
 * A change's subject as a page's history lists it: up to `max` characters, cut at a word and
 * marked "…" when longer. The commit hash beside it leads to the whole message.
 */
export function shortSubject(subject: string, max = 120): string {
  if (subject.length <= max) return subject;
  const cut = subject.slice(0, max);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2));
  return `${atWord.replace(/[\s,;:.(–-]+$/u, '')} …`;
}

/** What GNU time's verbose report (`/usr/bin/time -v`) says about a finished command. */
export interface TimeReport {
  /** "Maximum resident set size": of the largest single process in the command's tree. */
  maxRssBytes?: number;
  /** "Elapsed (wall clock) time", in seconds. */
  elapsedSeconds?: number;
  /** "Exit status". */
  exitStatus?: number;
  /** "User time" plus "System time": CPU seconds, which a busy machine disturbs less than wall time. */
  cpuSeconds?: number;
}

/** Reads `h:mm:ss` or `m:ss.cc` as seconds. */
export function parseClock(text: string): number | undefined {
  const parts = text.trim().split(':').map(Number);
  if (parts.length < 2 || parts.length > 3 || parts.some((part) => Number.isNaN(part)))
    return undefined;
  return parts.reduce((total, part) => total * 60 + part, 0);
}

/** Parses the report `/usr/bin/time -v` writes (to stderr, or to the file given with `-o`). */
export function parseTimeVerbose(report: string): TimeReport {
  const result: TimeReport = {};
  const rss = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(report);
  if (rss?.[1]) result.maxRssBytes = Number(rss[1]) * 1024;
  const elapsed = /Elapsed \(wall clock\) time \([^)]*\):\s*([\d:.]+)/.exec(report);
  if (elapsed?.[1]) result.elapsedSeconds = parseClock(elapsed[1]);
  const status = /Exit status:\s*(\d+)/.exec(report);
  if (status?.[1]) result.exitStatus = Number(status[1]);
  const user = /User time \(seconds\):\s*([\d.]+)/.exec(report);
  const system = /System time \(seconds\):\s*([\d.]+)/.exec(report);
  if (user?.[1] && system?.[1]) result.cpuSeconds = Number(user[1]) + Number(system[1]);
  return result;
}

/** The resident memory in bytes from a `/proc/<pid>/status` text (its `VmRSS:` line), if any. */
export function parseVmRss(status: string): number | undefined {
  const match = /^VmRSS:\s*(\d+)\s*kB/m.exec(status);
  return match?.[1] ? Number(match[1]) * 1024 : undefined;
}

import { describe, expect, it } from 'vitest';
import { parseClock, parseTimeVerbose, parseVmRss } from '../../../tools/bench/process-stats.ts';

// The shape GNU time 1.9 prints with -v (abridged).
const REPORT = `Command exited with non-zero status 1
	Command being timed: "astro build --root /tmp/x"
	User time (seconds): 41.20
	System time (seconds): 3.10
	Percent of CPU this job got: 160%
	Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.34
	Maximum resident set size (kbytes): 1269876
	Exit status: 1
`;

describe('parseTimeVerbose', () => {
  it('reads the peak memory, the wall time, the CPU time and the exit status', () => {
    expect(parseTimeVerbose(REPORT)).toEqual({
      maxRssBytes: 1269876 * 1024,
      cpuSeconds: expect.closeTo(44.3, 6) as number,
      elapsedSeconds: 62.34,
      exitStatus: 1,
    });
  });

  it('returns nothing it cannot find', () => {
    expect(parseTimeVerbose('time: cannot run astro: No such file or directory')).toEqual({});
  });
});

describe('parseClock', () => {
  it('reads m:ss and h:mm:ss', () => {
    expect(parseClock('0:03.21')).toBeCloseTo(3.21);
    expect(parseClock('1:02:03')).toBe(3723);
    expect(parseClock('12')).toBeUndefined();
  });
});

describe('parseVmRss', () => {
  it('reads VmRSS from /proc/<pid>/status', () => {
    expect(parseVmRss('Name:\tnode\nVmHWM:\t  900000 kB\nVmRSS:\t  812344 kB\n')).toBe(
      812344 * 1024,
    );
    expect(parseVmRss('Name:\tkthreadd\n')).toBeUndefined();
  });
});

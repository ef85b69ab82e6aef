import { describe, expect, it } from 'vitest';
import { DEFAULT_JSON_PATH, DEFAULT_SIZES, parseBenchArgs } from '../../../tools/bench/options.ts';

describe('parseBenchArgs', () => {
  it('defaults to the full run: 100, 1,000 and 5,000 articles, a fresh build, no Lighthouse, no --check', () => {
    expect(parseBenchArgs([])).toEqual({
      check: false,
      sizes: DEFAULT_SIZES,
      repeat: 1,
      build: true,
      jsonPath: DEFAULT_JSON_PATH,
      lighthouse: false,
      weight: true,
      scale: true,
      peers: true,
      help: false,
    });
    expect(DEFAULT_SIZES).toEqual([100, 1000, 5000]);
  });

  it('reads every option', () => {
    expect(
      parseBenchArgs([
        '--check',
        '--quick',
        '--no-build',
        '--json',
        'out/b.json',
        '--lighthouse',
        '--skip-scale',
      ]),
    ).toMatchObject({
      check: true,
      sizes: [100],
      build: false,
      jsonPath: 'out/b.json',
      lighthouse: true,
      scale: false,
      weight: true,
    });
    expect(
      parseBenchArgs(['--json=x.json', '--skip-weight', '--skip-peers', '--help']),
    ).toMatchObject({
      jsonPath: 'x.json',
      weight: false,
      peers: false,
      help: true,
    });
  });

  it('reads --sizes with or without =, and the last of --quick and --sizes wins', () => {
    expect(parseBenchArgs(['--sizes=100,1000'])).toMatchObject({ sizes: [100, 1000] });
    expect(parseBenchArgs(['--sizes', '250'])).toMatchObject({ sizes: [250] });
    expect(parseBenchArgs(['--quick', '--sizes=5_000'])).toMatchObject({ sizes: [5000] });
    expect(parseBenchArgs(['--sizes=1000', '--quick'])).toMatchObject({ sizes: [100] });
  });

  it('reads --repeat', () => {
    expect(parseBenchArgs(['--repeat=3'])).toMatchObject({ repeat: 3 });
    expect(parseBenchArgs(['--repeat', '2', '--quick'])).toMatchObject({ repeat: 2, sizes: [100] });
    expect(parseBenchArgs(['--repeat=0'])).toHaveProperty('error');
    expect(parseBenchArgs(['--repeat'])).toHaveProperty('error');
  });

  it('refuses malformed sizes, a missing value and unknown options with a message', () => {
    expect(parseBenchArgs(['--sizes=100,abc'])).toEqual({
      error: expect.stringContaining('found "100,abc"'),
    });
    expect(parseBenchArgs(['--sizes=0'])).toHaveProperty('error');
    expect(parseBenchArgs(['--sizes'])).toHaveProperty('error');
    expect(parseBenchArgs(['--json', '--check'])).toHaveProperty('error');
    expect(parseBenchArgs(['--fast'])).toEqual({ error: 'unknown option "--fast"' });
  });
});

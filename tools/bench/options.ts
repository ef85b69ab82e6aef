import { parseArgs } from 'node:util';

/** What `npm run bench -- …` was asked to do. */
export interface BenchOptions {
  /** Exit 1 when a budget is missed. */
  check: boolean;
  /** Numbers of synthetic articles to build, in order. */
  sizes: number[];
  /** How many times to build each size on each side (the ratios use the medians). */
  repeat: number;
  /** Run `npm run build` before weighing pages (false: reuse dist/). */
  build: boolean;
  /** Where to write the JSON results. */
  jsonPath: string;
  lighthouse: boolean;
  /** Weigh the real site's pages. */
  weight: boolean;
  /** Run the synthetic builds. */
  scale: boolean;
  /** Build the peer sites (bare Astro, Starlight) beside the project. */
  peers: boolean;
  help: boolean;
}

export const DEFAULT_SIZES = [100, 1000, 5000];
export const QUICK_SIZES = [100];
export const DEFAULT_JSON_PATH = '.bench/results.json';

export const USAGE = `npm run bench -- [options]

  --check            exit 1 when a budget is missed (listed on stderr)
  --quick            build 100 synthetic articles only (same as --sizes=100)
  --sizes=100,1000   which numbers of synthetic articles to build (default 100,1000,5000)
  --repeat=3         build each size this many times on each side; ratios use the medians
  --no-build         weigh the pages of the existing dist/ instead of running npm run build
  --json PATH        write the JSON results there (default .bench/results.json)
  --lighthouse       also run Lighthouse on home, an island, the timeline and an article
  --skip-weight      do not weigh the real site's pages
  --skip-scale       do not run the synthetic builds
  --skip-peers       build only the project (its own budgets; the ratios need the peers)
  --help             this text`;

function parseSizes(text: string): number[] | string {
  const sizes = text.split(',').map((part) => part.trim().replace(/_/g, ''));
  if (sizes.length === 0 || sizes.some((size) => !/^[1-9]\d*$/.test(size))) {
    return `--sizes takes whole numbers above 0 separated by commas, such as --sizes=100,1000; found "${text}"`;
  }
  return sizes.map(Number);
}

const OPTIONS = {
  check: { type: 'boolean' },
  quick: { type: 'boolean' },
  sizes: { type: 'string' },
  repeat: { type: 'string' },
  'no-build': { type: 'boolean' },
  json: { type: 'string' },
  lighthouse: { type: 'boolean' },
  'skip-weight': { type: 'boolean' },
  'skip-scale': { type: 'boolean' },
  'skip-peers': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** parseArgs' own wording for what an editor typed wrong, in this tool's words. */
function argumentError(error: unknown, argv: readonly string[]): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const unknown = argv.find((argument) => message.includes(`'${argument.split('=')[0]}'`));
    return `unknown option "${unknown ?? message}"`;
  }
  if (/--sizes/.test(message)) return '--sizes needs a list, such as --sizes=100,1000';
  if (/--repeat/.test(message)) {
    return '--repeat takes a whole number above 0, such as --repeat=3; found ""';
  }
  if (/--json/.test(message)) return '--json needs a file path, such as --json out/bench.json';
  return message;
}

/** Reads the command-line arguments; an unknown or malformed one is an error with a message. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions | { error: string } {
  const options: BenchOptions = {
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
  };
  let tokens: ReturnType<typeof parseArgs>['tokens'];
  try {
    ({ tokens } = parseArgs({
      args: [...argv],
      options: OPTIONS,
      strict: true,
      allowPositionals: false,
      tokens: true,
    }));
  } catch (error) {
    return { error: argumentError(error, argv) };
  }
  // Tokens come in the order typed, so the last of --quick and --sizes wins.
  for (const token of tokens ?? []) {
    if (token.kind !== 'option') continue;
    const value = token.value ?? '';
    switch (token.name) {
      case 'check':
        options.check = true;
        break;
      case 'quick':
        options.sizes = QUICK_SIZES;
        break;
      case 'sizes': {
        const sizes = parseSizes(value);
        if (typeof sizes === 'string') return { error: sizes };
        options.sizes = sizes;
        break;
      }
      case 'repeat':
        if (!/^[1-9]\d*$/.test(value)) {
          return {
            error: `--repeat takes a whole number above 0, such as --repeat=3; found "${value}"`,
          };
        }
        options.repeat = Number(value);
        break;
      case 'no-build':
        options.build = false;
        break;
      case 'json':
        if (!value) return { error: '--json needs a file path, such as --json out/bench.json' };
        options.jsonPath = value;
        break;
      case 'lighthouse':
        options.lighthouse = true;
        break;
      case 'skip-weight':
        options.weight = false;
        break;
      case 'skip-scale':
        options.scale = false;
        break;
      case 'skip-peers':
        options.peers = false;
        break;
      case 'help':
        options.help = true;
        break;
    }
  }
  return options;
}

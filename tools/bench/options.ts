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
  --help             this text`;

function parseSizes(text: string): number[] | string {
  const sizes = text.split(',').map((part) => part.trim().replace(/_/g, ''));
  if (sizes.length === 0 || sizes.some((size) => !/^[1-9]\d*$/.test(size))) {
    return `--sizes takes whole numbers above 0 separated by commas, such as --sizes=100,1000; found "${text}"`;
  }
  return sizes.map(Number);
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
    help: false,
  };
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    const [name, inlineValue] = argument.includes('=')
      ? [argument.slice(0, argument.indexOf('=')), argument.slice(argument.indexOf('=') + 1)]
      : [argument, undefined];
    const value = () => {
      if (inlineValue !== undefined) return inlineValue;
      const next = argv[index + 1];
      if (next === undefined || next.startsWith('--')) return undefined;
      index += 1;
      return next;
    };
    switch (name) {
      case '--check':
        options.check = true;
        break;
      case '--quick':
        options.sizes = QUICK_SIZES;
        break;
      case '--sizes': {
        const text = value();
        if (text === undefined) return { error: '--sizes needs a list, such as --sizes=100,1000' };
        const sizes = parseSizes(text);
        if (typeof sizes === 'string') return { error: sizes };
        options.sizes = sizes;
        break;
      }
      case '--repeat': {
        const text = value();
        if (text === undefined || !/^[1-9]\d*$/.test(text)) {
          return {
            error: `--repeat takes a whole number above 0, such as --repeat=3; found "${text ?? ''}"`,
          };
        }
        options.repeat = Number(text);
        break;
      }
      case '--no-build':
        options.build = false;
        break;
      case '--json': {
        const path = value();
        if (!path) return { error: '--json needs a file path, such as --json out/bench.json' };
        options.jsonPath = path;
        break;
      }
      case '--lighthouse':
        options.lighthouse = true;
        break;
      case '--skip-weight':
        options.weight = false;
        break;
      case '--skip-scale':
        options.scale = false;
        break;
      case '--help':
      case '-h':
        options.help = true;
        break;
      default:
        return { error: `unknown option "${argument}"` };
    }
  }
  return options;
}

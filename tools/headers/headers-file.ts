/** One block of a `_headers` file: a path pattern and the headers sent for it. */
export interface HeaderRule {
  /** `/*`, `/_astro/*`, `/:section/`… */
  path: string;
  /** 1-based line of the path, for messages. */
  line: number;
  /** Headers in file order; a name may repeat (hosts then join the values with a comma). */
  headers: { name: string; value: string }[];
}

/**
 * Parses the `_headers` format shared by Netlify and Cloudflare Pages: a path on an unindented
 * line, then its headers as indented `Name: value` lines; `#` starts a comment line. Throws on a
 * line that fits neither shape, naming the line, as the hosts would reject it.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.trim().startsWith('#')) return;
    if (!/^\s/.test(raw)) {
      rules.push({ path: raw.trim(), line, headers: [] });
      return;
    }
    const match = /^\s+([A-Za-z0-9-]+):\s*(.*?)\s*$/.exec(raw);
    const rule = rules.at(-1);
    if (!match || !rule) {
      throw new Error(
        `_headers line ${line}: expected an indented "Name: value" under a path, found "${raw.trim()}"`,
      );
    }
    rule.headers.push({ name: match[1] ?? '', value: match[2] ?? '' });
  });
  return rules;
}

/** The value of header `name` (case-insensitive) in `rule`, or undefined. */
export function headerValue(rule: HeaderRule | undefined, name: string): string | undefined {
  return rule?.headers.find((header) => header.name.toLowerCase() === name.toLowerCase())?.value;
}

/** `camera=(), geolocation=(self)` → `{ camera: '()', geolocation: '(self)' }`. */
export function parsePermissionsPolicy(value: string): Record<string, string> {
  const entries = value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [feature = '', allowlist = ''] = part.split('=');
      return [feature.trim(), allowlist.trim()] as const;
    });
  return Object.fromEntries(entries);
}

/** `public, max-age=31536000, immutable` → `{ public: true, 'max-age': '31536000', immutable: true }`. */
export function parseCacheControl(value: string): Record<string, string | true> {
  const entries = value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [directive = '', argument] = part.split('=');
      return [directive.trim().toLowerCase(), argument?.trim() ?? true] as const;
    });
  return Object.fromEntries(entries);
}

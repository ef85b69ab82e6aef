/**
 * Where the site is deployed: read once from the environment so that the same build can serve at a
 * domain root or under a sub-path (GitHub Pages project sites).
 */
export interface SiteOptions {
  /** Absolute origin (and optional path) the site is served from, used for canonical URLs. */
  site: string;
  /** Path prefix every internal URL starts with; always begins and ends with `/`. */
  base: string;
}

const DEFAULT_SITE = 'http://localhost:4321';

/** Turns `docs`, `/docs`, `docs/` or `/docs/` into `/docs/`, and an empty value into `/`. */
export function normalizeBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Reads `SITE_URL` and `BASE_PATH`, refusing a site that is not an absolute http(s) URL. */
export function siteOptionsFromEnv(env: Record<string, string | undefined>): SiteOptions {
  const site = (env.SITE_URL ?? '').trim() || DEFAULT_SITE;
  let parsed: URL;
  try {
    parsed = new URL(site);
  } catch {
    throw new Error(
      `SITE_URL must be an absolute URL such as https://example.org, found "${site}".`,
    );
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`SITE_URL must start with https:// or http://, found "${site}".`);
  }
  return { site: parsed.href.replace(/\/$/, ''), base: normalizeBase(env.BASE_PATH) };
}

/**
 * The warning a production build gives when `SITE_URL` is not set (undefined when it is): the
 * build still succeeds, but every absolute address in it names the local preview server.
 */
export function missingSiteUrlWarning(env: Record<string, string | undefined>): string | undefined {
  if ((env.SITE_URL ?? '').trim() !== '') return undefined;
  return (
    `SITE_URL is not set: canonical URLs, the sitemap and the RSS feed will point at ${DEFAULT_SITE}. ` +
    'Fine for a local preview; to publish, build with SITE_URL set to the address the site is served from ' +
    '(SITE_URL=https://example.org npm run build).'
  );
}

import { normalizeBase } from './site-options.ts';

/**
 * Prefixes a site path with the deployment base, so every internal link works whether the site is
 * served at `/` or under a sub-path. Keeps `?query` and `#fragment`, and gives page paths the
 * trailing slash the site's routes use (files with an extension keep theirs as they are).
 */
export function joinBase(base: string, path: string): string {
  const prefix = normalizeBase(base);
  const match = /^([^?#]*)(.*)$/.exec(path);
  const pathname = (match?.[1] ?? '').replace(/^\/+/, '');
  const suffix = match?.[2] ?? '';
  const lastSegment = pathname.split('/').pop() ?? '';
  const isFile = lastSegment.includes('.');
  const withSlash = pathname === '' || isFile || pathname.endsWith('/') ? pathname : `${pathname}/`;
  return `${prefix}${withSlash}${suffix}`;
}

/**
 * The site path of a served pathname, without the deployment base: `/sub/islands/etorofu/` under
 * `/sub` is `/islands/etorofu/`. A pathname outside the base is returned as it is.
 */
export function stripBase(base: string, pathname: string): string {
  const prefix = normalizeBase(base);
  if (prefix === '/') return pathname;
  if (pathname === prefix.slice(0, -1)) return '/';
  return pathname.startsWith(prefix) ? `/${pathname.slice(prefix.length)}` : pathname;
}

/** The site's own base, as Vite/Astro expose it at build time. */
const BUILD_BASE: string = import.meta.env?.BASE_URL ?? '/';

/** `url('/islands/etorofu/')` → `/islands/etorofu/` (or `/sub/islands/etorofu/` under a base). */
export function url(path: string): string {
  return joinBase(BUILD_BASE, path);
}

/** The site path (without base) of the page being built, from `Astro.url.pathname`. */
export function sitePath(pathname: string): string {
  return stripBase(BUILD_BASE, pathname);
}

/** An absolute URL for canonical links and feeds: `site` plus the base-prefixed path. */
export function absoluteUrl(site: string | URL, path: string): string {
  return new URL(url(path), site).href;
}

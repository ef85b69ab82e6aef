/** What an `<img>` in the built HTML lacks. */
export type ImageRequirement = 'width' | 'height' | 'loading="lazy"';

/** An image in a built page that lacks something the budget asks for. */
export interface ImageProblem {
  /** The file, relative to dist/. */
  file: string;
  /** The tag as written, shortened for the report. */
  tag: string;
  missing: ImageRequirement[];
}

/** A reference in a built file that would load a web font (or a font stylesheet) from another host. */
export interface ExternalFontReference {
  file: string;
  reference: string;
}

/** What the audit of the built HTML and CSS found. */
export interface HtmlAudit {
  /** HTML files read. */
  htmlFiles: number;
  /** `<img>` elements found in them. */
  images: number;
  imageProblems: ImageProblem[];
  externalFonts: ExternalFontReference[];
}

/** The attributes of a start tag, names lower-cased; a bare attribute has the value ''. */
export function tagAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const inner = tag.replace(/^<[a-z0-9-]+/i, '').replace(/\/?>$/, '');
  for (const match of inner.matchAll(/([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g)) {
    const name = (match[1] ?? '').toLowerCase();
    const raw = match[2] ?? '';
    attributes.set(name, raw.replace(/^["']|["']$/g, ''));
  }
  return attributes;
}

/** Every `<img>` of a page, with what each lacks: width, height, loading="lazy". */
export function auditImages(html: string): {
  images: number;
  problems: { tag: string; missing: ImageRequirement[] }[];
} {
  const tags = [...html.matchAll(/<img\b[^>]*>/gi)].map((match) => match[0]);
  const problems = tags.flatMap((tag) => {
    const attributes = tagAttributes(tag);
    const missing: ImageRequirement[] = [];
    if (!/^\d+(\.\d+)?$/.test(attributes.get('width') ?? '')) missing.push('width');
    if (!/^\d+(\.\d+)?$/.test(attributes.get('height') ?? '')) missing.push('height');
    if ((attributes.get('loading') ?? '').toLowerCase() !== 'lazy') missing.push('loading="lazy"');
    return missing.length > 0
      ? [{ tag: tag.length > 120 ? `${tag.slice(0, 117)}...` : tag, missing }]
      : [];
  });
  return { images: tags.length, problems };
}

/** True for a URL that leaves the site: `https://…`, `http://…` or protocol-relative `//…`. */
function isOtherHost(url: string, ownHosts: readonly string[]): boolean {
  const trimmed = url.trim();
  if (!/^(https?:)?\/\//i.test(trimmed)) return false;
  try {
    return !ownHosts.includes(new URL(trimmed, 'https://placeholder.invalid').host);
  } catch {
    return true;
  }
}

/** Font references in CSS: `@import` of another host's stylesheet, `@font-face` sources on another host. */
function cssFontReferences(css: string, ownHosts: readonly string[]): string[] {
  const found: string[] = [];
  for (const match of css.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/gi)) {
    const url = match[1] ?? '';
    if (isOtherHost(url, ownHosts)) found.push(url);
  }
  for (const block of css.matchAll(/@font-face\s*\{[^}]*\}/gi)) {
    for (const match of block[0].matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/gi)) {
      const url = match[1] ?? '';
      if (isOtherHost(url, ownHosts)) found.push(url);
    }
  }
  return found;
}

/**
 * References that would make a browser fetch a web font, or a stylesheet that may hold one, from
 * another host: `<link>` stylesheets, font preloads and preconnects to other hosts, and in CSS
 * (inline `<style>` or a .css file) `@import` and `@font-face` URLs. `ownHosts` are the site's own.
 */
export function externalFontReferences(
  text: string,
  type: 'html' | 'css',
  ownHosts: readonly string[] = [],
): string[] {
  if (type === 'css') return cssFontReferences(text, ownHosts);
  const found: string[] = [];
  for (const match of text.matchAll(/<link\b[^>]*>/gi)) {
    const attributes = tagAttributes(match[0]);
    const href = attributes.get('href') ?? '';
    const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
    const loadsFont =
      rel.includes('stylesheet') ||
      rel.includes('preconnect') ||
      rel.includes('dns-prefetch') ||
      attributes.get('as') === 'font';
    if (loadsFont && isOtherHost(href, ownHosts)) found.push(href);
  }
  for (const match of text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) {
    found.push(...cssFontReferences(match[1] ?? '', ownHosts));
  }
  return found;
}

import { gzipSync } from 'node:zlib';

/** What a response is, for the per-kind columns of the page-weight table. */
export type ResourceKind = 'html' | 'css' | 'js' | 'json' | 'image' | 'font' | 'wasm' | 'other';

/** Bytes of one kind (or of all responses): how many, raw, and as gzip would send them. */
export interface ByteTotals {
  count: number;
  rawBytes: number;
  gzipBytes: number;
}

/** One request the browser made while loading a page, with its response body when there was one. */
export interface RecordedRequest {
  url: string;
  /** The response's Content-Type header, when there was a response. */
  contentType?: string;
  /** The response body; absent for a request that was blocked or failed. */
  body?: Uint8Array;
}

/** A page's weight at first load. */
export interface PageWeight {
  /** Every request, including ones to other hosts (which the benchmark blocks). */
  requests: number;
  rawBytes: number;
  /** Bytes as a compressing server would send them (see `transferGzipBytes`). */
  gzipBytes: number;
  /** JavaScript: script files plus the scripts inlined in the HTML (already part of the HTML bytes). */
  js: ByteTotals;
  byKind: Partial<Record<ResourceKind, ByteTotals>>;
  /** URLs of requests that went to a host other than the site's. */
  otherHostRequests: string[];
  /** URLs of fonts requested from another host. */
  fontsFromOtherHosts: string[];
}

/** Size of `body` compressed by zlib's gzip at level 9, the most a static host would squeeze out. */
export function gzipSize(body: Uint8Array | string): number {
  return gzipSync(body, { level: 9 }).length;
}

const EXTENSION_KINDS: Record<string, ResourceKind> = {
  html: 'html',
  htm: 'html',
  css: 'css',
  js: 'js',
  mjs: 'js',
  json: 'json',
  geojson: 'json',
  topojson: 'json',
  webmanifest: 'json',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  gif: 'image',
  webp: 'image',
  avif: 'image',
  svg: 'image',
  ico: 'image',
  woff: 'font',
  woff2: 'font',
  ttf: 'font',
  otf: 'font',
  wasm: 'wasm',
};

function extensionOf(url: string): string {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    pathname = url.split(/[?#]/)[0] ?? '';
  }
  const last = pathname.split('/').pop() ?? '';
  const dot = last.lastIndexOf('.');
  return dot >= 0 ? last.slice(dot + 1).toLowerCase() : '';
}

/** Classifies a response by its Content-Type, falling back to the URL's file extension. */
export function resourceKind(url: string, contentType?: string): ResourceKind {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/css') return 'css';
  if (type.includes('javascript') || type === 'text/ecmascript') return 'js';
  if (type === 'application/json' || type.endsWith('+json')) return 'json';
  if (type.startsWith('image/')) return 'image';
  if (type.startsWith('font/') || type.includes('font-woff') || type === 'application/font-sfnt')
    return 'font';
  if (type === 'application/wasm') return 'wasm';
  return EXTENSION_KINDS[extensionOf(url)] ?? 'other';
}

/**
 * Whether a body is already compressed, so a server sends it as it is rather than gzipping it:
 * raster images, WOFF fonts, and Pagefind's index files (written gzipped, unpacked in the browser).
 */
export function isPrecompressed(url: string, contentType?: string): boolean {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (
    /^image\/(png|jpeg|gif|webp|avif)$/.test(type) ||
    type === 'font/woff' ||
    type === 'font/woff2'
  )
    return true;
  const extension = extensionOf(url);
  return (
    ['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'woff', 'woff2'].includes(extension) ||
    extension.startsWith('pf_')
  );
}

/**
 * Bytes on the wire from a compressing server: gzip level 9 for text-like bodies, the raw size for
 * bodies that are already compressed (gzipping a PNG only adds a header).
 */
export function transferGzipBytes(
  url: string,
  contentType: string | undefined,
  body: Uint8Array,
  gzip = gzipSize,
): number {
  return isPrecompressed(url, contentType) ? body.length : gzip(body);
}

/**
 * The bodies of the inline `<script>` elements of an HTML page that browsers run as JavaScript
 * (classic and module scripts; JSON and other data blocks are left out).
 */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = match[1] ?? '';
    const body = match[2] ?? '';
    if (/\bsrc\s*=/i.test(attributes) || body.trim() === '') continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
    scripts.push(body);
  }
  return scripts;
}

function hostOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' ||
      parsed.protocol === 'https:' ||
      parsed.protocol === 'ws:' ||
      parsed.protocol === 'wss:'
      ? parsed.host
      : undefined;
  } catch {
    return undefined;
  }
}

const add = (totals: ByteTotals, raw: number, gzip: number, count = 1): ByteTotals => ({
  count: totals.count + count,
  rawBytes: totals.rawBytes + raw,
  gzipBytes: totals.gzipBytes + gzip,
});

const ZERO: ByteTotals = { count: 0, rawBytes: 0, gzipBytes: 0 };

/**
 * Sums what a browser fetched for one page. `origin` is the site's origin; requests to any other
 * host are listed (data: and blob: URLs are not requests to a host and are skipped).
 */
export function summarizePageWeight(
  requests: readonly RecordedRequest[],
  origin: string,
  gzip = gzipSize,
): PageWeight {
  const siteHost = new URL(origin).host;
  const byKind: Partial<Record<ResourceKind, ByteTotals>> = {};
  let total = ZERO;
  let js = ZERO;
  const otherHostRequests: string[] = [];
  const fontsFromOtherHosts: string[] = [];
  let counted = 0;

  for (const request of requests) {
    const host = hostOf(request.url);
    if (host === undefined) continue;
    counted += 1;
    const kind = resourceKind(request.url, request.contentType);
    if (host !== siteHost) {
      otherHostRequests.push(request.url);
      if (kind === 'font') fontsFromOtherHosts.push(request.url);
    }
    const body = request.body;
    const raw = body?.length ?? 0;
    const gzipped = body ? transferGzipBytes(request.url, request.contentType, body, gzip) : 0;
    total = add(total, raw, gzipped);
    byKind[kind] = add(byKind[kind] ?? ZERO, raw, gzipped);
    if (kind === 'js') js = add(js, raw, gzipped);
    if (kind === 'html' && body) {
      const scripts = inlineScripts(new TextDecoder().decode(body));
      if (scripts.length > 0) {
        const joined = scripts.join('\n');
        js = add(js, new TextEncoder().encode(joined).length, gzip(joined), 0);
      }
    }
  }

  return {
    requests: counted,
    rawBytes: total.rawBytes,
    gzipBytes: total.gzipBytes,
    js,
    byKind,
    otherHostRequests,
    fontsFromOtherHosts,
  };
}

import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  gzipSize,
  inlineScripts,
  isPrecompressed,
  resourceKind,
  summarizePageWeight,
  transferGzipBytes,
} from '../../../tools/bench/weight.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const ORIGIN = 'http://127.0.0.1:4321';

describe('gzipSize', () => {
  it('is the length of the level-9 gzip stream of the input', () => {
    const text = 'the same words again and again, '.repeat(200);
    expect(gzipSize(text)).toBe(gzipSync(text, { level: 9 }).length);
    expect(gzipSize(text)).toBeLessThan(text.length / 10);
    expect(gunzipSync(gzipSync(text, { level: 9 })).toString()).toBe(text);
  });

  it('counts bytes, not characters, for text with non-ASCII letters', () => {
    expect(gzipSize(bytes('北方領土'))).toBe(gzipSize('北方領土'));
  });
});

describe('resourceKind', () => {
  it.each([
    ['http://h/', 'text/html; charset=utf-8', 'html'],
    ['http://h/_astro/a.css', 'text/css', 'css'],
    ['http://h/_astro/a.js', 'text/javascript', 'js'],
    ['http://h/x.mjs', 'application/javascript', 'js'],
    ['http://h/islands.geojson', 'application/geo+json', 'json'],
    ['http://h/data/facts.json', 'application/json', 'json'],
    ['http://h/favicon.svg', 'image/svg+xml', 'image'],
    ['http://h/f.woff2', 'font/woff2', 'font'],
    ['http://h/pagefind/wasm.en.pagefind', 'application/wasm', 'wasm'],
  ])('%s (%s) is %s', (url, type, kind) => {
    expect(resourceKind(url, type)).toBe(kind);
  });

  it('falls back to the file extension when the server sends no useful type', () => {
    expect(resourceKind('http://h/outlines.geojson', 'application/octet-stream')).toBe('json');
    expect(resourceKind('http://h/a.js?v=1', undefined)).toBe('js');
    expect(resourceKind('http://h/pagefind/index/en_1.pf_index', 'application/octet-stream')).toBe(
      'other',
    );
  });
});

describe('isPrecompressed and transferGzipBytes', () => {
  it('counts images, WOFF fonts and Pagefind files as they are', () => {
    expect(isPrecompressed('http://h/a.png', 'image/png')).toBe(true);
    expect(isPrecompressed('http://h/a.woff2', undefined)).toBe(true);
    expect(
      isPrecompressed('http://h/pagefind/fragment/en_1.pf_fragment', 'application/octet-stream'),
    ).toBe(true);
    const png = bytes('not really a png but never gzipped');
    expect(transferGzipBytes('http://h/a.png', 'image/png', png)).toBe(png.length);
  });

  it('gzips text and SVG', () => {
    expect(isPrecompressed('http://h/a.svg', 'image/svg+xml')).toBe(false);
    const css = bytes('a { color: red; } '.repeat(100));
    expect(transferGzipBytes('http://h/a.css', 'text/css', css)).toBe(gzipSize(css));
  });
});

describe('inlineScripts', () => {
  it('finds classic and module scripts, and skips external, JSON and empty ones', () => {
    const html = [
      '<script>document.documentElement.dataset.names = "both";</script>',
      '<script type="module">import("./x.js")</script>',
      '<script type="module" src="/_astro/a.js"></script>',
      '<script type="application/ld+json">{"@type":"Article"}</script>',
      '<script></script>',
    ].join('');
    expect(inlineScripts(html)).toEqual([
      'document.documentElement.dataset.names = "both";',
      'import("./x.js")',
    ]);
  });
});

describe('summarizePageWeight', () => {
  const html =
    '<html><head><script>let a = 1;</script></head><body>' + 'text '.repeat(500) + '</body></html>';
  const js = 'console.log("x");'.repeat(50);
  const requests = [
    { url: `${ORIGIN}/`, contentType: 'text/html', body: bytes(html) },
    { url: `${ORIGIN}/_astro/a.css`, contentType: 'text/css', body: bytes('body{margin:0}') },
    { url: `${ORIGIN}/_astro/a.js`, contentType: 'text/javascript', body: bytes(js) },
    { url: 'https://fonts.example.com/font.woff2' },
    { url: 'data:image/png;base64,AAAA' },
  ];

  it('sums raw and gzip bytes of every response, per kind and in total', () => {
    const weight = summarizePageWeight(requests, ORIGIN);
    expect(weight.requests).toBe(4);
    expect(weight.rawBytes).toBe(html.length + 'body{margin:0}'.length + js.length);
    expect(weight.gzipBytes).toBe(gzipSize(html) + gzipSize('body{margin:0}') + gzipSize(js));
    expect(weight.byKind.css).toEqual({
      count: 1,
      rawBytes: 14,
      gzipBytes: gzipSize('body{margin:0}'),
    });
  });

  it('counts JavaScript files and inline scripts separately from the total', () => {
    const weight = summarizePageWeight(requests, ORIGIN);
    expect(weight.js.count).toBe(1);
    expect(weight.js.rawBytes).toBe(js.length + 'let a = 1;'.length);
    expect(weight.js.gzipBytes).toBe(gzipSize(js) + gzipSize('let a = 1;'));
  });

  it('lists requests and fonts that went to another host, and ignores data: URLs', () => {
    const weight = summarizePageWeight(requests, ORIGIN);
    expect(weight.otherHostRequests).toEqual(['https://fonts.example.com/font.woff2']);
    expect(weight.fontsFromOtherHosts).toEqual(['https://fonts.example.com/font.woff2']);
  });

  it('treats another port on the same machine as another host', () => {
    const weight = summarizePageWeight(
      [{ url: 'http://127.0.0.1:9999/x.js', contentType: 'text/javascript', body: bytes('x') }],
      ORIGIN,
    );
    expect(weight.otherHostRequests).toHaveLength(1);
  });
});

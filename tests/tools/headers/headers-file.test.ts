import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  headerValue,
  parseCacheControl,
  parseHeadersFile,
  parsePermissionsPolicy,
} from '../../../tools/headers/headers-file.ts';

const HEADERS_FILE = readFileSync(new URL('../../../public/_headers', import.meta.url), 'utf8');

describe('parseHeadersFile', () => {
  it('reads paths, indented headers and comments', () => {
    const rules = parseHeadersFile(
      '# a comment\n/*\n  X-A: 1\n  # inside\n\n/b/*\n\tX-B:  two words \n',
    );
    expect(rules).toEqual([
      { path: '/*', line: 2, headers: [{ name: 'X-A', value: '1' }] },
      { path: '/b/*', line: 6, headers: [{ name: 'X-B', value: 'two words' }] },
    ]);
  });

  it('names the line of a header without a path, or a line that is no header', () => {
    expect(() => parseHeadersFile('  X-A: 1')).toThrow('_headers line 1');
    expect(() => parseHeadersFile('/*\n  not a header')).toThrow('_headers line 2');
  });

  it('splits Permissions-Policy and Cache-Control values', () => {
    expect(parsePermissionsPolicy('camera=(), geolocation=(self)')).toEqual({
      camera: '()',
      geolocation: '(self)',
    });
    expect(parseCacheControl('public, max-age=60, immutable')).toEqual({
      public: true,
      'max-age': '60',
      immutable: true,
    });
  });
});

describe('public/_headers', () => {
  const rules = parseHeadersFile(HEADERS_FILE);
  const everything = rules.find((rule) => rule.path === '/*');
  const hashedAssets = rules.find((rule) => rule.path === '/_astro/*');

  it('sends the security headers with every response', () => {
    expect(headerValue(everything, 'Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(headerValue(everything, 'X-Content-Type-Options')).toBe('nosniff');
    expect(headerValue(everything, 'X-Frame-Options')).toBe('DENY');
    const permissions = parsePermissionsPolicy(headerValue(everything, 'Permissions-Policy') ?? '');
    for (const feature of [
      'camera',
      'microphone',
      'geolocation',
      'browsing-topics',
      'payment',
      'usb',
    ]) {
      expect(permissions[feature], `Permissions-Policy ${feature}`).toBe('()');
    }
  });

  it('forbids framing with a CSP header that holds frame-ancestors only, so it cannot clash with the <meta> CSP', () => {
    expect(headerValue(everything, 'Content-Security-Policy')).toBe("frame-ancestors 'none'");
    for (const rule of rules.filter((candidate) => candidate !== everything)) {
      expect(headerValue(rule, 'Content-Security-Policy'), `CSP on ${rule.path}`).toBeUndefined();
    }
  });

  it('caches hashed assets for a year as immutable, and makes pages revalidate', () => {
    const assets = parseCacheControl(headerValue(hashedAssets, 'Cache-Control') ?? '');
    expect(Number(assets['max-age'])).toBeGreaterThanOrEqual(31_536_000);
    expect(assets.immutable).toBe(true);
    const home = parseCacheControl(
      headerValue(
        rules.find((rule) => rule.path === '/'),
        'Cache-Control',
      ) ?? '',
    );
    expect(home['max-age']).toBe('0');
    expect(home['must-revalidate']).toBe(true);
  });

  it('never sets Cache-Control on /* (Cloudflare would join it with the asset rule) and sets it last for assets', () => {
    expect(headerValue(everything, 'Cache-Control')).toBeUndefined();
    const caching = rules.filter((rule) => headerValue(rule, 'Cache-Control') !== undefined);
    expect(caching.at(-1)?.path).toBe('/_astro/*');
  });

  it('names each header once per rule and stays within Cloudflare Pages limits', () => {
    for (const rule of rules) {
      const names = rule.headers.map((header) => header.name.toLowerCase());
      expect(new Set(names).size, `repeated header on ${rule.path}`).toBe(names.length);
    }
    expect(rules.length).toBeLessThanOrEqual(100);
    for (const line of HEADERS_FILE.split('\n')) expect(line.length).toBeLessThanOrEqual(2000);
  });
});

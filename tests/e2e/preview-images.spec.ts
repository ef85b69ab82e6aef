// Every page but the 404 announces a preview image for shared links, and the build made it: a
// 1200×630 PNG at the address the page names, whatever the page (found by walking dist/).
import { fileURLToPath } from 'node:url';
import { listBuiltPages } from '../../tools/links/built-pages.ts';
import { expect, test } from './support/fixtures.ts';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const PAGES = listBuiltPages(DIST).filter(({ path }) => !path.startsWith('404'));
const target = (path: string) => (path === '' ? './' : path);

/** The width and height a PNG's header gives (its IHDR chunk). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The `content` of each `<meta property|name="…">` in the served page's head. */
function metaOf(html: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/g)) {
    const key = /\b(?:property|name)="([^"]+)"/.exec(tag)?.[1];
    const content = /\bcontent="([^"]*)"/.exec(tag)?.[1];
    if (key && content !== undefined) found.set(key, [...(found.get(key) ?? []), content]);
  }
  return found;
}

test('every built page but the 404 is checked', () => {
  expect(PAGES.length).toBeGreaterThan(50);
});

test.describe('preview images', () => {
  test.describe.configure({ mode: 'parallel' });
  for (const { path } of PAGES) {
    test(`/${path} names a 1200×630 PNG preview that the build made`, async ({ request }) => {
      const meta = metaOf(await (await request.get(target(path))).text());
      const [image, ...more] = meta.get('og:image') ?? [];
      expect(image, 'one og:image').toBeDefined();
      expect(more).toEqual([]);
      const address = new URL(image!);
      // The image sits at the page's own address under /og/, so no two pages share one.
      const own = path === '' ? 'index' : path.replace(/\/$/, '');
      expect(address.pathname.endsWith(`/og/${own}.png`), address.pathname).toBe(true);
      expect(meta.get('og:image:width')).toEqual(['1200']);
      expect(meta.get('og:image:height')).toEqual(['630']);
      expect(meta.get('og:image:alt')?.[0]).toMatch(/\S/);
      expect(meta.get('twitter:card')).toEqual(['summary_large_image']);
      // Relative to the test server's base, which the absolute address (its SITE_URL) is not.
      const response = await request.get(
        address.pathname.slice(address.pathname.indexOf('/og/') + 1),
      );
      expect(response.status(), address.pathname).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^image\/png/);
      expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
    });
  }
});

test('the 404 page, at no address of its own, announces no preview', async ({ request }) => {
  const meta = metaOf(await (await request.get('404.html')).text());
  expect(meta.get('og:image')).toBeUndefined();
  expect(meta.get('twitter:card')).toEqual(['summary']);
});

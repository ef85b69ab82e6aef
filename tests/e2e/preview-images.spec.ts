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

test('every page names a 1200×630 PNG preview that the build made', async ({ page, request }) => {
  expect(PAGES.length).toBeGreaterThan(50);
  const images = new Set<string>();
  for (const { path } of PAGES) {
    await page.goto(target(path));
    const image = page.locator('meta[property="og:image"]');
    await expect(image, path).toHaveCount(1);
    const address = new URL((await image.getAttribute('content')) ?? '');
    // The image sits at the page's own address under /og/, so no two pages share one.
    expect(address.pathname, path).toMatch(/\/og\/.+\.png$/);
    images.add(address.pathname);
    await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute(
      'content',
      '1200',
    );
    await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute(
      'content',
      '630',
    );
    await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', /.+/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
      'content',
      'summary_large_image',
    );
    // Relative to the test server's base, which the page's absolute address (its SITE_URL) is not.
    const response = await request.get(
      address.pathname.slice(address.pathname.indexOf('/og/') + 1),
    );
    expect(response.status(), address.pathname).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^image\/png/);
    expect(pngSize(await response.body()), address.pathname).toEqual({ width: 1200, height: 630 });
  }
  expect(images.size).toBe(PAGES.length);
});

test('the 404 page, at no address of its own, announces no preview', async ({ page }) => {
  await page.goto('404.html');
  await expect(page.locator('meta[property="og:image"]')).toHaveCount(0);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
});

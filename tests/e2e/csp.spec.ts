import { expect, test } from './support/fixtures.ts';

const policyOf = async (page: import('@playwright/test').Page) =>
  (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';

test('every kind of page carries a strict Content Security Policy', async ({ page, watch }) => {
  for (const path of ['./', 'articles/', 'articles/the-four-islands/', 'about/']) {
    await page.goto(path);
    const policy = await policyOf(page);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    const scriptSrc = /script-src([^;]*)/.exec(policy)?.[1] ?? '';
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(scriptSrc).not.toContain("'wasm-unsafe-eval'");
  }
  expect(watch.consoleErrors).toEqual([]);
});

test('only the search page allows WebAssembly compilation, for Pagefind', async ({ page }) => {
  await page.goto('search/');
  const scriptSrc = /script-src([^;]*)/.exec(await policyOf(page))?.[1] ?? '';
  expect(scriptSrc).toContain("'wasm-unsafe-eval'");
  expect(scriptSrc).not.toContain("'unsafe-inline'");
});

test('the inline head script runs under the policy (the naming control appears)', async ({
  page,
  watch,
}) => {
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-js', '');
  await expect(page.locator('.naming-control')).toBeVisible();
  expect(watch.consoleErrors).toEqual([]);
});

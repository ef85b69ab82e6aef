import { test as base, expect, type Page } from '@playwright/test';

/** What a page did while a test ran: console errors and requests to hosts other than ours. */
export interface PageWatch {
  consoleErrors: string[];
  foreignRequests: string[];
}

/** Starts recording console errors, uncaught exceptions and off-site requests on `page`. */
export function watchPage(page: Page, localOrigin: string): PageWatch {
  const watch: PageWatch = { consoleErrors: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(error.message));
  page.on('request', (request) => {
    const requestUrl = request.url();
    if (requestUrl.startsWith('data:') || requestUrl.startsWith('blob:')) return;
    if (new URL(requestUrl).origin !== localOrigin) watch.foreignRequests.push(requestUrl);
  });
  return watch;
}

/**
 * The project's test: every page a test opens is watched, and the test fails afterwards if the
 * page logged an error or asked another host for anything.
 */
export const test = base.extend<{ watch: PageWatch }>({
  watch: async ({ page, baseURL }, use) => {
    const watch = watchPage(page, new URL(baseURL ?? 'http://localhost').origin);
    await use(watch);
    expect(watch.consoleErrors, 'console errors').toEqual([]);
    expect(watch.foreignRequests, 'requests to other hosts').toEqual([]);
  },
});

export { expect };

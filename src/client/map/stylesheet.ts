/**
 * Adds a stylesheet to the page and resolves once it has loaded, so the map is never shown
 * unstyled. Used for Leaflet's CSS, which only pages with a map fetch, and only with the map.
 */
export function loadStylesheet(href: string): Promise<void> {
  const existing = document.querySelector<HTMLLinkElement>(
    `link[rel="stylesheet"][href="${CSS.escape(href)}"]`,
  );
  if (existing?.sheet) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const link = existing ?? document.createElement('link');
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener(
      'error',
      () => reject(new Error(`The stylesheet ${href} did not load.`)),
      { once: true },
    );
    if (!existing) {
      link.rel = 'stylesheet';
      link.href = href;
      document.head.append(link);
    }
  });
}

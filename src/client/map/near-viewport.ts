/**
 * Calls `callback` once, when `element` comes within `margin` of the viewport, so a map far down
 * a page costs nothing until the reader scrolls towards it.
 */
export function whenNearViewport(element: Element, callback: () => void, margin = '400px'): void {
  if (!('IntersectionObserver' in window)) {
    callback();
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      callback();
    },
    { rootMargin: margin },
  );
  observer.observe(element);
}

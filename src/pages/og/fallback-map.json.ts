import { getMapBuild } from '../../data/map.ts';
import { previewMapOf } from '../../lib/preview/card.ts';

/**
 * The map a preview card shows for a page that draws none (the home page's overview), for the
 * build's preview step, which reads it and removes it from the site. A static route, so Astro
 * writes it before the pages: the cards can be drawn while the pages are still being built.
 */
export async function GET() {
  return new Response(JSON.stringify(previewMapOf((await getMapBuild()).view(null))), {
    headers: { 'Content-Type': 'application/json' },
  });
}

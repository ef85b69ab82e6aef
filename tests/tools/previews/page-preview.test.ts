import { describe, expect, it } from 'vitest';
import { islandOfPage, pagePreview, staticMap } from '../../../tools/previews/page-preview.ts';
import { fromHtml } from 'hast-util-from-html';

const page = (body: string) => `<!doctype html><html lang="en"><head>
<meta property="og:title" content="Shikotan">
<meta property="og:description" content="The second smallest island.">
<meta property="og:url" content="https://example.org/islands/shikotan/">
</head><body><main><p class="eyebrow">Disputed island</p><h1>Shikotan</h1>${body}</main></body></html>`;

const map = `<svg class="map-svg" viewBox="0 0 1000 667">
<path class="map-svg__land" d="M0 0L1 0 1 1Z"></path>
<a class="map-svg__island" href="/islands/etorofu/"><path class="map-svg__island-shape" d="M2 2L3 2 3 3Z"></path></a>
<a class="map-svg__island is-focus" href="/islands/shikotan/"><path class="map-svg__island-shape" d="M4 4L5 4 5 5Z"></path></a>
</svg>`;

describe('pagePreview', () => {
  it('reads the title, description, kind, address and map from the built page', () => {
    expect(pagePreview(page(map), null)).toEqual({
      eyebrow: 'Disputed island',
      title: 'Shikotan',
      description: 'The second smallest island.',
      address: 'example.org/islands/shikotan/',
      map: {
        width: 1000,
        height: 667,
        land: ['M0 0L1 0 1 1Z'],
        islands: [
          { d: 'M2 2L3 2 3 3Z', focus: false },
          { d: 'M4 4L5 4 5 5Z', focus: true },
        ],
      },
    });
  });

  it('takes the fallback map on a page without one', () => {
    const fallback = staticMap(fromHtml(page(map)));
    expect(pagePreview(page(''), fallback).map).toBe(fallback);
    expect(pagePreview(page(''), null).map).toBeNull();
  });

  it('refuses a page without an Open Graph title or address', () => {
    expect(() => pagePreview('<html><head></head><body></body></html>', null)).toThrow(
      /og:title or og:url/,
    );
  });
});

describe('islandOfPage', () => {
  it('finds the island of an island page in every language, and no other page', () => {
    expect(islandOfPage('/islands/etorofu/')).toBe('etorofu');
    expect(islandOfPage('/ja/islands/shikotan/')).toBe('shikotan');
    expect(islandOfPage('/ru/islands/habomai/')).toBe('habomai');
    expect(islandOfPage('/islands/')).toBeUndefined();
    expect(islandOfPage('/timeline/island/etorofu/')).toBeUndefined();
    expect(islandOfPage('/de/islands/etorofu/')).toBeUndefined();
  });
});

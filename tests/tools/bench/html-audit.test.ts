import { describe, expect, it } from 'vitest';
import {
  auditImages,
  externalFontReferences,
  tagAttributes,
} from '../../../tools/bench/html-audit.ts';

describe('tagAttributes', () => {
  it('reads double-quoted, single-quoted, bare and valueless attributes', () => {
    const attributes = tagAttributes(
      `<img src="/a.png" alt='An island' width=400 hidden loading="lazy">`,
    );
    expect(Object.fromEntries(attributes)).toEqual({
      src: '/a.png',
      alt: 'An island',
      width: '400',
      hidden: '',
      loading: 'lazy',
    });
  });
});

describe('auditImages', () => {
  it('passes an image with width, height and loading="lazy"', () => {
    expect(
      auditImages('<p><img src="/a.png" alt="" width="640" height="480" loading="lazy" /></p>'),
    ).toEqual({ images: 1, problems: [] });
  });

  it('names what each image lacks', () => {
    const result = auditImages(
      '<img src="/a.png" alt=""><img src="/b.png" width="10" height="auto" loading="eager">',
    );
    expect(result.images).toBe(2);
    expect(result.problems.map((problem) => problem.missing)).toEqual([
      ['width', 'height', 'loading="lazy"'],
      ['height', 'loading="lazy"'],
    ]);
  });

  it('does not take <image> in SVG or text that mentions img for an image', () => {
    expect(auditImages('<svg><image href="a.png"/></svg><p>imgur &lt;img&gt;</p>').images).toBe(0);
  });
});

describe('externalFontReferences', () => {
  it('finds stylesheets, font preloads and preconnects to another host in HTML', () => {
    const html = [
      '<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter">',
      '<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>',
      '<link rel="preload" as="font" href="//cdn.example.com/f.woff2">',
      '<link rel="stylesheet" href="/_astro/site.css">',
      '<link rel="canonical" href="https://example.org/">',
    ].join('\n');
    expect(externalFontReferences(html, 'html')).toEqual([
      'https://fonts.googleapis.com/css2?family=Inter',
      'https://fonts.gstatic.com',
      '//cdn.example.com/f.woff2',
    ]);
  });

  it('finds @import and @font-face sources on another host in CSS, inline or in a file', () => {
    const css = `@import url("https://fonts.example.com/a.css");
@font-face { font-family: X; src: url(https://cdn.example.com/x.woff2) format("woff2"), url('/fonts/x.woff'); }
body { background: url(https://example.com/not-a-font.png); }`;
    expect(externalFontReferences(css, 'css')).toEqual([
      'https://fonts.example.com/a.css',
      'https://cdn.example.com/x.woff2',
    ]);
    expect(externalFontReferences(`<style>${css}</style>`, 'html')).toEqual([
      'https://fonts.example.com/a.css',
      'https://cdn.example.com/x.woff2',
    ]);
  });

  it('accepts absolute URLs on the site’s own hosts', () => {
    expect(
      externalFontReferences('<link rel="stylesheet" href="https://example.org/a.css">', 'html', [
        'example.org',
      ]),
    ).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  createArticleRenderer,
  footnoteBackContent,
  footnoteBackLabel,
} from '../../../../src/lib/markdown/article-processor.ts';
import type { FactLookup } from '../../../../src/lib/markdown/remark-fact-links.ts';

describe('footnote back-links', () => {
  it('name the reference, and a later citation of the same note by its number', () => {
    expect(footnoteBackLabel(0, 1)).toBe('Back to reference 1');
    expect(footnoteBackLabel(0, 2)).toBe('Back to reference 1, use 2');
    expect(footnoteBackLabel(4, 3)).toBe('Back to reference 5, use 3');
  });

  it('show an arrow, and the plain citation number from the second citation on', () => {
    expect(footnoteBackContent(0, 1)).toEqual([{ type: 'text', value: '↩' }]);
    expect(footnoteBackContent(0, 2)).toEqual([{ type: 'text', value: '2' }]);
  });

  // WCAG 2.5.3 (label in name), as axe's label-content-name-mismatch reads it: the visible text,
  // less symbols, must occur in the accessible name.
  it('have accessible names that contain their visible text in rendered HTML', async () => {
    const renderer = await createArticleRenderer({
      base: '/',
      lookup: () => ({}) as unknown as FactLookup,
    });
    const { code } = await renderer.render(
      'One[^a], two[^a] and three[^b].\n\n[^a]: First note.\n\n[^b]: Second note.\n',
    );
    const links = [...code.matchAll(/<a [^>]*aria-label="([^"]*)"[^>]*>(.*?)<\/a>/g)].map(
      ([, name, inner]) => ({
        name: name!,
        visible: inner!.replace(/<[^>]+>/g, '').replace(/[^\p{L}\p{N}]/gu, ''),
      }),
    );
    expect(links.map((link) => link.name)).toEqual([
      'Back to reference 1',
      'Back to reference 1, use 2',
      'Back to reference 2',
    ]);
    for (const { name, visible } of links) expect(name).toContain(visible);
  });
});

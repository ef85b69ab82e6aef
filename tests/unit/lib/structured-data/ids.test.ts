import { describe, expect, it } from 'vitest';
import { absoluteFor, nodeIds } from '../../../../src/lib/structured-data/ids.ts';
import { abs, ROOT } from './fixtures.ts';

describe('absoluteFor', () => {
  it('joins the site, the base and the path', () => {
    expect(abs('/islands/etorofu/')).toBe(`${ROOT}islands/etorofu/`);
    expect(abs('/')).toBe(ROOT);
  });

  it('needs a site', () => {
    expect(() => absoluteFor(undefined, (path) => path)).toThrow(/site URL/);
  });
});

describe('nodeIds', () => {
  it('puts entries with pages of their own at their page, with a fragment naming what they are', () => {
    expect(nodeIds.place(abs, 'etorofu')).toBe(`${ROOT}islands/etorofu/#place`);
    expect(nodeIds.actor(abs, 'putin')).toBe(`${ROOT}actors/putin/#actor`);
    expect(nodeIds.article(abs, 'a')).toBe(`${ROOT}articles/a/#article`);
    expect(nodeIds.page(abs, '/articles/a/')).toBe(`${ROOT}articles/a/`);
  });

  it('puts list entries at their anchors on the list page', () => {
    expect(nodeIds.event(abs, 'yalta-1945')).toBe(`${ROOT}timeline/#event-yalta-1945`);
    expect(nodeIds.quote(abs, 'q')).toBe(`${ROOT}quotes/#quote-q`);
    expect(nodeIds.source(abs, 's')).toBe(`${ROOT}sources/#source-s`);
    expect(nodeIds.position(abs, 'c', 'japan')).toBe(`${ROOT}claims/#claim-c-japan`);
  });
});

import { describe, expect, it } from 'vitest';
import {
  compareModelWithBuilt,
  formatDifference,
  idsOfHtml,
} from '../../../tools/links/model-vs-dist.ts';

describe('compareModelWithBuilt', () => {
  const model = new Map([
    ['/', new Set(['main', 'page-title'])],
    ['/about/', new Set(['main'])],
  ]);

  it('finds nothing when every page and id is on both sides', () => {
    expect(
      compareModelWithBuilt(
        model,
        new Map([
          ['/', new Set(['main', 'page-title'])],
          ['/about/', new Set(['main'])],
        ]),
      ),
    ).toEqual([]);
  });

  it('reports pages and ids missing on either side', () => {
    const built = new Map([
      ['/', new Set(['main', 'extra'])],
      ['/new/', new Set(['main'])],
    ]);
    expect(compareModelWithBuilt(model, built)).toEqual([
      { kind: 'id-not-built', page: '/', id: 'page-title' },
      { kind: 'id-not-modelled', page: '/', id: 'extra' },
      { kind: 'page-not-built', page: '/about/' },
      { kind: 'page-not-modelled', page: '/new/' },
    ]);
    expect(formatDifference({ kind: 'id-not-modelled', page: '/', id: 'extra' })).toBe(
      '/#extra  the built page has this id, but the route table does not list it: links to it would be refused',
    );
  });
});

describe('idsOfHtml', () => {
  it('reads every id, decoding entities', () => {
    expect(idsOfHtml('<main id="main"><h2 id="a&amp;b">x</h2><p data-id="no"></p></main>')).toEqual(
      new Set(['main', 'a&b']),
    );
  });
});

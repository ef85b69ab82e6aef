import { describe, expect, it } from 'vitest';
import {
  islandAlternateNames,
  islandPlace,
  placeRef,
} from '../../../../src/lib/structured-data/place.ts';
import { abs, etorofu, ROOT, shikotan } from './fixtures.ts';

describe('islandAlternateNames', () => {
  it('gives every form of both names, each tagged with its language and script', () => {
    expect(islandAlternateNames(etorofu)).toEqual([
      { '@value': 'Etorofu', '@language': 'en' },
      { '@value': '択捉島', '@language': 'ja' },
      { '@value': 'Etorofu-tō', '@language': 'ja-Latn' },
      { '@value': 'Iturup', '@language': 'en' },
      { '@value': 'Итуруп', '@language': 'ru' },
      { '@value': 'Iturup', '@language': 'ru-Latn' },
    ]);
  });

  it('gives a form both sides share once', () => {
    const names = islandAlternateNames(shikotan);
    expect(
      names.filter((name) => name['@value'] === 'Shikotan' && name['@language'] === 'en'),
    ).toHaveLength(1);
    expect(names).toContainEqual({ '@value': 'Шикотан', '@language': 'ru' });
    expect(names).toHaveLength(5);
  });
});

describe('islandPlace', () => {
  it('is a Place at the island page with its coordinates and the site’s name for it', () => {
    expect(islandPlace(abs, etorofu)).toMatchObject({
      '@type': 'Place',
      '@id': `${ROOT}islands/etorofu/#place`,
      name: 'Etorofu (Iturup)',
      url: `${ROOT}islands/etorofu/`,
      description: etorofu.summary,
      geo: { '@type': 'GeoCoordinates', latitude: 45.0333, longitude: 147.6167 },
    });
  });

  it('shares its id with the short reference other pages use', () => {
    expect(placeRef(abs, etorofu)).toEqual({
      '@type': 'Place',
      '@id': islandPlace(abs, etorofu)['@id'],
      name: 'Etorofu (Iturup)',
    });
  });
});

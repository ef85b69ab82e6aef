import { describe, expect, it } from 'vitest';
import {
  contentHash,
  islandCentres,
  outlinesAsset,
  outlinesAssetPath,
  serializeOutlines,
} from '../../../../src/lib/map/outline-asset.ts';
import type { IslandOutlines } from '../../../../src/lib/map/outlines.ts';

const outlines: IslandOutlines = {
  type: 'FeatureCollection',
  bbox: [144.4, 42.6, 150.4, 46.4],
  features: [
    {
      type: 'Feature',
      properties: { kind: 'island', id: 'shikotan' },
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [146.6, 43.8],
              [146.9, 43.8],
              [146.9, 43.9],
              [146.6, 43.8],
            ],
          ],
        ],
      },
    },
  ],
};

describe('contentHash', () => {
  it('gives the same ten hex digits for the same text, and others for other text', () => {
    expect(contentHash('abc')).toMatch(/^[0-9a-f]{10}$/);
    expect(contentHash('abc')).toBe(contentHash('abc'));
    expect(contentHash('abd')).not.toBe(contentHash('abc'));
  });

  it('is the start of the SHA-256 digest', () => {
    // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    expect(contentHash('abc')).toBe('ba7816bf8f');
    expect(contentHash('abc', 16)).toBe('ba7816bf8f01cfea');
  });
});

describe('outlinesAssetPath', () => {
  it('names the file by its hash under /data/', () => {
    expect(outlinesAssetPath('ba7816bf8f')).toBe('/data/outlines-ba7816bf8f.geojson');
  });

  it('refuses anything that is not a hash, so no path can be smuggled in', () => {
    expect(() => outlinesAssetPath('../x')).toThrow(RangeError);
    expect(() => outlinesAssetPath('BA7816BF8F')).toThrow(RangeError);
    expect(() => outlinesAssetPath('ba7816')).toThrow(RangeError);
  });
});

describe('outlinesAsset', () => {
  it('hashes exactly the text it publishes', () => {
    const asset = outlinesAsset(outlines);
    expect(asset.json).toBe(serializeOutlines(outlines));
    expect(asset.hash).toBe(contentHash(asset.json));
    expect(asset.path).toBe(`/data/outlines-${asset.hash}.geojson`);
    expect(JSON.parse(asset.json)).toEqual(outlines);
  });

  it('changes name when the outlines change', () => {
    const moved: IslandOutlines = { ...outlines, bbox: [144.4, 42.6, 150.5, 46.4] };
    expect(outlinesAsset(moved).hash).not.toBe(outlinesAsset(outlines).hash);
  });

  it('publishes compact JSON', () => {
    expect(serializeOutlines(outlines)).not.toMatch(/\n|": /);
  });
});

describe('islandCentres', () => {
  it('takes each island id and the coordinates the fact file gives', () => {
    expect(islandCentres([{ id: 'habomai', coordinates: { lat: 43.5, lon: 146.1333 } }])).toEqual([
      { id: 'habomai', lat: 43.5, lon: 146.1333 },
    ]);
  });
});

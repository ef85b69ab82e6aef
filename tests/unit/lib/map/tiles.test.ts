import { describe, expect, it } from 'vitest';
import { tileImageSource, tilesFromEnv } from '../../../../src/lib/map/tiles.ts';

describe('tilesFromEnv', () => {
  it('is off by default', () => {
    expect(tilesFromEnv({})).toBeNull();
    expect(tilesFromEnv({ MAP_TILE_URL: ' ', MAP_TILE_ATTRIBUTION: '' })).toBeNull();
  });

  it('takes an https template with its attribution', () => {
    expect(
      tilesFromEnv({
        MAP_TILE_URL: 'https://tiles.example.org/{z}/{x}/{y}.png',
        MAP_TILE_ATTRIBUTION: '© Example',
      }),
    ).toEqual({ url: 'https://tiles.example.org/{z}/{x}/{y}.png', attribution: '© Example' });
  });

  it('refuses a layer without attribution, or a URL that is not an https template', () => {
    expect(() =>
      tilesFromEnv({ MAP_TILE_URL: 'https://tiles.example.org/{z}/{x}/{y}.png' }),
    ).toThrow(/both/);
    expect(() =>
      tilesFromEnv({
        MAP_TILE_URL: 'http://tiles.example.org/{z}/{x}/{y}.png',
        MAP_TILE_ATTRIBUTION: 'x',
      }),
    ).toThrow(/https/);
    expect(() =>
      tilesFromEnv({
        MAP_TILE_URL: 'https://tiles.example.org/tile.png',
        MAP_TILE_ATTRIBUTION: 'x',
      }),
    ).toThrow(/\{z\}/);
  });
});

describe('tileImageSource', () => {
  it('allows exactly the tile host, with a wildcard for {s} subdomains', () => {
    expect(tileImageSource({ url: 'https://tiles.example.org/{z}/{x}/{y}.png' })).toBe(
      'https://tiles.example.org',
    );
    expect(tileImageSource({ url: 'https://{s}.tile.example.org/{z}/{x}/{y}.png' })).toBe(
      'https://*.tile.example.org',
    );
  });
});

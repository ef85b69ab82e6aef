import type { MapTiles } from './map-data.ts';

/**
 * The optional background tile layer, from the build's environment: off unless both
 * MAP_TILE_URL (an https template with {z}, {x} and {y}) and MAP_TILE_ATTRIBUTION are set, since
 * tiles are a request to a third party and every tile provider requires its credit.
 */
export function tilesFromEnv(env: Record<string, string | undefined>): MapTiles | null {
  const url = env.MAP_TILE_URL?.trim() ?? '';
  const attribution = env.MAP_TILE_ATTRIBUTION?.trim() ?? '';
  if (url === '' && attribution === '') return null;
  if (url === '' || attribution === '') {
    throw new Error(
      'Set both MAP_TILE_URL and MAP_TILE_ATTRIBUTION to use a tile layer, or neither.',
    );
  }
  if (
    !/^https:\/\/[^/\s]+\.[^/\s]+\//.test(url) ||
    !['{z}', '{x}', '{y}'].every((part) => url.includes(part))
  ) {
    throw new Error(
      `MAP_TILE_URL must be an https:// URL template with {z}, {x} and {y}, found "${url}".`,
    );
  }
  return { url, attribution };
}

/**
 * The CSP source that lets the page load the configured tiles: the template's scheme and host,
 * with Leaflet's `{s}` subdomain placeholder as a wildcard (`https://*.tile.example.org`).
 */
export function tileImageSource(tiles: Pick<MapTiles, 'url'>): string {
  const host = /^https:\/\/([^/]+)\//.exec(tiles.url)?.[1] ?? '';
  return `https://${host.replace('{s}', '*')}`;
}

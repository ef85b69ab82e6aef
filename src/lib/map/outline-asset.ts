import { createHash } from 'node:crypto';
import type { IslandCentre, IslandOutlines } from './outlines.ts';

/** How many hex digits of the SHA-256 name an outlines file: enough to never collide across builds. */
export const OUTLINES_HASH_LENGTH = 10;

/** The site path (without base) the outlines are published at; the hash changes with their content. */
export function outlinesAssetPath(hash: string): string {
  if (!new RegExp(`^[0-9a-f]{${OUTLINES_HASH_LENGTH}}$`).test(hash)) {
    throw new RangeError(
      `"${hash}" is not an outlines content hash (${OUTLINES_HASH_LENGTH} hex digits).`,
    );
  }
  return `/data/outlines-${hash}.geojson`;
}

/** The first hex digits of the text's SHA-256: the same outlines always get the same name. */
export function contentHash(text: string, length = OUTLINES_HASH_LENGTH): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, length);
}

/** The outlines as the compact JSON text that is published and hashed (no whitespace: it is data). */
export function serializeOutlines(outlines: IslandOutlines): string {
  return JSON.stringify(outlines);
}

/** What the outline builder needs of an island: its id and the centre the fact file gives. */
export function islandCentres(
  islands: readonly { id: string; coordinates: { lat: number; lon: number } }[],
): IslandCentre[] {
  return islands.map(({ id, coordinates }) => ({ id, lat: coordinates.lat, lon: coordinates.lon }));
}

/** Published outlines: the JSON text, its hash, and the path it is served at. */
export interface OutlinesAsset {
  outlines: IslandOutlines;
  json: string;
  hash: string;
  path: string;
}

/** Serializes and names the outlines in one step, so the text that is hashed is the text served. */
export function outlinesAsset(outlines: IslandOutlines): OutlinesAsset {
  const json = serializeOutlines(outlines);
  const hash = contentHash(json);
  return { outlines, json, hash, path: outlinesAssetPath(hash) };
}

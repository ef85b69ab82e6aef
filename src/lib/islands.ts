// The order the site lists the islands in.
import type { Island } from '../schemas/island.ts';

/**
 * North-east to south-west, the way the chain runs from Etorofu (Iturup) towards Hokkaido, so
 * lists read the same on every page whatever order the collection loader returns. The chain's
 * order is its order by latitude, north first.
 */
export function orderIslandsGeographically<T extends Pick<Island, 'coordinates'>>(
  islands: readonly T[],
): T[] {
  return [...islands].sort((a, b) => b.coordinates.lat - a.coordinates.lat);
}

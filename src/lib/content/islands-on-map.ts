import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { asTopology } from '../map/land.ts';
import { islandCentres } from '../map/outline-asset.ts';
import { buildIslandOutlines, OutlineMatchError } from '../map/outlines.ts';
import type { Island } from '../../schemas/index.ts';

/**
 * The islands whose coordinates the map cannot place: the same matching the build does against
 * Natural Earth's outlines, run by the check so an editor's typo is a problem with a line, not a
 * failed build. One island is reported at a time, as the matching stops at the first.
 */
export function islandsOffTheMap(islands: readonly Island[]): { id: string; message: string }[] {
  if (islands.length === 0) return [];
  const require = createRequire(import.meta.url);
  const topology = asTopology(
    JSON.parse(readFileSync(require.resolve('world-atlas/land-10m.json'), 'utf8')),
  );
  try {
    buildIslandOutlines(topology, islandCentres(islands));
    return [];
  } catch (error) {
    if (error instanceof OutlineMatchError)
      return [
        {
          id: error.islandId,
          message: error.message.replace(/^Island "[^"]+" /, 'these coordinates '),
        },
      ];
    throw error;
  }
}

// The border through time, as pages and the data export need it: who held or claimed each island
// in a state, the state's text equivalent, its lines as SVG paths and as GeoJSON. Pure: the fact
// file's border states in, text and shapes out.
import type { Feature, FeatureCollection, LineString } from 'geojson';
import { mapWords } from './words.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Party } from '../../schemas/common.ts';
import type { BorderRegion } from '../../schemas/border.ts';
import type { BorderLine, BorderState, Holding } from '../../schemas/border.ts';
import type { Extent } from './extent.ts';
import { createProjection, formatSvgNumber } from './projection.ts';

/** A state's extent as a [west, south, east, north] box. */
export function stateExtent(state: Pick<BorderState, 'extent'>): Extent {
  const { west, south, east, north } = state.extent;
  return [west, south, east, north];
}

/** Who held and who claimed one island in a state; null when the state does not say. */
export function islandStatus(
  state: Pick<BorderState, 'holdings'>,
  islandId: string,
): { heldBy: Party | undefined; claimedBy: Party[]; note: string | undefined } | null {
  const holding = state.holdings.find((entry) => entry.islands.includes(islandId));
  if (holding === undefined) return null;
  return { heldBy: holding.heldBy, claimedBy: holding.claimedBy, note: holding.note };
}

/** The two shades of a border state's map: the side each piece of land was held by. */
export type Shade = 'japan' | 'russia';

/** Russia and the Soviet Union share a shade: the map shows sides, not states of one side. */
export function shadeOf(party: Party | undefined): Shade | undefined {
  if (party === 'japan') return 'japan';
  if (party === 'russia' || party === 'soviet-union') return 'russia';
  return undefined;
}

/** Each island's and each region's shade in a state; land no one held is left out. */
export function stateShading(state: Pick<BorderState, 'holdings'>): {
  islands: Record<string, Shade>;
  regions: Partial<Record<BorderRegion, Shade>>;
} {
  const islands: Record<string, Shade> = {};
  const regions: Partial<Record<BorderRegion, Shade>> = {};
  for (const holding of state.holdings) {
    const shade = shadeOf(holding.heldBy);
    if (shade === undefined) continue;
    for (const island of holding.islands) islands[island] = shade;
    for (const region of holding.regions) regions[region] = shade;
  }
  return { islands, regions };
}

/** The words of the border states in a language (the dictionaries' map section). */
const borderWords = (locale: Locale) => mapWords(locale).borders;

/** "held by Japan", "held by the Soviet Union, claimed by Japan", "not divided by any border". */
export function statusText(
  holding: Pick<Holding, 'heldBy' | 'claimedBy'>,
  locale: Locale = 'en',
): string {
  const words = borderWords(locale);
  const parts = [
    ...(holding.heldBy ? [words.heldBy(words.parties[holding.heldBy])] : []),
    ...(holding.claimedBy.length > 0
      ? [words.claimedBy(holding.claimedBy.map((party) => words.parties[party]))]
      : []),
  ];
  return parts.length > 0 ? parts.join(words.statusSeparator) : words.notDivided;
}

/** The name of a region beyond the four islands: "Sakhalin south of the 50th parallel". */
export function regionName(region: BorderRegion, locale: Locale = 'en'): string {
  return borderWords(locale).regions[region];
}

/** "Etorofu, Kunashiri and Shikotan": names joined for a sentence. */
export function joinNames(names: readonly string[], locale: Locale = 'en'): string {
  return borderWords(locale).joinNames(names);
}

/** One holding as a sentence of the text equivalent: "Etorofu and Kunashiri: held by Japan." */
export function holdingSentence(
  holding: Holding,
  islandName: (id: string) => string,
  locale: Locale = 'en',
): string {
  const places = [
    ...holding.islands.map(islandName),
    ...holding.regions.map((region) => regionName(region, locale)),
  ];
  return borderWords(locale).holding(
    joinNames(places, locale),
    statusText(holding, locale),
    holding.note,
  );
}

/** What a line's kind is called in the key, in a language. */
export function lineKindName(kind: BorderLine['kind'], locale: Locale = 'en'): string {
  return borderWords(locale).lineKinds[kind];
}

/** What a line's kind is called in the key (English). */
export const LINE_KIND_NAMES: Record<BorderLine['kind'], string> = mapWords('en').borders.lineKinds;

/**
 * A line as an SVG path in the viewBox of a static map of `extent` (the same fitted Web Mercator
 * as map-view.ts's `buildMapView`), coordinates rounded to 0.1 units.
 */
export function linePath(
  points: readonly (readonly [number, number])[],
  extent: Extent,
  size: { width: number; height: number },
): string {
  const projection = createProjection(extent, size);
  return points
    .map(([lat, lon], index) => {
      const { x, y } = projection.projectPoint(lat, lon);
      return `${index === 0 ? 'M' : 'L'}${formatSvgNumber(x)} ${formatSvgNumber(y)}`;
    })
    .join('');
}

/** The properties every border line carries in the GeoJSON export. */
export interface BorderLineProperties {
  id: string;
  state: string;
  /** The year the state began; null for today's state. */
  year: number | null;
  label: string;
  kind: BorderLine['kind'];
  schematic: boolean;
  note: string | null;
  event: string;
  sources: string[];
}

/** The year a state began (a range's start, the earliest alternative); null for today's state. */
export function stateYear(state: Pick<BorderState, 'date'>): number | null {
  return state.date === undefined ? null : state.date.start.year;
}

/** Every line of every state as one GeoJSON FeatureCollection, coordinates as [lon, lat]. */
export function borderLinesGeoJson(
  states: readonly BorderState[],
): FeatureCollection<LineString, BorderLineProperties> {
  const features = states.flatMap((state) =>
    state.lines.map((line): Feature<LineString, BorderLineProperties> => ({
      type: 'Feature',
      properties: {
        id: line.id,
        state: state.id,
        year: stateYear(state),
        label: line.label,
        kind: line.kind,
        schematic: line.schematic,
        note: line.note ?? null,
        event: state.event,
        sources: [...line.sources],
      },
      geometry: { type: 'LineString', coordinates: line.points.map(([lat, lon]) => [lon, lat]) },
    })),
  );
  return { type: 'FeatureCollection', features };
}

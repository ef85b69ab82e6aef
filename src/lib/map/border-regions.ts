/**
 * The land beyond the four islands that changed hands with the border (the fact file's regions:
 * Urup and the Kurils north of it, Sakhalin either side of the 50th parallel), cut out of the
 * Natural Earth outlines so a border state's map can shade it by who held it.
 */
import type { MultiPolygon, Position } from 'geojson';
import { clipPolygonToBBox } from './clip.ts';
import { pointInPolygon, ringsBBox } from './geo.ts';
import type { BBox, LonLat, PolygonRings } from './geo.ts';
import type { IslandOutlines } from './outlines.ts';
import type { BorderRegion } from '../../schemas/border.ts';

/** A point inland on Sakhalin: Yuzhno-Sakhalinsk, between the island's two coasts. */
export const SAKHALIN_POINT: LonLat = [142.74, 46.96];

/** The parallel that divided Sakhalin from 1905 to 1945 (Treaty of Portsmouth). */
export const SAKHALIN_DIVIDE_LAT = 50;

/**
 * The box the Kurils from Urup to Shumshu lie in: from the strait east of Etorofu (Urup's western
 * tip is at about 149.4° E) to Shumshu (about 50.9° N, 156.5° E). A polygon counts only if it
 * lies wholly inside, which leaves out Kamchatka (it runs north past the box) and Etorofu (an
 * island of the fact file, never context land).
 */
export const NORTHERN_KURILS_BOX: BBox = { west: 149.0, south: 45.3, east: 156.8, north: 51.0 };

/** The land of each region, as GeoJSON MultiPolygons in [lon, lat]. */
export type RegionLand = Partial<Record<BorderRegion, MultiPolygon>>;

const toRings = (polygon: readonly Position[][]): PolygonRings =>
  polygon.map((ring) => ring.map(([lon = NaN, lat = NaN]): LonLat => [lon, lat]));

const toPositions = (polygon: PolygonRings): Position[][] =>
  polygon.map((ring) => ring.map(([lon, lat]) => [lon, lat]));

/** A box around the whole world, to cut a polygon along one parallel only. */
const everywhere: BBox = { west: -180, south: -90, east: 180, north: 90 };

const inside = (inner: BBox, outer: BBox): boolean =>
  inner.west >= outer.west &&
  inner.east <= outer.east &&
  inner.south >= outer.south &&
  inner.north <= outer.north;

/**
 * Sorts the context land of `outlines` into the regions: the polygon holding {@link SAKHALIN_POINT}
 * is cut at {@link SAKHALIN_DIVIDE_LAT}, polygons wholly inside {@link NORTHERN_KURILS_BOX} are the
 * northern Kurils. Other land (Hokkaido, Kamchatka, the mainland) belongs to no region.
 */
export function borderRegionLand(outlines: IslandOutlines): RegionLand {
  const found: Record<BorderRegion, Position[][][]> = {
    'northern-kurils': [],
    'southern-sakhalin': [],
    'northern-sakhalin': [],
  };
  for (const feature of outlines.features) {
    if (feature.properties.kind !== 'context') continue;
    for (const coordinates of feature.geometry.coordinates) {
      const polygon = toRings(coordinates);
      if (pointInPolygon(SAKHALIN_POINT, polygon)) {
        const south = clipPolygonToBBox(polygon, { ...everywhere, north: SAKHALIN_DIVIDE_LAT });
        const north = clipPolygonToBBox(polygon, { ...everywhere, south: SAKHALIN_DIVIDE_LAT });
        if (south) found['southern-sakhalin'].push(toPositions(south));
        if (north) found['northern-sakhalin'].push(toPositions(north));
      } else if (inside(ringsBBox(polygon), NORTHERN_KURILS_BOX)) {
        found['northern-kurils'].push(coordinates);
      }
    }
  }
  const land: RegionLand = {};
  for (const [region, polygons] of Object.entries(found) as [BorderRegion, Position[][][]][]) {
    if (polygons.length > 0) land[region] = { type: 'MultiPolygon', coordinates: polygons };
  }
  return land;
}

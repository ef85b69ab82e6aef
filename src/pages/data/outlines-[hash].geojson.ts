import type { APIRoute, GetStaticPaths } from 'astro';
import { getMapBuild } from '../../data/map.ts';

/**
 * The island outlines as one GeoJSON file, named by its content hash so a host can cache it for
 * good: new outlines get a new name. The maps find it with `outlinesUrl()`.
 */
export const getStaticPaths = (async () => {
  const { asset } = await getMapBuild();
  return [{ params: { hash: asset.hash } }];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const { asset } = await getMapBuild();
  return new Response(asset.json, {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
};

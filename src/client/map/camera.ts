import type { LatLngBounds, Map as LeafletMap } from 'leaflet';

const reducedMotion = (): boolean => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** How close a flight to one island goes: Habomai's islets apart, Etorofu whole. */
const ISLAND_MAX_ZOOM = 9;

export interface Camera {
  /** Shows the whole region, exactly filling the box as the static SVG did. */
  showRegion(animate: boolean): void;
  /** Shows an island's bounds at once, without motion: the starting view of an island page. */
  frameBounds(bounds: LatLngBounds): void;
  /** Flies to an island's bounds, then calls `arrived` (at once if the map is already there). */
  showBounds(bounds: LatLngBounds, arrived: () => void): void;
}

/**
 * Moves the map: fits the region (and keeps it fitted when the box resizes, unless the reader has
 * moved away), and flies to islands, without motion when the reader asks for reduced motion.
 */
export function createCamera(map: LeafletMap, region: LatLngBounds): Camera {
  let pendingArrival: (() => void) | undefined;
  const islandZoom = (bounds: LatLngBounds) => Math.min(map.getBoundsZoom(bounds.pad(0.6)), ISLAND_MAX_ZOOM);
  const regionZoom = () => map.getBoundsZoom(region, true);

  const showRegion = (animate: boolean) => {
    if (animate && !reducedMotion()) {
      map.flyToBounds(region, { duration: 0.6 });
      return;
    }
    map.setMinZoom(0);
    map.fitBounds(region, { animate: false });
    // Never above the zoom fitBounds chose: a minimum above the current zoom makes Leaflet start an
    // animated zoom, which would land after (and undo) any view set next.
    map.setMinZoom(Math.min(regionZoom(), map.getZoom()));
  };

  // The starting view (the whole region, or on an island page that island) and whether the map
  // still shows it: any move or zoom after that clears it, and a resize then keeps the reader's view.
  let home = () => showRegion(false);
  let fitted = true;
  const showHome = () => {
    home();
    fitted = true;
  };
  map.on('zoomstart movestart', () => {
    fitted = false;
  });

  map.on('resize', () => {
    if (fitted) showHome();
    else map.setMinZoom(regionZoom());
  });

  return {
    showRegion: (animate) => {
      showRegion(animate);
      fitted = true;
    },
    frameBounds: (bounds) => {
      home = () => map.setView(bounds.getCenter(), islandZoom(bounds), { animate: false });
      showHome();
    },
    showBounds: (bounds, arrived) => {
      // A second request before the first flight ends replaces it: only the last popup opens.
      if (pendingArrival) map.off('moveend', pendingArrival);
      pendingArrival = undefined;
      const zoom = islandZoom(bounds);
      const centre = bounds.getCenter();
      const alreadyThere = Math.abs(map.getZoom() - zoom) < 0.05 && map.distance(map.getCenter(), centre) < 500;
      if (alreadyThere) {
        arrived();
        return;
      }
      const onArrival = () => {
        pendingArrival = undefined;
        arrived();
      };
      pendingArrival = onArrival;
      map.once('moveend', onArrival);
      if (reducedMotion()) map.setView(centre, zoom, { animate: false });
      else map.flyTo(centre, zoom, { duration: 0.6 });
    },
  };
}

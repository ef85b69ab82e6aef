import type { LatLngBounds, Map as LeafletMap } from 'leaflet';

const reducedMotion = (): boolean => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** How close a flight to one island goes: Habomai's islets apart, Etorofu whole. */
const ISLAND_MAX_ZOOM = 9;

export interface Camera {
  /** Shows the whole region, exactly filling the box as the static SVG did. */
  showRegion(animate: boolean): void;
  /** Flies to an island's bounds, then calls `arrived` (at once if the map is already there). */
  showBounds(bounds: LatLngBounds, arrived: () => void): void;
}

/**
 * Moves the map: fits the region (and keeps it fitted when the box resizes, unless the reader has
 * moved away), and flies to islands, without motion when the reader asks for reduced motion.
 */
export function createCamera(map: LeafletMap, region: LatLngBounds): Camera {
  let pendingArrival: (() => void) | undefined;
  const regionZoom = () => map.getBoundsZoom(region, true);

  const showRegion = (animate: boolean) => {
    if (animate && !reducedMotion()) {
      map.flyToBounds(region, { duration: 0.6 });
      return;
    }
    map.setMinZoom(0);
    map.fitBounds(region, { animate: false });
    map.setMinZoom(regionZoom());
  };

  // Whether the view is the whole region, as fitted (any move or zoom after that clears it).
  let fitted = true;
  map.on('zoomstart movestart', () => {
    fitted = false;
  });
  map.on('resize', () => {
    if (fitted) {
      showRegion(false);
      fitted = true;
    } else {
      map.setMinZoom(regionZoom());
    }
  });

  return {
    showRegion: (animate) => {
      showRegion(animate);
      fitted = true;
    },
    showBounds: (bounds, arrived) => {
      // A second request before the first flight ends replaces it: only the last popup opens.
      if (pendingArrival) map.off('moveend', pendingArrival);
      pendingArrival = undefined;
      const zoom = Math.min(map.getBoundsZoom(bounds.pad(0.6)), ISLAND_MAX_ZOOM);
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

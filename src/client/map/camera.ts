import { point, type LatLngBounds, type Map as LeafletMap, type PointExpression } from 'leaflet';

const reducedMotion = (): boolean => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** How close a flight to one island goes: Habomai's islets apart, Etorofu whole. */
const ISLAND_MAX_ZOOM = 9;

/** Space kept between the land a view fits and the frame's edge or a control. */
const EDGE = 12;

export interface Camera {
  /** Shows every island with Urup and Hokkaido, clear of the controls. */
  showRegion(animate: boolean): void;
  /** Flies to an island's bounds, then calls `arrived` (at once if the map is already there). */
  showBounds(bounds: LatLngBounds, arrived: () => void): void;
}

export interface CameraViews {
  /** The first view: on an island page, the island with its neighbours and Hokkaido. */
  home: LatLngBounds;
  /** What "Show all" shows. */
  overview: LatLngBounds;
}

/** The height of the controls along the bottom edge and the width of those on the right. */
function controlPadding(map: LeafletMap): {
  topLeft: PointExpression;
  bottomRight: PointExpression;
} {
  const container = map.getContainer();
  const frame = container.getBoundingClientRect();
  let right = 0;
  let bottom = 0;
  for (const element of container.querySelectorAll<HTMLElement>('.leaflet-control')) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    // The zoom buttons stand at the right, stacked; the scale and the attribution lie along the foot.
    if (element.classList.contains('leaflet-control-zoom'))
      right = Math.max(right, frame.right - box.left);
    else bottom = Math.max(bottom, frame.bottom - box.top);
  }
  return { topLeft: [EDGE, EDGE], bottomRight: [right + EDGE, bottom + EDGE] };
}

/**
 * Moves the map: fits its views with padding that keeps land from under the controls (and keeps
 * the first view fitted when the box resizes, unless the reader has moved away), and flies to
 * islands, without motion when the reader asks for reduced motion.
 */
export function createCamera(map: LeafletMap, views: CameraViews): Camera {
  let pendingArrival: (() => void) | undefined;
  const islandZoom = (bounds: LatLngBounds) =>
    Math.min(map.getBoundsZoom(bounds.pad(0.6)), ISLAND_MAX_ZOOM);
  const fitOptions = () => {
    const padding = controlPadding(map);
    return { paddingTopLeft: padding.topLeft, paddingBottomRight: padding.bottomRight };
  };
  // The reader may zoom out a little past the overview, never so far that the region's edge shows.
  const updateMinZoom = () => {
    const { paddingTopLeft, paddingBottomRight } = fitOptions();
    const padding = point(paddingTopLeft).add(point(paddingBottomRight));
    // Never above the current zoom: a minimum above it makes Leaflet start an animated zoom, which
    // would land after (and undo) any view set next.
    map.setMinZoom(Math.min(map.getBoundsZoom(views.overview, false, padding), map.getZoom()));
  };

  const fit = (bounds: LatLngBounds, animate: boolean) => {
    if (animate && !reducedMotion()) {
      map.flyToBounds(bounds, { ...fitOptions(), duration: 0.6 });
      return;
    }
    map.setMinZoom(0);
    map.fitBounds(bounds, { ...fitOptions(), animate: false });
    updateMinZoom();
  };

  // Whether the map still shows its first view: any move or zoom after that clears it, and a
  // resize then keeps the reader's view.
  let fitted = true;
  const showHome = () => {
    fit(views.home, false);
    fitted = true;
  };
  map.on('zoomstart movestart', () => {
    fitted = false;
  });
  map.on('resize', () => {
    if (fitted) showHome();
    else updateMinZoom();
  });
  showHome();

  return {
    showRegion: (animate) => {
      fit(views.overview, animate);
      fitted = true;
    },
    showBounds: (bounds, arrived) => {
      // A second request before the first flight ends replaces it: only the last popup opens.
      if (pendingArrival) map.off('moveend', pendingArrival);
      pendingArrival = undefined;
      const zoom = islandZoom(bounds);
      const centre = bounds.getCenter();
      const alreadyThere =
        Math.abs(map.getZoom() - zoom) < 0.05 && map.distance(map.getCenter(), centre) < 500;
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

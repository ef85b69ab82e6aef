// Entry point on pages with a map: wires the buttons at once and loads Leaflet (a separate chunk
// with its CSS) only when a map nears the viewport or a button is pressed.
import { whenNearViewport } from './near-viewport.ts';
import type { IslandMapController } from './leaflet-map.ts';

export function initIslandMaps(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-island-map]')) setUp(root);
}

function setUp(root: HTMLElement): void {
  let loading: Promise<IslandMapController> | undefined;
  const load = (): Promise<IslandMapController> => {
    loading ??= import('./leaflet-map.ts').then((module) => module.mountIslandMap(root));
    return loading;
  };
  const fail = (error: unknown) => {
    // The static map stays in place and keeps working; the console says why it was not replaced.
    console.error('The interactive map could not start:', error);
  };

  whenNearViewport(root, () => {
    load().catch(fail);
  });

  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-map-island]')) {
    button.addEventListener('click', () => {
      const id = button.dataset.mapIsland ?? '';
      load()
        .then((map) => map.showIsland(id, button))
        .catch(fail);
    });
  }
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-map-line]')) {
    const id = button.dataset.mapLine ?? '';
    const note = root.querySelector<HTMLElement>(`[data-map-line-note="${CSS.escape(id)}"]`);
    button.addEventListener('click', () => {
      load()
        .then((map) => {
          const shown = map.toggleLine(id);
          button.setAttribute('aria-pressed', String(shown));
          if (note) note.hidden = !shown;
        })
        .catch(fail);
    });
  }
  root
    .querySelector<HTMLButtonElement>('button[data-map-show-all]')
    ?.addEventListener('click', () => {
      load()
        .then((map) => map.showAll())
        .catch(fail);
    });
}

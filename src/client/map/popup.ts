import { MAP_TEXT_EN, popupModel, type MapIsland, type MapText } from '../../lib/map/map-data.ts';
import type { NamingChoice } from '../../lib/names.ts';

/**
 * The content of an island's popup: its name in the reader's naming choice, its first sourced
 * area with the source's publisher, and a link to its page, in the words of the page's language. A non-modal dialog: focus moves into
 * it when it opens, and Escape closes it.
 */
export function renderPopup(
  island: MapIsland,
  choice: NamingChoice,
  text: MapText = MAP_TEXT_EN,
): HTMLElement {
  const model = popupModel(island, choice, text);
  const container = document.createElement('div');
  container.className = 'map-popup';
  container.tabIndex = -1;
  container.setAttribute('role', 'dialog');
  container.setAttribute('aria-label', model.title);
  container.dataset.island = island.id;

  const title = document.createElement('p');
  title.className = 'map-popup__title';
  title.textContent = model.title;
  container.append(title);

  if (model.areaText !== null) {
    const area = document.createElement('p');
    area.append(`${model.areaText}`);
    if (model.source) {
      const source = document.createElement('a');
      source.href = model.source.href;
      source.textContent = model.source.name;
      area.append(text.sourceOpen, source, text.sourceClose);
    }
    container.append(area);
  }
  if (model.otherFiguresText !== null) {
    const other = document.createElement('p');
    other.className = 'map-popup__note';
    other.textContent = model.otherFiguresText;
    container.append(other);
  }

  const link = document.createElement('a');
  link.className = 'map-popup__link';
  link.href = model.link.href;
  link.textContent = model.link.text;
  const linkLine = document.createElement('p');
  linkLine.append(link);
  container.append(linkLine);
  return container;
}

// /map/'s border states with JavaScript: a radio group (arrow keys move within it, Tab leaves it)
// shows one state's map, caption, holdings and sources at a time, and puts the choice in the
// address (?year=1875) so it can be linked. Without JavaScript the group stays hidden and every
// state is listed in order, which is also the text equivalent of the maps.
import { searchForState, stateFromAddress } from '../lib/map/border-address.ts';

export function enableBorderStates(root: Document = document): void {
  const list = root.querySelector<HTMLElement>('[data-border-states]');
  const control = root.querySelector<HTMLFieldSetElement>('[data-border-control]');
  if (!list || !control) return;
  const items = [...list.querySelectorAll<HTMLElement>('[data-border-state]')];
  const ids = items.map((item) => item.dataset.borderState ?? '');
  const radios = [...control.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  if (ids.length === 0 || radios.length !== ids.length) return;

  const show = (id: string) => {
    for (const item of items) item.hidden = item.dataset.borderState !== id;
    for (const radio of radios) radio.checked = radio.value === id;
  };
  control.hidden = false;
  list.classList.add('border-states__list--one');

  const fromAddress = () => stateFromAddress(location.search, location.hash, ids);
  const initial = fromAddress();
  // Today's line unless the address names another state.
  show(initial ?? ids[ids.length - 1]!);
  // A link to #border-1875 scrolled before the other states were hidden: scroll to it again.
  if (initial && location.hash) root.getElementById(location.hash.slice(1))?.scrollIntoView();

  for (const radio of radios) {
    radio.addEventListener('change', () => {
      if (!radio.checked) return;
      show(radio.value);
      // The anchor would name another state than the one chosen: the address keeps the year only.
      history.replaceState(
        null,
        '',
        `${location.pathname}${searchForState(location.search, radio.value)}`,
      );
    });
  }
  window.addEventListener('hashchange', () => {
    const id = fromAddress();
    if (id) show(id);
  });
}

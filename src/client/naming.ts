// The reader's naming choice, kept in localStorage and on <html data-naming>. The head script in
// the base layout applies it before the first paint; this module changes it.
import { parseNamingChoice, NAMING_STORAGE_KEY, type NamingChoice } from '../lib/naming-choice.ts';

/** The choice in force on this page. */
export function readNamingChoice(): NamingChoice {
  return parseNamingChoice(document.documentElement.dataset.naming);
}

/** Applies and remembers a choice; the map and anything else listen for `naming-change`. */
export function applyNamingChoice(value: string): void {
  const choice = parseNamingChoice(value);
  const root = document.documentElement;
  if (choice === 'both') delete root.dataset.naming;
  else root.dataset.naming = choice;
  try {
    localStorage.setItem(NAMING_STORAGE_KEY, choice);
  } catch {
    // Storage can be off (private modes); the choice then lasts for this page only.
  }
  document.dispatchEvent(new CustomEvent<NamingChoice>('naming-change', { detail: choice }));
}

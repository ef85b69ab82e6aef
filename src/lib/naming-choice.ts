import type { NamingChoice } from './names.ts';

export type { NamingChoice };

/** The localStorage key the choice is kept under. */
export const NAMING_STORAGE_KEY = 'four-islands:naming';

/** Reads a stored or submitted value; anything unknown means the default, both names. */
export function parseNamingChoice(value: unknown): NamingChoice {
  return value === 'japanese' || value === 'russian' ? value : 'both';
}

/**
 * The script that runs in <head> before the page paints: marks the page as scripted (so the
 * control shows) and applies the stored choice (so names never change after they appear).
 */
export const NAMING_HEAD_SCRIPT = `(function(){var d=document.documentElement;d.setAttribute('data-js','');try{var n=localStorage.getItem(${JSON.stringify(NAMING_STORAGE_KEY)});if(n==='japanese'||n==='russian')d.setAttribute('data-naming',n)}catch(e){}})();`;

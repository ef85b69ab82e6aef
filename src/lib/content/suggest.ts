import { closest, distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `word`, if it is close enough to be a plausible typo (at most a third of
 * the word's letters differ). Used for "did you mean" hints on field names and ids.
 */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  if (list.length === 0) return undefined;
  const best = closest(word, list);
  const limit = Math.max(2, Math.floor(word.length / 3));
  return distance(word, best) <= limit ? best : undefined;
}

/** ` — did you mean "x"?` or nothing. */
export function didYouMean(word: string, candidates: Iterable<string>, quote = '"'): string {
  const match = suggest(word, candidates);
  return match ? ` — did you mean ${quote}${match}${quote}?` : '';
}

/**
 * Which border state an address asks for on /map/, and the address of a state, so a reader can
 * link to the border of 1875 and get it: `?year=1875`, or the state's own anchor `#border-1875`
 * (which the timeline and island pages link to, and which works without JavaScript too).
 */

/** The query parameter that names a state. */
export const YEAR_PARAM = 'year';

/** The state an address names, among `ids` (the fact file's order); undefined when it names none. */
export function stateFromAddress(
  search: string,
  hash: string,
  ids: readonly string[],
): string | undefined {
  const fromAnchor = /^#border-(.+)$/.exec(hash)?.[1];
  if (fromAnchor && ids.includes(fromAnchor)) return fromAnchor;
  const year = new URLSearchParams(search).get(YEAR_PARAM)?.trim().toLowerCase();
  if (!year) return undefined;
  return ids.find((id) => id.toLowerCase() === year);
}

/** The query string that names `id`, keeping the address's other parameters. */
export function searchForState(search: string, id: string): string {
  const params = new URLSearchParams(search);
  params.set(YEAR_PARAM, id);
  return `?${params.toString()}`;
}

// The ids a map puts in its page, shared by the map component and the route table so that links to
// a map's heading or line note are checked against the ids the page really has.

/**
 * The border state whose lines every map can switch on (the toggle under the map): the 1855 line
 * between Etorofu and Urup. Its lines live in content/facts/borders.yaml.
 */
export const TOGGLE_BORDER_STATE = '1855';

/** The ids of the lines the maps' toggle draws: those of the toggle's border state, if it exists. */
export function mapLineIds(facts: {
  borders: readonly { id: string; lines: readonly { id: string }[] }[];
}): string[] {
  const state = facts.borders.find((border) => border.id === TOGGLE_BORDER_STATE);
  return state === undefined ? [] : state.lines.map((line) => line.id);
}

/** A map's heading id, from its label, so two maps on one page (with different labels) never share one. */
export function mapHeadingId(label: string): string {
  return `island-map-${label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

/** The id of a line's note under a map. */
export const mapLineNoteId = (label: string, lineId: string) => `${mapHeadingId(label)}-${lineId}`;

/** Every id a map puts in the page: its heading (when shown) and one note per line. */
export function mapAnchorIds(
  label: string,
  withHeading: boolean,
  lineIds: readonly string[],
): string[] {
  return [
    ...(withHeading ? [mapHeadingId(label)] : []),
    ...lineIds.map((lineId) => mapLineNoteId(label, lineId)),
  ];
}

// The ids a map puts in its page, shared by the map component and the route table so that links to
// a map's heading or line note are checked against the ids the page really has.

/**
 * The 1855 border, which the Treaty of Shimoda drew "between Etorofu and Uruppu (Urup)": a
 * schematic line across the strait between those two outlines, credited to the treaty itself.
 */
export const SHIMODA_BORDER = {
  id: 'shimoda-1855',
  label: '1855 border (schematic)',
  event: 'treaty-of-shimoda-1855',
  source: 'treaty-of-shimoda-1855',
  island: 'etorofu',
  /** The context outline on the other side (outlines.ts names Urup by an anchor point). */
  neighbour: 'Urup',
  lengthKm: 50,
} as const;

/** The ids of the schematic lines the maps draw: a line is drawn when its event and source exist. */
export function mapLineIds(facts: {
  events: readonly { id: string }[];
  sources: readonly { id: string }[];
}): string[] {
  const drawn =
    facts.events.some((event) => event.id === SHIMODA_BORDER.event) &&
    facts.sources.some((source) => source.id === SHIMODA_BORDER.source);
  return drawn ? [SHIMODA_BORDER.id] : [];
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

/** The words of map (see src/i18n/ui.ts): the map page, the island maps and the border states. */
export const map = {
  /**
   * The maps' names, read by screen readers (and shown as headings where a page asks). A map's
   * ids are derived from its English name (src/lib/map/map-ids.ts), the same in every language.
   */
  labels: {
    fourIslands: 'Map of the four islands',
    onTheMap: 'On the map',
    withHokkaido: 'Map of the four islands and eastern Hokkaido',
  },
  /** The map page (/map/). */
  page: {
    title: 'Map',
    description:
      "A map of the four disputed islands off Hokkaido, with both countries' names, each island's area and a link to its page.",
    heading: 'Map of the four islands',
    lede: 'The four islands lie in a chain between the Sea of Okhotsk and the Pacific Ocean, off the eastern tip of Hokkaido. Select an island for its names, its area and a link to its page.',
    islandsHeading: 'The islands',
    /** After an island's name in the list: ", islet group". */
    kindAfterName: (kind: string) => `, ${kind}`,
    kinds: { island: 'island', 'islet-group': 'islet group' },
    recordTitle: 'Map of the four islands',
  },
  /** The buttons under every map (shown once its script runs). */
  controls: {
    groupLabel: 'Show an island on the map',
    showAll: 'Show all',
  },
  /** The note under a line's toggle: "Schematic: Treaty of Shimoda (7 February 1855). … Sources: …". */
  lineNote: {
    schematic: 'Schematic: ',
    dateOpen: ' (',
    dateClose: ')',
    /** Between the event (and its date) and the line's note. */
    afterEvent: '. ',
    afterNote: ' ',
    sources: (count: number): string => (count > 1 ? 'Sources: ' : 'Source: '),
    listSeparator: ', ',
    beforeLink: '. ',
    end: '.',
    borderThroughTime: 'The border through time',
  },
  /** The line under every map. */
  caption: {
    outlines: 'Outlines: ',
    publicDomain: ' (public domain). Web Mercator, north up. ',
    hint: 'Select an island to open its page.',
  },
  /** The places the map names besides the islands, under each naming choice (src/lib/map/places.ts). */
  places: {
    hokkaido: 'Hokkaido',
    urup: { both: 'Uruppu (Urup)', japanese: 'Uruppu', russian: 'Urup' },
    seaOfOkhotsk: 'Sea of Okhotsk',
    pacificOcean: 'Pacific Ocean',
    capeNosappu: 'Cape Nosappu',
  },
  /**
   * The interactive map's words (src/client/map/), which the browser reads from the page: strings
   * only, `{name}`, `{area}` and `{count}` filled in by the script.
   */
  client: {
    /** An island's popup. */
    area: 'Area: {area}',
    sourceOpen: ' (source: ',
    sourceClose: ')',
    otherFigure: 'Another source gives a different figure: see the island page.',
    otherFigures: '{count} other sources give different figures: see the island page.',
    about: 'About {name}',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
  },
  /** An area as the popup shows it: digits grouped, square kilometres. */
  areaUnit: 'km²',
  /** The border through time (/map/#borders), without JavaScript one map per state. */
  borders: {
    heading: 'The border through time',
    intro:
      'Each map shows the line after one treaty or event. Land that changed hands is shaded by who held it: red for Japan, blue for Russia or the Soviet Union; land left plain was either not divided by any border or never changed hands (Hokkaido, Kamchatka). Lines drawn across a strait are schematic: they show which side each shore lay on, not a surveyed course.',
    control: 'Show the border',
    stateHeading: (label: string, title: string) => `${label}: ${title}`,
    mapLabel: (label: string, title: string) => `Map of the border, ${label}: ${title}`,
    fromTimeline: ' From the timeline: ',
    dateOpen: ' (',
    dateClose: ').',
    whoHeldWhat: 'Who held what',
    linesOnMap: 'Lines on this map',
    /** A line in the list: "(border agreed by treaty, schematic)". */
    lineKind: (kind: string, schematic: boolean) =>
      ` (${kind.toLowerCase()}${schematic ? ', schematic' : ''}). `,
    afterNote: ' ',
    sources: (count: number): string => (count > 1 ? 'Sources: ' : 'Source: '),
    stateSources: 'Sources for this state: ',
    listSeparator: ', ',
    end: '.',
    /** What a line's kind is called in the key. */
    lineKinds: {
      border: 'Border agreed by treaty',
      control: 'Line of control',
      claim: 'Limit of a claim',
      proposal: 'Proposed border',
    },
    /** Land beyond the four islands (schemas/border.ts's regions). */
    regions: {
      'northern-kurils': 'Urup and the Kuril Islands north of it',
      'southern-sakhalin': 'Sakhalin south of the 50th parallel',
      'northern-sakhalin': 'Sakhalin north of the 50th parallel',
    },
    /** The parties as the holdings name them: "held by the Soviet Union". */
    parties: {
      japan: 'Japan',
      russia: 'Russia',
      'soviet-union': 'the Soviet Union',
      'united-states': 'the United States',
      'united-kingdom': 'the United Kingdom',
      international: 'International',
    },
    heldBy: (party: string) => `held by ${party}`,
    claimedBy: (parties: readonly string[]) => `claimed by ${parties.join(' and ')}`,
    statusSeparator: ', ',
    notDivided: 'not divided by any border',
    /** "Etorofu, Kunashiri and Shikotan": names joined for a sentence. */
    joinNames: (names: readonly string[]) =>
      names.length <= 1
        ? names.join('')
        : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`,
    /** One holding: "Etorofu and Kunashiri: held by Japan." and the holding's note. */
    holding: (places: string, status: string, note: string | undefined) =>
      `${places}: ${status}.${note ? ` ${note}` : ''}`,
  },
};

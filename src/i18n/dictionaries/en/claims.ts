/** The words of the claims page and of each party's position (see src/i18n/ui.ts). */
export const claims = {
  /** The page's title, heading and citation title; also the name of its list of positions. */
  title: 'Claims',
  description:
    "The questions Japan and Russia answer differently, each with both governments' positions side by side in their own terms and the sources that state them.",
  lede: 'The questions at the heart of the dispute, each with the positions the governments take, side by side and in terms each would recognise, with the sources that state them. The site reports these positions and takes none of them as its own.',
  /** The index of questions at the top of the page. */
  questionsHeading: 'Questions',
  /** Before a claim's background; `afterLabel` separates it from the text. */
  backgroundLabel: 'Background.',
  afterLabel: ' ',
  islandsConcerned: 'Islands concerned',
  eventsItTurnsOn: 'Events it turns on',
  /** The page record's note on citing one claim. */
  entryNote:
    'To cite a single point in dispute, give the address its question links to in the list at the top of this page (this page’s address followed by #claim- and its id) in place of this page’s.',
  /** A party's name as a heading or label (partyName in src/lib/parties.ts). */
  parties: {
    japan: 'Japan',
    russia: 'Russia',
    'soviet-union': 'Soviet Union',
    'united-states': 'United States',
    'united-kingdom': 'United Kingdom',
    international: 'International',
  },
  /**
   * A party's name as it follows "the government of" (governmentOf in src/lib/parties.ts): the
   * same as its name in English and Japanese, the genitive in Russian.
   */
  governmentOf: {
    japan: 'Japan',
    russia: 'Russia',
    'soviet-union': 'Soviet Union',
    'united-states': 'United States',
    'united-kingdom': 'United Kingdom',
    international: 'International',
  },
  /** A position card (src/components/PositionCard.astro). */
  position: {
    inItsOwnWords: 'In its own words',
    /** Who said a government's wording and when: "Toshimitsu Motegi, 3 July 2020". */
    attribution: (speaker: string, date: string) => `${speaker}, ${date}`,
    /** The attribution as its line ends: "Toshimitsu Motegi, 3 July 2020." */
    attributionLine: (attribution: string) => `${attribution}.`,
    /** Before the source the wording is quoted from (with its space). */
    quotedFrom: 'Quoted from ',
    /** Before the position's other sources (with its spaces). */
    also: '; also ',
  },
};

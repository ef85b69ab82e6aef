/** The words of the frame around every page: header, navigation, footer, place-name control. */
export const shell = {
  siteName: 'Four Islands',
  /** For the header and the home page's title (a title over 70 characters is cut off). */
  shortTagline: 'Japan, Russia and the disputed islands',
  /** One sentence for search results and link previews, where a page has none of its own. */
  description:
    'A neutral, sourced explainer on the dispute between Japan and Russia over the islands Japan calls the Northern Territories and Russia counts among the southern Kurils.',
  skipLink: 'Skip to content',
  menu: 'Menu',
  mainNavLabel: 'Main',
  nav: {
    home: 'Home',
    articles: 'Articles',
    islands: 'Islands',
    map: 'Map',
    timeline: 'Timeline',
    claims: 'Claims',
    actors: 'Actors',
    quotes: 'Quotes',
    sources: 'Sources',
    about: 'About',
    search: 'Search',
  },
  /** The legend of the place-name control; it is not a language switch. */
  placeNames: 'Place names',
  namingChoices: { japanese: 'Japanese', russian: 'Russian', both: 'both' },
  /** The label of the language switcher's list of links. */
  languageLabel: 'Language',
  /** The card image's text alternative, after the page's title. */
  previewAlt: (title: string) =>
    `${title}: a card with the page's title and a map of the four islands`,
  feeds: { articles: 'Articles', timeline: 'Timeline events', corrections: 'Corrections' },
  /** The feeds' own words, as a feed reader shows them (the articles feed uses `description`). */
  feed: {
    timeline: (siteName: string) =>
      `The events of the dispute on the ${siteName} timeline, latest first, each with its sources on the site.`,
    corrections: (siteName: string) =>
      `Every correction made to ${siteName}: what a page said that was wrong, and what it says now.`,
    correctionTitle: (title: string) => `Correction: ${title}`,
    /** An article not yet translated into the feed's language, listed with its English title. */
    inEnglish: (title: string) => title,
  },
  footer: {
    neutrality: (siteName: string) =>
      `${siteName} reports the positions of both governments and takes none. Every fact names its source;`,
    seeHow: 'see',
    howThisSiteWorks: 'how this site works',
    dataBehind: 'The data behind this page',
    asCsvJson: ', as CSV and JSON.',
    corrections: 'Corrections',
    feedsLabel: 'Feeds (RSS):',
    textAndData: 'Text and data:',
    code: (licence: string) => `Code: ${licence} licence.`,
    sourceCode: 'Source code',
    /** Between the footer's sentences and before its links, and at the end of each sentence. */
    space: ' ',
    end: '.',
    /** After the link to the about page, ending its sentence. */
    afterHowThisSiteWorks: '.',
    /** Between the feeds' links. */
    listSeparator: ', ',
  },
};

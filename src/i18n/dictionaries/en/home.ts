/** The words of the home page. */
export const home = {
  /** The page's title for the layout (the home page's browser title is the site's tagline). */
  title: 'Home',
  /** The introduction beside the map. */
  eyebrow: 'An explainer with sources',
  heading: 'Four islands, two names for each, and no peace treaty',
  lede: 'Off the north-eastern tip of Hokkaido lie four islands that Russia governs and Japan claims: Etorofu (Iturup), Kunashiri (Kunashir), Shikotan and the Habomai islet group.',
  /**
   * The history paragraph, split around the two native names the page prints in spans:
   * historyStart <ja>北方領土</ja> historyMiddle <ru>russianName</ru> historyEnd. A language that
   * writes the Russian name in its own words leaves `russianName` empty (no span is printed).
   */
  historyStart:
    "Soviet forces took the islands in the last weeks of the Second World War, and their Japanese residents left or were removed in the years that followed. Moscow holds that the islands passed to it lawfully at the end of the war and are now part of Russia's sovereign territory. Tokyo holds that they are Japanese land occupied without a legal basis. Japan calls them the Northern Territories (",
  historyMiddle: ', Hoppō Ryōdo); Russia counts them among the Kuril Islands (',
  russianName: 'Курильские острова',
  historyEnd: ').',
  treaty:
    "The two countries have never signed a peace treaty for the Second World War, and each ties the treaty to its own reading of the islands' status. Negotiations have started and stalled many times, from the Joint Declaration of 1956 to the summits between Shinzo Abe and Vladimir Putin, and Russia suspended the peace-treaty talks in 2022.",
  /** The method paragraph, followed by its link to the about page: method <a>howItWorks</a>methodEnd. */
  method:
    "This site sets out what happened, when, and who said what, with both countries' names for every place and a source behind every fact. It reports each government's position in its own terms and takes neither as its own voice. ",
  howItWorks: 'How this site works',
  methodEnd: '.',
  /** The key figures: figuresNote <a>figuresLink</a>figuresEnd. */
  figuresHeading: 'The islands in figures',
  figuresNote:
    'Where sources give different figures, each is shown with its source. More on each island in ',
  figuresLink: 'the islands',
  figuresEnd: '.',
  /** The latest articles and events. */
  articlesHeading: 'Articles',
  allArticles: 'All articles',
  eventsHeading: 'Recent events',
  wholeTimeline: 'The whole timeline, from 1855',
  /** The list of claims. */
  claimsHeading: 'The points in dispute',
  claimsIntro: "Each side's position, in its own terms and with its sources, side by side.",
};

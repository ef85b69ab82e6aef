/**
 * The words of the page served at any missing address. It is one page for every language: it
 * prints its message in each language, English first (src/pages/404.astro).
 */
export const notFound = {
  /** Title and description for the layout (English only: the page has one head). */
  title: 'Page not found',
  description: 'This address does not lead to a page of the explainer.',
  heading: 'Page not found',
  lede: 'There is no page at this address. It may have moved, or the link may have a typo.',
  /** The list of pages to go on to. */
  mayHelp: 'These may help:',
  searchLink: 'Search the site',
  articlesLink: 'All articles',
  islandsLink: 'The four islands',
  timelineLink: 'The timeline of events',
  homeLink: 'The home page',
  /** When the build knows where reports go: report <a>reportLink</a>reportEnd. */
  report: 'If a link on this site brought you here, please ',
  reportLink: 'report it',
  reportEnd: '.',
};

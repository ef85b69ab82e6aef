/** The words of the about page: the site's method and policies. */
export const about = {
  /** Title and description for the layout, the record and the structured data. */
  title: 'About this site',
  description:
    'How the explainer is written: its sources policy, why every place has two names, how to report an error, and its licences.',
  /** What the page record says when the build has no history of this page's file. */
  fallbackLabel: 'the day the site was built',
  lede: 'A reference on the Japan–Russia dispute over four islands, written to be read by people on either side of it and by everyone else.',
  /** The sections, each a heading and its paragraph. */
  methodHeading: 'Method',
  method:
    "The site is built from a fact file: islands, dated events, people and institutions, quotes and sources, each entry checked by the build before anything is published. Articles are written in our own words from those facts. Where sources disagree, on an island's area or on the date of an event, every sourced value is kept and shown, rather than one being picked silently.",
  sourcesHeading: 'Sources policy',
  sources:
    'Every fact a reader could doubt names its source. Quotations are verbatim, with the speaker, the date and where they were published. A web address is given only when it is known; a source without one is still named by title, publisher and date.',
  namesHeading: 'Naming policy',
  names:
    'Each island has a Japanese and a Russian name, and the choice of name is itself part of the dispute. The site shows both by default, Japanese first and Russian in brackets, such as Etorofu (Iturup); a reader can choose to see only one set. Japan calls the four islands the Northern Territories (北方領土, Hoppō Ryōdo); Russia counts them among the Kuril Islands (Курильские острова), with Shikotan and the Habomai islets forming the Lesser Kuril Chain (Малая Курильская гряда). The site uses "the islands" or "the disputed islands" in its own voice.',
  /**
   * Reporting an error: report, then (when the build knows where reports go) <a>reportLink</a>,
   * reportInRepository when reports go to the site's repository, reportEnd; then correctionsText.
   * The spaces between sentences and parts are part of the strings.
   */
  reportHeading: 'Reporting an error',
  report:
    'If a fact, a date, a name or a quotation is wrong, please report it with the page address and, if you can, a source that shows the right value. ',
  reportLink: 'Report an error',
  reportInRepository:
    " as an issue in the site's repository, or propose the correction there directly: the fact file is plain text, and the guide for editors explains it",
  reportEnd: '.',
  correctionsText:
    ' Corrections are made in the fact file, so they reach every page that uses the fact at once.',
  /** Licence: licence <a>dataLink</a>licenceEnd. */
  licenceHeading: 'Licence and attributions',
  licence:
    'Text and data are published under the Creative Commons Attribution 4.0 licence; the code under the MIT licence. Island outlines come from Natural Earth, whose data is in the public domain. The fact file can be downloaded whole, as JSON, CSV and GeoJSON, from the ',
  dataLink: 'open data page',
  licenceEnd: ', which says how to cite it.',
};

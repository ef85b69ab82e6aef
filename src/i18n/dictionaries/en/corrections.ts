/** The words of the corrections page. */
export const corrections = {
  /** Title and description for the layout, the record and the structured data. */
  title: 'Corrections',
  description:
    'Every correction made to the site: what an article or fact entry said that was wrong, what it says now, and when it changed.',
  heading: 'Corrections',
  /** The introduction, around the link to the feed: lede <a>feed</a>ledeEnd. */
  lede: 'When a page said something wrong, the fix is recorded here and on the page itself: the day, what it said, and what it says now. Rewording and additions are not listed. Newest first; also as a ',
  feed: 'corrections feed (RSS)',
  ledeEnd: '.',
  none: 'No corrections have been recorded.',
  /** Each correction: its date, then kind, kindSeparator and the corrected page's title. */
  kinds: {
    article: 'Article',
    event: 'Timeline event',
    island: 'Island',
    actor: 'Actor',
  },
  kindSeparator: ': ',
  wrong: 'What it said:',
  changed: 'What changed:',
};

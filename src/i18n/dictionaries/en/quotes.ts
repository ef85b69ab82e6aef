/** The words of the quotes page and of every quote card (see src/i18n/ui.ts). */
export const quotes = {
  /** The page's title, heading and citation title; also the name of its list of quotations. */
  title: 'Quotes',
  description:
    'Every quotation on the site, word for word as its source prints it, grouped by speaker, with its date, context and source.',
  lede: 'Every quotation on the site, word for word as its source prints it, with who said it, when, on what occasion and where it was published. An ellipsis (…) marks words that are part of a longer sentence.',
  /** The index of speakers at the top of the page. */
  speakersHeading: 'Speakers',
  /** After a speaker's name in the index: "(3 quotes)". */
  count: (count: number) => `(${count} ${count === 1 ? 'quote' : 'quotes'})`,
  /** The page record's note on citing one quote. */
  entryNote:
    'To cite a single quote, give the address its “Link” leads to (this page’s address followed by #quote- and the quote’s id) in place of this page’s.',
  /** A quote card (src/components/QuoteCard.astro). */
  card: {
    /** Over the words first said in another language: "Original (Japanese)". */
    original: (language: string) => `Original (${language})`,
    /** Before the source of the original words, where it differs from the quote's (with its space). */
    originalWords: 'Original words: ',
    /** Between the speaker's name and the date ("Sergei Lavrov, 12 February 2026"). */
    afterSpeaker: ', ',
    /** Before the quote's source and its event (with their spaces). */
    source: 'Source: ',
    event: 'Event: ',
    /** The permalink's visible text. */
    link: 'Link',
    /** What the permalink's hidden text adds for a screen reader, after "Link". */
    linkHidden: (speaker: string, date: string) => ` to this quote by ${speaker}, ${date}`,
  },
  /**
   * The line that says whose English a translated quote is (translationLine in src/lib/quotes.ts):
   * "English: official translation by the government of Japan (provisional translation)."
   */
  translation: {
    line: (who: string, note: string | undefined) => `English: ${who}${note ? ` (${note})` : ''}.`,
    /** `government` as governmentOf in the claims words gives it ("Japan"). */
    official: (government: string | undefined) =>
      `official translation${government ? ` by the government of ${government}` : ''}`,
    /** `language` as languageName gives it ("Russian"), when the original's language is known. */
    source: (language: string | undefined) =>
      `as the source translates it${language ? ` from the ${language}` : ''}`,
    site: (language: string | undefined) =>
      `translated for this site${language ? ` from the ${language}` : ''}`,
  },
};

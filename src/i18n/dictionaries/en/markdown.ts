/** The words the article renderer adds to an article's body: quote blocks and the notes' list. */
export const markdown = {
  /** The heading of an article's footnotes, its citations. */
  footnotesHeading: 'Notes and sources',
  /** A footnote back-link's accessible name (WCAG 2.5.3: it contains the visible number). */
  backToReference: (reference: number) => `Back to reference ${reference}`,
  backToReferenceUse: (reference: number, use: number) =>
    `Back to reference ${reference}, use ${use}`,
  /** In a quote block on a translated page: the words as the source published them. */
  asPublished: (language: string) => `As published (${language}): `,
  /** In a quote block on a translated page: this site's own translation of them. */
  siteTranslation: 'Translation by this site: ',
  languageNames: { en: 'English', ja: 'Japanese', ru: 'Russian' } as Record<string, string>,
  source: ' Source: ',
  link: 'Link',
  linkToQuote: (speaker: string, date: string) => ` to this quote by ${speaker}, ${date}`,
};

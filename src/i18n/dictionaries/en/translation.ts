/** What a page says about its own translation: made from the original, older, or missing. */
export const translation = {
  /** On a translated article: the link to the English page it was translated from. */
  translatedFrom: 'Translated from the',
  englishOriginal: 'English original',
  /** Between a notice's words and its link, and after the link. */
  beforeLink: ' ',
  end: '.',
  /** On a translation made from an earlier version of the English article. */
  olderThanOriginal:
    'This translation is older than the English page: the original has changed since it was translated.',
  readOriginal: 'Read the current English version',
  /** On an article with no translation in this language: its English text is shown. */
  notTranslated:
    'This article has not been translated into this language yet; it is shown in English.',
  /** On pages of a language whose facts have no translation yet. */
  factsInEnglish:
    'The facts on this page have not been translated into this language yet and are shown in English.',
  /** On the sources page in another language: the notes stay in English. */
  sourceNotesInEnglish:
    'Notes on sources are written in English: they record how each copy was found and read, for the editors as much as for readers.',
};

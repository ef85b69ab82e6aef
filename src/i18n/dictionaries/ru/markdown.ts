import type { markdown as English } from '../en/markdown.ts';

export const markdown: typeof English = {
  footnotesHeading: 'Примечания и источники',
  backToReference: (reference) => `Назад к ссылке ${reference}`,
  backToReferenceUse: (reference, use) => `Назад к ссылке ${reference}, упоминание ${use}`,
  asPublished: (language) => `В опубликованном виде (${language}): `,
  siteTranslation: 'Перевод этого сайта: ',
  languageNames: { en: 'английский', ja: 'японский', ru: 'русский' },
  source: ' Источник: ',
  link: 'Ссылка',
  linkToQuote: (speaker, date) => ` на эту цитату: ${speaker}, ${date}`,
};

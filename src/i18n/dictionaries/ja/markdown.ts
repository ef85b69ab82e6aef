import type { markdown as English } from '../en/markdown.ts';

export const markdown: typeof English = {
  footnotesHeading: '注と出典',
  backToReference: (reference) => `本文の参照箇所${reference}に戻る`,
  backToReferenceUse: (reference, use) => `本文の参照箇所${reference}に戻る、${use}回目`,
  asPublished: (language) => `発表時の原文（${language}）：`,
  siteTranslation: '当サイトによる訳：',
  languageNames: { en: '英語', ja: '日本語', ru: 'ロシア語' },
  source: ' 出典：',
  link: 'リンク',
  linkToQuote: (speaker, date) => `（${speaker}の発言、${date}）`,
};

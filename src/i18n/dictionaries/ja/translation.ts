import type { translation as English } from '../en/translation.ts';

export const translation: typeof English = {
  translatedFrom: 'この記事は次の原文を翻訳したものである：',
  englishOriginal: '英語の原文',
  beforeLink: '',
  end: '。',
  olderThanOriginal: 'この翻訳は英語版より古い。翻訳の後に原文が更新されている。',
  readOriginal: '最新の英語版を読む',
  notTranslated: 'この記事はまだ日本語に翻訳されていないため、英語で表示している。',
  factsInEnglish:
    'このページの事実（出来事、人物、発言など）はまだ日本語に翻訳されていないため、英語で表示している。',
  sourceNotesInEnglish:
    '出典の注記は英語で記している。各写しをどのように見つけ、閲覧したかの記録であり、読者だけでなく編集者のための情報でもあるためである。',
};

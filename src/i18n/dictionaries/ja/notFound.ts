import type { notFound as English } from '../en/notFound.ts';

export const notFound: typeof English = {
  title: 'ページが見つからない',
  description: 'このアドレスには、この解説のページがない。',
  heading: 'ページが見つからない',
  lede: 'このアドレスにはページがない。ページが移動したか、リンクに誤りがある可能性がある。',
  mayHelp: '次のページが役に立つかもしれない：',
  searchLink: 'サイト内を検索',
  articlesLink: 'すべての記事',
  islandsLink: '4つの島',
  timelineLink: '出来事の年表',
  homeLink: 'ホーム',
  report: 'このサイト内のリンクからここに来た場合は、',
  reportLink: '報告してほしい',
  reportEnd: '。',
};

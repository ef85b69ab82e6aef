import type { sources as English } from '../en/sources.ts';

export const sources: typeof English = {
  title: '出典',
  description:
    '文献一覧。サイトの事実と発言の典拠となった報道、政府文書、条約、参考資料、データセットのすべてを、それぞれを引用している箇所とともに示す。',
  lede: 'サイトの事実・発言・記事の典拠となったすべての文書を、種類別に示す。各項目には、サイト内でそれを引用している箇所と、各アドレスの写しを本サイトが閲覧した日を記す。題名を本サイトで付けた場合、日付が記録されていない場合、文書の写しが見つからなかった場合は、項目の注記にその旨を記す。',
  kindIndexLabel: '出典の種類',
  kindCount: (count) => `（${count}）`,
  kinds: {
    news: '報道',
    government: '政府文書',
    treaty: '条約・協定',
    reference: '参考資料',
    dataset: 'データセット',
    book: '書籍',
    academic: '学術文献',
  },
  entry: {
    undated: '日付なし',
    externalSite: '（外部サイト）',
    accessed: (date) => `${date}閲覧`,
  },
  list: {
    label: () => '出典：',
    separator: '、',
  },
  citedBy: {
    none: 'まだどの項目からも引用されていない。',
    heading: '引用箇所',
    pages: 'ページ',
    islands: '島',
    actors: '人物・組織',
    borders: '国境の変遷',
    events: '出来事',
    quotes: '発言',
    claims: '争点',
    articles: '記事',
    borderState: (label, title) => `${label}：${title}`,
    quote: (speaker, words) => `${speaker}：${words}`,
    mapPages: '地図と各島のページの地図（島の輪郭）',
  },
};

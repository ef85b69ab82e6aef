import type { articles as English } from '../en/articles.ts';

export const articles: typeof English = {
  tagNames: {
    diplomacy: '外交',
    economy: '経済',
    geography: '地理',
    history: '歴史',
    japan: '日本',
    overview: '概観',
    positions: '立場',
    recent: '最近',
    russia: 'ロシア',
    treaties: '条約',
  },
  title: '記事',
  description:
    '日露間の島をめぐる係争についての解説記事。いずれも出典を示し、両国政府の立場を伝える。',
  lede: '平易な言葉による解説。両国政府の立場が異なる点ではその両方を示し、出典を番号付きの注で挙げている。',
  published: '公開：',
  updated: '更新：',
  minRead: (minutes) => `約${minutes}分で読める`,
  draft: '下書き',
  draftNotPublished: '下書き（未公開）',
  onThisPage: '目次',
  related: {
    heading: '関連項目',
    islands: '島々',
    actors: '人物・組織',
    events: '出来事',
    sources: '出典',
  },
};

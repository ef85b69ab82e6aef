import type { shell as English } from '../en/shell.ts';

export const shell: typeof English = {
  siteName: 'Four Islands',
  shortTagline: '日本、ロシアと係争中の島々',
  description:
    '日本が「北方領土」と呼び、ロシアが南クリル諸島の一部とみなす島々をめぐる日露間の係争を、出典とともに中立の立場で解説する。',
  skipLink: '本文へ移動',
  menu: 'メニュー',
  mainNavLabel: 'メイン',
  nav: {
    home: 'ホーム',
    articles: '記事',
    islands: '島々',
    map: '地図',
    timeline: '年表',
    claims: '争点',
    actors: '人物・組織',
    quotes: '発言',
    sources: '出典',
    about: 'このサイトについて',
    search: '検索',
  },
  placeNames: '地名の表記',
  namingChoices: { japanese: '日本側', russian: 'ロシア側', both: '両方' },
  languageLabel: '言語',
  previewAlt: (title) => `${title}：ページの題名と4島の地図を載せたカード`,
  feeds: { articles: '記事', timeline: '年表の出来事', corrections: '訂正' },
  feed: {
    timeline: (siteName) =>
      `${siteName}の年表に載せた係争の出来事。新しい順に並べ、それぞれにサイト上の出典を示す。`,
    corrections: (siteName) =>
      `${siteName}で行ったすべての訂正。ページの誤っていた記述と、訂正後の記述を示す。`,
    correctionTitle: (title) => `訂正：${title}`,
    inEnglish: (title) => `${title}（未翻訳・英語版）`,
  },
  footer: {
    neutrality: (siteName) =>
      `${siteName}は両国政府の立場を伝え、いずれの側にも立たない。すべての事実に出典を示している。`,
    seeHow: '詳しくは',
    howThisSiteWorks: 'このサイトの作り方',
    dataBehind: 'このページのデータ',
    asCsvJson: '（CSV・JSON形式）。',
    corrections: '訂正',
    feedsLabel: 'フィード（RSS）：',
    textAndData: '本文とデータ：',
    code: (licence) => `コード：${licence}ライセンス。`,
    sourceCode: 'ソースコード',
    space: '',
    end: '。',
    afterHowThisSiteWorks: 'を参照。',
    listSeparator: '、',
  },
};

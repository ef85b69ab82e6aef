import type { timeline as English } from '../en/timeline.ts';

export const timeline: typeof English = {
  title: '年表',
  periods: {
    'treaties-and-borders': '条約と国境',
    'war-and-occupation': '戦争と占領',
    'peace-treaty-and-joint-declaration': '平和条約と共同宣言',
    'cold-war-and-after': '冷戦とその後',
    'summits-and-suspension': '首脳会談と交渉の中断',
  },
  periodHeading: (years, title) => `${years}年：${title}`,
  periodYears: (years) => `${years}年`,
  index: {
    description: (span) =>
      `4島をめぐる日露間の係争で日付の分かる出来事（${span}年）をすべて、出典とともに日付順に示す。`,
    lede: (count) => `係争に関する日付の分かる出来事${count}件を、起きた順に時代ごとにまとめている。`,
    prose:
      '各出来事には、関係する島と人物・組織、そして典拠となる出典を示している。出典によって日付が異なる場合はすべての日付を残し、推定にとどまる日付には「頃」を付けている。下で時代・島・人物・組織を選ぶと、該当する出来事だけを表示できる。',
    entryNote:
      '個々の出来事を引用するときは、このページのアドレスの代わりに、その出来事の「#」リンクの行き先（このページのアドレスに #event- と出来事のIDを付けたもの）を示す。',
  },
  filtered: {
    showAll: 'すべての出来事を表示',
    noMatch: 'この条件に当てはまる出来事は、まだファクトファイルにない。',
    entryNote:
      '個々の出来事を引用するときは、このページのアドレスの代わりに、その出来事の「#」リンクの行き先（年表全体のアドレスに #event- と出来事のIDを付けたもの）を示す。',
  },
  island: {
    title: (name) => `${name}に関する出来事`,
    description: (name) => `日露間の係争のうち、${name}に関する出来事を出典とともに日付順に示す。`,
    lede: (count, total, name) => `年表の出来事${total}件のうち、${count}件が${name}に関係する。`,
    headingBefore: () => '',
    headingAfter: 'に関する出来事',
    aboutBefore: () => '',
    aboutAfter: 'について',
  },
  actor: {
    title: (name) => `${name}が関わる出来事`,
    description: (name) =>
      `4島をめぐる日露間の係争のうち、${name}が関わる出来事を出典とともに日付順に示す。`,
    lede: (count, total, name) => `年表の出来事${total}件のうち、${count}件に${name}が関わっている。`,
    about: (name) => `${name}について`,
  },
  period: {
    title: (years, title) => `${title}（${years}年）の出来事`,
    description: (years, title) =>
      `4島をめぐる日露間の係争のうち、${years}年の出来事（${title}）を出典とともに日付順に示す。`,
    lede: (count, total, years) => `年表の出来事${total}件のうち、${count}件が${years}年の出来事である。`,
    onFullTimeline: '年表全体でこの時代を見る',
  },
  filters: {
    label: '年表の絞り込み',
    show: '表示',
    all: 'すべての出来事',
    period: '時代',
    island: '島',
    actor: '人物・組織',
    events: () => '件',
  },
  overview: {
    heading: '概観',
    hint: '横にスクロールすると、すべての年を見られる。',
    svgTitle: (start, end, count) => `年表の概観（${start}–${end}年）：出来事${count}件`,
    svgDescription: '各出来事は下の一覧の項目へのリンクで、日付順に並んでいる。',
    dot: (date, title) => `${date}：${title}`,
    dotsLabel: '出来事',
    caption:
      '点の1つが1件の出来事を表す。同じ年の出来事は積み重ね、古いものほど軸の近くに置いている。点を選ぶと、その出来事へ移動する。',
    compressed: (years) => `出来事のない期間が${years}年を超える部分は短く描き、≈で示している。`,
    approximate: '白抜きの点は、日付が推定であることを示す。',
    sentenceGap: '',
  },
  event: {
    permalink: (title) => `この出来事へのリンク：${title}`,
    onTheMap: '国境の変遷を示す地図：',
    borderIn: (label) => `${label}年の国境`,
    borderToday: '現在の国境',
    listSeparator: '、',
    listEnd: '',
    islands: '島',
    actors: '人物・組織',
    sources: () => '出典',
    discussedIn: '関連記事',
  },
};

import type { islands as English } from '../en/islands.ts';

export const islands: typeof English = {
  index: {
    title: '4島',
    searchTitle: '4島：名称・面積・1945年の住民',
    description:
      '係争中の4島を1島ずつ、日本名とロシア名、面積、1945年当時の日本人住民数とともに紹介する。数値にはすべて出典を付している。',
    lede: 'これらの島々はロシアが統治し、日本が領有権を主張している。各島には日本名とロシア名がある。以下の数値には出典を付し、出典によって数値が異なる場合はすべての値を示す。',
  },
  kinds: { island: '島', 'islet-group': '群島' },
  disputedKinds: { island: '係争中の島', 'islet-group': '係争中の群島' },
  bothNames: (japanese, russian) => `${japanese}（${russian}）`,
  page: {
    description: (name) =>
      `${name}の日本名とロシア名、面積、1945年と現在の住民、行政上の扱い、関連する出来事・発言・争点を、出典とともに示す。`,
    names: '名称',
    figures: '面積と人口',
    area: '面積',
    administration: '行政上の扱い',
    howJapan: '日本の行政区分では',
    howRussia: 'ロシアの行政区分では',
    borderHistory: '国境の変遷',
    borderState: (label, title) => `${label}、${title}`,
    afterBorderState: '：',
    statusEnd: '。',
    beforeStatusNote: '',
    people: '現在の住民とかつての住民',
    peopleToday: '現在',
    people1945: '1945年の日本人住民',
    peopleAinu: '日露両国以前のアイヌ',
    notes: '出典付きの事実',
    events: '出来事',
    quotes: '発言',
    claims: '争点',
    articles: '記事',
  },
  card: {
    japanese: '日本名',
    russian: 'ロシア名',
    area: '面積',
    sourcesDiffer: '出典により異なる',
    source: '出典：',
  },
  namesTable: {
    captionBefore: '',
    captionAfter: 'の日本名とロシア名',
    japanese: '日本名',
    russian: 'ロシア名',
    usage: '日本語での表記',
    native: '原語表記',
    romanized: 'ローマ字表記',
  },
  keyFigures: {
    caption: '4島の面積と1945年の日本人住民数（出典付き）',
    island: '島',
    area: '面積',
    residents1945: '1945年の日本人住民',
    sourceNote: (marker) => `出典${marker}`,
    notRecorded: '記録なし',
    everySource: 'すべての数値の出典：',
  },
  figures: {
    area: (value) => `${value} km²`,
    // The heading above the figure already says whom it counts.
    population: (value) => `${value}人`,
    defaultLabel: '住民',
    populationHeading: (label, year) => (year === undefined ? label : `${label}（${year}年）`),
    withDate: (count, date) => `${count}（${date}）`,
    asOf: {
      area: { before: () => '', after: 'の測定' },
      population: { before: () => '', after: '時点' },
    },
    differLabel: '出典により数値が異なる：',
    differ: (values) => {
      const list =
        values.length > 1 ? `${values.slice(0, -1).join('、')}と${values.at(-1)}` : values.join('');
      return `${list}の値がある。各値を出典とともに示す。`;
    },
    source: '出典：',
  },
};

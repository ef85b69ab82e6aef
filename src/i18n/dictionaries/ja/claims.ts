import type { claims as English } from '../en/claims.ts';

export const claims: typeof English = {
  title: '争点',
  description:
    '日本とロシアで答えが分かれる問いごとに、両国政府の立場をそれぞれの言葉で並べ、その根拠となる出典を示す。',
  lede: '係争の核心にある問いごとに、各国政府がとる立場を、それぞれが自らの立場と認める言葉で並べ、その立場を述べた出典を示す。本サイトはこれらの立場を伝えるだけで、いずれも自らの見解とはしない。',
  questionsHeading: '問い',
  backgroundLabel: '背景：',
  afterLabel: '',
  islandsConcerned: '関係する島',
  eventsItTurnsOn: '関係する出来事',
  entryNote:
    '個々の争点を引用する場合は、このページのアドレスの代わりに、ページ冒頭の一覧でその問いが指すアドレス（このページのアドレスに #claim- とIDを続けたもの）を示す。',
  parties: {
    japan: '日本',
    russia: 'ロシア',
    'soviet-union': 'ソ連',
    'united-states': '米国',
    'united-kingdom': '英国',
    international: '国際',
  },
  governmentOf: {
    japan: '日本',
    russia: 'ロシア',
    'soviet-union': 'ソ連',
    'united-states': '米国',
    'united-kingdom': '英国',
    international: '国際',
  },
  position: {
    inItsOwnWords: '政府自身の言葉',
    attribution: (speaker, date) => `${speaker}、${date}`,
    attributionLine: (attribution) => attribution,
    quotedFrom: '引用元：',
    also: '。ほかの出典：',
  },
};

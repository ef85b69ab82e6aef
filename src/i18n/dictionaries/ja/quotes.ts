import type { quotes as English } from '../en/quotes.ts';

export const quotes: typeof English = {
  title: '発言',
  description:
    'サイトに載せたすべての発言を、出典に載ったとおりの言葉で、発言者ごとに日付・場面・出典とともに収める。',
  lede: 'サイトに載せたすべての発言を、出典に載ったとおりの言葉で収める。誰が、いつ、どのような場面で述べ、どこに掲載されたかを添えている。省略記号（…）は、より長い文の一部であることを示す。',
  speakersHeading: '発言者',
  count: (count) => `（${count}件）`,
  entryNote:
    '個々の発言を引用する場合は、このページのアドレスの代わりに、その発言の「リンク」が指すアドレス（このページのアドレスに #quote- と発言のIDを続けたもの）を示す。',
  card: {
    original: (language) => `原文（${language}）`,
    originalWords: '原文の出典：',
    afterSpeaker: '、',
    source: '出典：',
    event: '出来事：',
    link: 'リンク',
    linkHidden: (speaker, date) => `（${speaker}の発言、${date}）`,
  },
  translation: {
    line: (who, note) => `英訳：${who}${note ? `（${note}）` : ''}。`,
    official: (government) => (government ? `${government}政府による公式訳` : '公式訳'),
    source: (language) =>
      language ? `出典に掲載された${language}からの翻訳` : '出典に掲載された翻訳',
    site: (language) => (language ? `本サイトによる${language}からの翻訳` : '本サイトによる翻訳'),
  },
};

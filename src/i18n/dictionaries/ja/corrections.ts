import type { corrections as English } from '../en/corrections.ts';

export const corrections: typeof English = {
  title: '訂正',
  description:
    'このサイトに加えたすべての訂正。記事や事実の項目で何が誤っていたか、現在どう記しているか、いつ変更したかを示す。',
  heading: '訂正',
  lede: 'ページの記述に誤りがあった場合は、その訂正をここと当該ページに記録する。記録するのは日付、元の記述、現在の記述である。言い回しの修正や追記は載せない。新しい順に並べ、',
  feed: '訂正のフィード（RSS）',
  ledeEnd: 'でも配信している。',
  none: '記録された訂正はない。',
  kinds: {
    article: '記事',
    event: '年表の出来事',
    island: '島',
    actor: '人物・組織',
  },
  kindSeparator: '：',
  wrong: '元の記述：',
  changed: '変更内容：',
};

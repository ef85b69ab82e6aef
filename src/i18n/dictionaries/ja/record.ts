import type { record as English, RecordNoun } from '../en/record.ts';

const NOUNS: Record<RecordNoun, string> = {
  page: 'このページ',
  article: 'この記事',
  'island page': 'この島のページ',
};

export const record: typeof English = {
  heading: '版と引用',
  lastChanged: '内容の最終更新日：',
  fromHistory: '（サイトの改訂履歴による）。',
  noHistory: (label, reason) =>
    `（${label}による。${reason}ため、このページには変更の一覧がない）。`,
  version: '版：',
  versionHash: '（このページの元になった内容のハッシュ値）。',
  fallbackLabels: {
    'the article’s update date': '記事の更新日',
    'the article’s publication date': '記事の公開日',
    'the day the site was built': 'サイトのビルド日',
    'the entry’s latest correction': 'この項目の最新の訂正日',
    'the day its sources were last read': '出典を最後に確認した日',
    'the latest date in the content': '内容中の最新の日付',
  },
  historyReasons: {
    'the site was built without its git history': 'サイトがgitの履歴なしでビルドされた',
    'the site was built from a shallow clone': 'サイトがシャロークローンからビルドされた',
    'git did not say whether the clone is shallow': 'クローンがシャローかどうかをgitが返さなかった',
    'git could not read the history': 'gitが履歴を読み取れなかった',
    'these files have no commits yet': 'これらのファイルにまだコミットがない',
  },
  corrections: '訂正',
  dateSeparator: '：',
  seeAllBefore: '',
  allCorrections: 'サイト全体の訂正一覧',
  seeAllAfter: 'も参照。',
  citeThis: (noun) => `${NOUNS[noun]}を引用する`,
  citeNote: 'この参照表記はこの版を指す。「閲覧日」の欄に、読んだ日を書き加えること。',
  historyOf: (noun, count) => `${NOUNS[noun]}の変更履歴（${count}件）`,
  formats: { reference: '参照表記', bibtex: 'BibTeX', csl: 'CSL-JSON' },
  copy: { reference: '参照表記をコピー', bibtex: 'BibTeXをコピー', csl: 'CSL-JSONをコピー' },
  copied: 'コピーした。',
  copyFailed: 'コピーできなかった。テキストを選択してコピーすること。',
  reference: (parts) =>
    `「${parts.title}」${parts.siteName}、${parts.date}版（${parts.version}）。${parts.url}（閲覧日：____）。`,
};

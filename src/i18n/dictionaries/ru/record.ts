import type { record as English, RecordNoun } from '../en/record.ts';

/** "Как цитировать эту статью" takes the accusative, "История изменений этой статьи" the genitive. */
const NOUNS: Record<RecordNoun, { accusative: string; genitive: string }> = {
  page: { accusative: 'эту страницу', genitive: 'этой страницы' },
  article: { accusative: 'эту статью', genitive: 'этой статьи' },
  'island page': { accusative: 'эту страницу об острове', genitive: 'этой страницы об острове' },
};

const CHANGES = { one: 'изменение', few: 'изменения', many: 'изменений', other: 'изменения' };

export const record: typeof English = {
  heading: 'Версия и цитирование',
  lastChanged: 'Последнее изменение содержания: ',
  fromHistory: ' (по истории изменений сайта). ',
  noHistory: (label, reason) =>
    ` (${label}: ${reason}, поэтому список изменений на этой странице не приводится). `,
  version: 'Версия ',
  versionHash: ' — хеш содержания, из которого собрана эта страница.',
  fallbackLabels: {
    'the article’s update date': 'дата обновления статьи',
    'the article’s publication date': 'дата публикации статьи',
    'the day the site was built': 'день сборки сайта',
    'the entry’s latest correction': 'дата последнего исправления записи',
    'the day its sources were last read': 'день, когда источники проверялись в последний раз',
    'the latest date in the content': 'самая поздняя дата в содержании',
  },
  historyReasons: {
    'the site was built without its git history': 'сайт собран без истории git',
    'the site was built from a shallow clone': 'сайт собран из неполного (shallow) клона',
    'git did not say whether the clone is shallow': 'git не сообщил, является ли клон неполным',
    'git could not read the history': 'git не смог прочитать историю',
    'these files have no commits yet': 'у этих файлов ещё нет коммитов',
  },
  corrections: 'Исправления',
  dateSeparator: ': ',
  seeAllBefore: 'См. ',
  allCorrections: 'все исправления на сайте',
  seeAllAfter: '.',
  citeThis: (noun) => `Как цитировать ${NOUNS[noun].accusative}`,
  citeNote:
    'Библиографическая ссылка указывает на эту версию; впишите дату, когда вы её прочли, вместо пропуска после слов «дата обращения».',
  historyOf: (noun, count) =>
    `История изменений ${NOUNS[noun].genitive} (${count} ${CHANGES[new Intl.PluralRules('ru').select(count) as keyof typeof CHANGES] ?? CHANGES.other})`,
  formats: { reference: 'Библиографическая ссылка', bibtex: 'BibTeX', csl: 'CSL-JSON' },
  copy: { reference: 'Копировать ссылку', bibtex: 'Копировать BibTeX', csl: 'Копировать CSL-JSON' },
  copied: 'Скопировано.',
  copyFailed: 'Не удалось скопировать: выделите текст вручную.',
  reference: (parts) =>
    `«${parts.title}». ${parts.siteName}, версия от ${parts.date} (${parts.version}). ${parts.url} (дата обращения: ____).`,
};

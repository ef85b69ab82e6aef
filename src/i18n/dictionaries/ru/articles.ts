import type { articles as English } from '../en/articles.ts';

export const articles: typeof English = {
  tagNames: {
    diplomacy: 'дипломатия',
    economy: 'экономика',
    geography: 'география',
    history: 'история',
    japan: 'Япония',
    overview: 'обзор',
    positions: 'позиции',
    recent: 'последние события',
    russia: 'Россия',
    treaties: 'договоры',
  },
  title: 'Статьи',
  description:
    'Статьи о споре Японии и России из-за островов: в каждой указаны источники и изложены позиции обоих правительств.',
  lede: 'Объяснения простым языком. Там, где позиции двух правительств расходятся, приводятся обе; источники указаны в пронумерованных примечаниях.',
  published: 'Опубликовано ',
  updated: 'Обновлено ',
  minRead: (minutes) => `${minutes}\u00a0мин\u00a0чтения`,
  draft: 'Черновик',
  draftNotPublished: 'Черновик: не опубликовано',
  onThisPage: 'Содержание',
  related: {
    heading: 'См. также',
    islands: 'Острова',
    actors: 'Люди и организации',
    events: 'События',
    sources: 'Источники',
  },
};

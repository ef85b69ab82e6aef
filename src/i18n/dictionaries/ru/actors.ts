import type { actors as English } from '../en/actors.ts';

export const actors: typeof English = {
  index: {
    title: 'Участники',
    description:
      'Люди, правительства и организации, которые действуют или высказываются в споре Японии и России об островах, — с должностями, которые они тогда занимали, и их высказываниями.',
    lede: 'Люди, правительства и организации, которые действуют или высказываются в этом споре, — с должностями, которые они занимали в то время. На странице каждого — его цитаты, события, в которых он участвовал, и статьи, где он упоминается.',
  },
  groups: {
    people: 'Персоны',
    institutions: 'Правительства и организации',
    peoples: 'Народы',
    unnamed: 'Неназванные должностные лица',
  },
  kinds: {
    person: 'Персона',
    government: 'Правительство',
    organization: 'Организация',
    people: 'Народ',
    unnamed: 'Неназванное должностное лицо',
  },
  page: {
    description: (name, hasRoles) =>
      `${name} в споре Японии и России об островах: ${hasRoles ? 'должности, ' : ''}цитаты, события и статьи с источниками.`,
    allActors: 'Все участники',
    roles: (count) => (count === 1 ? 'Должность' : 'Должности'),
    quotes: 'Цитаты',
    events: 'События',
    articles: 'Статьи',
  },
  // The dates of «с» and «до» come in the genitive («с декабря 2016 г.»), see src/lib/actors.ts.
  roleDates: {
    since: (date) => `с ${date}`,
    until: (date) => `до ${date}`,
    asOf: (date) => `на ${date}`,
    suffix: (dates) => `, ${dates}`,
  },
};

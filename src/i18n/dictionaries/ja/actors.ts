import type { actors as English } from '../en/actors.ts';

export const actors: typeof English = {
  index: {
    title: '人物・組織',
    description:
      '島々をめぐる日露間の係争で行動し、発言してきた人物・政府・団体を、当時の役職と発言とともに紹介する。',
    lede: 'この係争で行動し、発言してきた人物・政府・団体を、当時の役職とともに示す。各ページには、その発言、関わった出来事、言及している記事を載せている。',
  },
  groups: {
    people: '人物',
    institutions: '政府・団体',
    peoples: '民族',
    unnamed: '氏名非公表の当局者',
  },
  kinds: {
    person: '人物',
    government: '政府',
    organization: '団体',
    people: '民族',
    unnamed: '氏名非公表の当局者',
  },
  page: {
    description: (name, hasRoles) =>
      `島々をめぐる日露間の係争における${name}：${hasRoles ? '役職、' : ''}発言、出来事、記事を出典とともに示す。`,
    allActors: '人物・組織の一覧',
    roles: () => '役職',
    quotes: '発言',
    events: '出来事',
    articles: '記事',
  },
  roleDates: {
    since: (date) => `${date}から`,
    until: (date) => `${date}まで`,
    asOf: (date) => `${date}時点`,
    suffix: (dates) => `（${dates}）`,
  },
};

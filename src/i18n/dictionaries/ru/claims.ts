import type { claims as English } from '../en/claims.ts';

export const claims: typeof English = {
  title: 'Спорные вопросы',
  description:
    'Вопросы, на которые Япония и Россия отвечают по-разному: по каждому — позиции обоих правительств рядом, в их собственных формулировках, с источниками, где они изложены.',
  lede: 'Ключевые вопросы спора: по каждому — позиции правительств рядом, в формулировках, которые признала бы каждая сторона, с источниками, где эти позиции изложены. Сайт излагает эти позиции и ни одну из них не выдаёт за свою.',
  questionsHeading: 'Вопросы',
  backgroundLabel: 'Предыстория.',
  afterLabel: ' ',
  islandsConcerned: 'Острова, о которых идёт речь',
  eventsItTurnsOn: 'События, от которых зависит ответ',
  entryNote:
    'Чтобы сослаться на отдельный спорный вопрос, укажите вместо адреса этой страницы адрес, на который ведёт этот вопрос в списке в начале страницы (адрес этой страницы, за которым следуют #claim- и его идентификатор).',
  parties: {
    japan: 'Япония',
    russia: 'Россия',
    'soviet-union': 'СССР',
    'united-states': 'США',
    'united-kingdom': 'Великобритания',
    international: 'Международный орган',
  },
  governmentOf: {
    japan: 'Японии',
    russia: 'России',
    'soviet-union': 'СССР',
    'united-states': 'США',
    'united-kingdom': 'Великобритании',
    international: 'международного органа',
  },
  position: {
    inItsOwnWords: 'Собственными словами',
    attribution: (speaker, date) => `${speaker}, ${date}`,
    // A date ends in «г.»: no second full stop.
    attributionLine: (attribution) => (attribution.endsWith('.') ? attribution : `${attribution}.`),
    quotedFrom: 'Цитируется по: ',
    also: '; см. также ',
  },
};

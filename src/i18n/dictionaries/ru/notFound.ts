import type { notFound as English } from '../en/notFound.ts';

export const notFound: typeof English = {
  title: 'Страница не найдена',
  description: 'По этому адресу нет страницы справочника.',
  heading: 'Страница не найдена',
  lede: 'По этому адресу страницы нет. Возможно, она переехала или в ссылке опечатка.',
  mayHelp: 'Может пригодиться:',
  searchLink: 'Поиск по сайту',
  articlesLink: 'Все статьи',
  islandsLink: 'Четыре острова',
  timelineLink: 'Хронология событий',
  homeLink: 'Главная страница',
  report: 'Если сюда вас привела ссылка на этом сайте, ',
  reportLink: 'сообщите об этом',
  reportEnd: '.',
};

import type { shell as English } from '../en/shell.ts';

export const shell: typeof English = {
  siteName: 'Four Islands',
  shortTagline: 'Япония, Россия и спорные острова',
  description:
    'Нейтральный справочник с источниками о споре Японии и России из-за островов, которые Япония называет Северными территориями, а Россия относит к южным Курилам.',
  skipLink: 'Перейти к содержанию',
  menu: 'Меню',
  mainNavLabel: 'Основное',
  nav: {
    home: 'Главная',
    articles: 'Статьи',
    islands: 'Острова',
    map: 'Карта',
    timeline: 'Хронология',
    claims: 'Спорные вопросы',
    actors: 'Участники',
    quotes: 'Цитаты',
    sources: 'Источники',
    about: 'О сайте',
    search: 'Поиск',
  },
  placeNames: 'Названия мест',
  namingChoices: { japanese: 'японские', russian: 'российские', both: 'оба' },
  languageLabel: 'Язык',
  previewAlt: (title) => `${title}: карточка с названием страницы и картой четырёх островов`,
  feeds: { articles: 'Статьи', timeline: 'События хронологии', corrections: 'Исправления' },
  feed: {
    timeline: (siteName) =>
      `События спора в хронологии ${siteName}, от последних к ранним, с источниками на сайте.`,
    corrections: (siteName) =>
      `Все исправления на ${siteName}: что на странице было сказано неверно и что сказано теперь.`,
    correctionTitle: (title) => `Исправление: ${title}`,
    inEnglish: (title) => `${title} (не переведено, на английском)`,
  },
  footer: {
    neutrality: (siteName) =>
      `${siteName} излагает позиции обоих правительств и не занимает ничью сторону. У каждого факта указан источник;`,
    seeHow: 'см.',
    howThisSiteWorks: 'как устроен этот сайт',
    dataBehind: 'Данные этой страницы',
    asCsvJson: ' в форматах CSV и JSON.',
    corrections: 'Исправления',
    feedsLabel: 'Ленты (RSS):',
    textAndData: 'Тексты и данные:',
    code: (licence) => `Код: лицензия ${licence}.`,
    sourceCode: 'Исходный код',
    space: ' ',
    end: '.',
    afterHowThisSiteWorks: '.',
    listSeparator: ', ',
  },
};

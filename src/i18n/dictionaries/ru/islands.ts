import type { islands as English } from '../en/islands.ts';

/** «человек», «человека»: the word after a number of people. */
const people = (count: number) => {
  const form = new Intl.PluralRules('ru').select(count);
  return form === 'few' || form === 'other' ? 'человека' : 'человек';
};

export const islands: typeof English = {
  index: {
    title: 'Четыре острова',
    searchTitle: 'Четыре острова: названия, площадь и жители в 1945 году',
    description:
      'Четыре спорных острова по отдельности: японские и русские названия, площадь и число японских жителей в 1945 году, каждая цифра — с источником.',
    lede: 'Эти острова находятся под управлением России, Япония претендует на них. У каждого есть японское и русское название; цифры ниже приводятся с источниками, а там, где источники расходятся, показаны все значения.',
  },
  kinds: { island: 'остров', 'islet-group': 'группа островов' },
  disputedKinds: { island: 'Спорный остров', 'islet-group': 'Спорная группа островов' },
  bothNames: (japanese, russian) => `${japanese} (${russian})`,
  page: {
    description: (name) =>
      `${name}: японское и русское названия, площадь, жители в 1945 году и сегодня, административная принадлежность, а также связанные события, цитаты и спорные вопросы — всё с источниками.`,
    names: 'Названия',
    figures: 'Площадь и население',
    area: 'Площадь',
    administration: 'Административная принадлежность',
    howJapan: 'В административном делении Японии',
    howRussia: 'В административном делении России',
    borderHistory: 'В истории границы',
    borderState: (label, title) => `${label}, ${title}`,
    afterBorderState: ': ',
    statusEnd: '.',
    beforeStatusNote: ' ',
    people: 'Кто живёт здесь и кто жил раньше',
    peopleToday: 'Сегодня',
    people1945: 'Японские жители 1945 года',
    peopleAinu: 'Айны — до обоих государств',
    notes: 'Факты с источниками',
    events: 'События',
    quotes: 'Цитаты',
    claims: 'Спорные вопросы',
    articles: 'Статьи',
  },
  card: {
    japanese: 'По-японски',
    russian: 'По-русски',
    area: 'Площадь',
    sourcesDiffer: 'Источники расходятся',
    source: 'Источник: ',
  },
  namesTable: {
    captionBefore: 'Названия ',
    captionAfter: ' на японском и русском языках',
    japanese: 'Японское название',
    russian: 'Русское название',
    usage: 'В русском тексте',
    native: 'Оригинальное написание',
    romanized: 'Латиница',
  },
  keyFigures: {
    caption: 'Четыре острова: площадь и число японских жителей в 1945 году, с источниками',
    island: 'Остров',
    area: 'Площадь',
    residents1945: 'Японские жители, 1945 г.',
    sourceNote: (marker) => `Источник ${marker}`,
    notRecorded: 'нет данных',
    everySource: 'Источник всех цифр: ',
  },
  figures: {
    area: (value) => `${value} км²`,
    // The heading above the figure already says whom it counts.
    population: (value, count) => `${value} ${people(count)}`,
    defaultLabel: 'жители',
    populationHeading: (label, year) => (year === undefined ? label : `${label} в ${year} г.`),
    withDate: (count, date) => `${count} (${date})`,
    asOf: {
      area: { before: () => 'по измерениям на', after: '' },
      population: { before: () => 'на', after: '' },
    },
    differLabel: 'Источники расходятся:',
    differ: (values) =>
      ` они приводят ${values.length > 1 ? `${values.slice(0, -1).join(', ')} и ${values.at(-1)}` : values.join('')}. Каждое значение показано со своим источником.`,
    source: 'Источник: ',
  },
};

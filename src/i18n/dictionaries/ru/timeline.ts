import type { timeline as English } from '../en/timeline.ts';

const plural = new Intl.PluralRules('ru');

/** "3 события", "5 событий", "1 событие". */
const events = (count: number) =>
  ({ one: 'событие', few: 'события', many: 'событий' })[plural.select(count) as string] ?? 'события';

/** After "из": "из 21 события", "из 54 событий". */
const ofEvents = (count: number) => (plural.select(count) === 'one' ? 'события' : 'событий');

/** After "более": "более 1 года", "более 10 лет". */
const ofYears = (count: number) => (plural.select(count) === 'one' ? 'года' : 'лет');

/** "1855–1905 гг.", "1945 г.". */
const yearsText = (years: string) => (years.includes('–') ? `${years} гг.` : `${years} г.`);

/** The island's name follows its kind in the genitive: "острова Шикотан", "островов Хабомаи". */
const ofIsland = (kind: 'island' | 'islet-group') =>
  kind === 'islet-group' ? 'островов' : 'острова';

export const timeline: typeof English = {
  title: 'Хронология',
  periods: {
    'treaties-and-borders': 'Договоры и границы',
    'war-and-occupation': 'Война и оккупация',
    'peace-treaty-and-joint-declaration': 'Мирный договор и Совместная декларация',
    'cold-war-and-after': 'Холодная война и после неё',
    'summits-and-suspension': 'Саммиты и приостановка переговоров',
  },
  periodHeading: (years, title) => `${years}: ${title}`,
  periodYears: (years) => `${years}:`,
  index: {
    description: (span) =>
      `Все датированные события японо-российского спора о четырёх островах (${yearsText(span)}) в хронологическом порядке и с источниками.`,
    lede: (count) => {
      const noun = { one: 'датированное событие', few: 'датированных события' }[
        plural.select(count) as string
      ];
      return `${count} ${noun ?? 'датированных событий'} спора в том порядке, в каком они происходили, по периодам.`;
    },
    prose:
      'У каждого события указаны острова и участники, которых оно касается, и источники, в которых о нём говорится. Если источники датируют событие по-разному, приводятся все даты; дата, известная лишь приблизительно, помечена «ок.». Выберите ниже период, остров или участника, чтобы увидеть только относящиеся к ним события.',
    entryNote:
      'Чтобы сослаться на отдельное событие, укажите вместо адреса этой страницы адрес, на который ведёт его ссылка «#» (адрес этой страницы, затем #event- и идентификатор события).',
  },
  filtered: {
    showAll: 'Показать все события',
    noMatch: 'В файле фактов пока нет событий, подходящих под этот фильтр.',
    entryNote:
      'Чтобы сослаться на отдельное событие, укажите вместо адреса этой страницы адрес, на который ведёт его ссылка «#» (адрес полной хронологии, затем #event- и идентификатор события).',
  },
  island: {
    title: (name, kind) => `События, касающиеся ${ofIsland(kind)} ${name}`,
    description: (name, kind) =>
      `События японо-российского спора, касающиеся ${ofIsland(kind)} ${name}, в хронологическом порядке и с источниками.`,
    lede: (count, total, name, kind) =>
      `Событий хронологии, касающихся ${ofIsland(kind)} ${name}: ${count} из ${total}.`,
    headingBefore: (kind) => `События, касающиеся ${ofIsland(kind)} `,
    headingAfter: '',
    aboutBefore: (kind) => (kind === 'islet-group' ? 'Подробнее об островах ' : 'Подробнее об острове '),
    aboutAfter: '',
  },
  actor: {
    title: (name) => `Хронология: ${name}`,
    description: (name) =>
      `${name}: события японо-российского спора о четырёх островах в хронологическом порядке и с источниками.`,
    lede: (count, total, name) =>
      `${name} — участник ${count} из ${total} ${ofEvents(total)} хронологии.`,
    about: (name) => `Подробнее: ${name}`,
  },
  period: {
    title: (years, title) => `${yearsText(years)}: ${title}`,
    description: (years, title) =>
      `События ${yearsText(years)} в японо-российском споре о четырёх островах (${title.toLowerCase()}) в хронологическом порядке и с источниками.`,
    lede: (count, total, years) => `Событий хронологии за ${yearsText(years)}: ${count} из ${total}.`,
    onFullTimeline: 'Этот период в полной хронологии',
  },
  filters: {
    label: 'Фильтр хронологии',
    show: 'Показать',
    all: 'Все события',
    period: 'Период',
    island: 'Остров',
    actor: 'Участник',
    events,
  },
  overview: {
    heading: 'Обзор',
    hint: 'Прокрутите вбок, чтобы увидеть все годы.',
    svgTitle: (start, end, count) => `Обзор хронологии, ${start}–${end}: ${count} ${events(count)}`,
    svgDescription: 'Каждое событие — ссылка на его запись ниже, в хронологическом порядке.',
    dot: (date, title) => `${date}: ${title}`,
    dotsLabel: 'События',
    caption:
      'Каждая точка — событие; события одного года стоят столбиком, более ранние ближе к оси. Выберите точку, чтобы перейти к событию.',
    compressed: (years) =>
      `Промежутки без событий длиннее ${years} ${ofYears(years)} показаны сокращёнными и отмечены знаком ≈.`,
    approximate: 'Полая точка означает приблизительную дату.',
    sentenceGap: ' ',
  },
  event: {
    permalink: (title) => `Ссылка на это событие: ${title}`,
    onTheMap: 'На карте изменения границы: ',
    borderIn: (label) => `граница ${label} года`,
    borderToday: 'нынешняя граница',
    listSeparator: ', ',
    listEnd: '.',
    islands: 'Острова',
    actors: 'Участники',
    sources: (count) => (count === 1 ? 'Источник' : 'Источники'),
    discussedIn: 'Упоминается в статьях',
  },
};

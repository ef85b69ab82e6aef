import type { map as English } from '../en/map.ts';

export const map: typeof English = {
  labels: {
    fourIslands: 'Карта четырёх островов',
    onTheMap: 'На карте',
    withHokkaido: 'Карта четырёх островов и восточного Хоккайдо',
  },
  page: {
    title: 'Карта',
    description:
      'Карта четырёх спорных островов у Хоккайдо: названия, принятые в обеих странах, площадь каждого острова и ссылка на его страницу.',
    heading: 'Карта четырёх островов',
    lede: 'Четыре острова тянутся цепью между Охотским морем и Тихим океаном у восточной оконечности Хоккайдо. Выберите остров, чтобы увидеть его названия, площадь и ссылку на его страницу.',
    islandsHeading: 'Острова',
    kindAfterName: (kind) => `, ${kind}`,
    kinds: { island: 'остров', 'islet-group': 'группа островков' },
    recordTitle: 'Карта четырёх островов',
  },
  controls: {
    groupLabel: 'Показать остров на карте',
    showAll: 'Показать все',
  },
  lineNote: {
    schematic: 'Схематично: ',
    dateOpen: ' (',
    dateClose: ')',
    afterEvent: '. ',
    afterNote: ' ',
    sources: (count) => (count > 1 ? 'Источники: ' : 'Источник: '),
    listSeparator: ', ',
    beforeLink: '. ',
    end: '.',
    borderThroughTime: 'Граница в разные годы',
  },
  caption: {
    outlines: 'Контуры: ',
    publicDomain: ' (общественное достояние). Проекция Web Mercator, север сверху. ',
    hint: 'Выберите остров, чтобы открыть его страницу.',
  },
  places: {
    hokkaido: 'Хоккайдо',
    urup: { both: 'Уруппу (Уруп)', japanese: 'Уруппу', russian: 'Уруп' },
    seaOfOkhotsk: 'Охотское море',
    pacificOcean: 'Тихий океан',
    capeNosappu: 'Мыс Носаппу',
  },
  client: {
    area: 'Площадь: {area}',
    sourceOpen: ' (источник: ',
    sourceClose: ')',
    otherFigure: 'Другой источник приводит иную цифру: см. страницу острова.',
    otherFigures: 'Другие источники ({count}) приводят иные цифры: см. страницу острова.',
    about: 'Подробнее: {name}',
    zoomIn: 'Приблизить',
    zoomOut: 'Отдалить',
  },
  areaUnit: 'км²',
  borders: {
    heading: 'Граница в разные годы',
    intro:
      'Каждая карта показывает линию границы после одного договора или события. Земли, переходившие из рук в руки, закрашены по тому, кто ими владел: красным — Япония, синим — Россия или Советский Союз; незакрашенные земли либо не были разделены никакой границей, либо никогда не меняли владельца (Хоккайдо, Камчатка). Линии, проведённые через пролив, схематичны: они показывают, к какой стороне относился каждый берег, а не точный ход границы.',
    control: 'Показать границу',
    stateHeading: (label, title) => `${label}: ${title}`,
    mapLabel: (label, title) => `Карта границы, ${label}: ${title}`,
    fromTimeline: ' Из хронологии: ',
    dateOpen: ' (',
    dateClose: ').',
    whoHeldWhat: 'Кому что принадлежало',
    linesOnMap: 'Линии на этой карте',
    lineKind: (kind, schematic) =>
      ` (${kind.toLowerCase()}${schematic ? ', схематично' : ''}). `,
    afterNote: ' ',
    sources: (count) => (count > 1 ? 'Источники: ' : 'Источник: '),
    stateSources: 'Источники по этому периоду: ',
    listSeparator: ', ',
    end: '.',
    lineKinds: {
      border: 'Граница по договору',
      control: 'Линия контроля',
      claim: 'Предел притязаний',
      proposal: 'Предложенная граница',
    },
    regions: {
      'northern-kurils': 'Уруп и Курильские острова к северу от него',
      'southern-sakhalin': 'Сахалин южнее 50-й параллели',
      'northern-sakhalin': 'Сахалин севернее 50-й параллели',
    },
    /** In the genitive: «под контролем Японии», «притязания Японии». */
    parties: {
      japan: 'Японии',
      russia: 'России',
      'soviet-union': 'Советского Союза',
      'united-states': 'США',
      'united-kingdom': 'Великобритании',
      international: 'международного сообщества',
    },
    heldBy: (party) => `под контролем ${party}`,
    claimedBy: (parties) => `притязания ${parties.join(' и ')}`,
    statusSeparator: ', ',
    notDivided: 'граница не проведена',
    joinNames: (names) =>
      names.length <= 1
        ? names.join('')
        : `${names.slice(0, -1).join(', ')} и ${names[names.length - 1]}`,
    holding: (places, status, note) => `${places}: ${status}.${note ? ` ${note}` : ''}`,
  },
};

import { describe, expect, it } from 'vitest';
import {
  MAP_TEXT_EN,
  buildMapIsland,
  formatArea,
  parseMapData,
  popupModel,
  type MapData,
  type MapIsland,
} from '../../../../src/lib/map/map-data.ts';
import { map as enMap } from '../../../../src/i18n/dictionaries/en/map.ts';
import { map as ruMap } from '../../../../src/i18n/dictionaries/ru/map.ts';
import type { Island } from '../../../../src/schemas/island.ts';

const etorofu: Island = {
  id: 'etorofu',
  kind: 'island',
  names: {
    japanese: { english: 'Etorofu', native: '択捉島', romanized: 'Etorofu-tō' },
    russian: { english: 'Iturup', native: 'Итуруп', romanized: 'Iturup' },
  },
  coordinates: { lat: 45.0333, lon: 147.6167 },
  summary: 'An island.',
  area: [
    { value: 3168, source: 'mofa' },
    { value: 3139, source: 'wiki' },
  ],
  population: [],
  people: { today: [], residents1945: [], ainu: [] },
  administration: { current: 'a', japan: 'b', russia: 'c' },
  notes: [],
  corrections: [],
};

const links = {
  islandHref: (id: string) => `/base/islands/${id}/`,
  sourceHref: (id: string) => `/base/sources/#source-${id}`,
  publisherOf: (id: string) =>
    id === 'mofa' ? 'Ministry of Foreign Affairs of Japan' : 'Wikipedia',
};

const island: MapIsland = buildMapIsland(
  etorofu,
  { lat: 45.0333, lon: 147.6167, side: 'right' },
  links,
);

describe('formatArea', () => {
  it('groups thousands and keeps decimals', () => {
    expect(formatArea(95)).toBe('95 km²');
    expect(formatArea(3168)).toBe('3,168 km²');
    expect(formatArea(1234567.5)).toBe('1,234,567.5 km²');
  });
});

describe('buildMapIsland', () => {
  it('takes the names, the link and the first sourced area with its publisher', () => {
    expect(island.names).toEqual({
      both: 'Etorofu (Iturup)',
      japanese: 'Etorofu',
      russian: 'Iturup',
    });
    expect(island.href).toBe('/base/islands/etorofu/');
    expect(island.area).toEqual({
      text: '3,168 km²',
      source: 'Ministry of Foreign Affairs of Japan',
      sourceHref: '/base/sources/#source-mofa',
      otherFigures: 1,
    });
  });

  it('counts only other figures that differ', () => {
    const same = buildMapIsland(
      {
        ...etorofu,
        area: [
          { value: 251, source: 'mofa' },
          { value: 251, source: 'wiki' },
        ],
      },
      island.label,
      links,
    );
    expect(same.area?.otherFigures).toBe(0);
  });
});

describe('popupModel', () => {
  it('follows the naming choice in the title and the link text', () => {
    expect(popupModel(island, 'both').title).toBe('Etorofu (Iturup)');
    expect(popupModel(island, 'japanese').link).toEqual({
      text: 'About Etorofu',
      href: '/base/islands/etorofu/',
    });
    expect(popupModel(island, 'russian').title).toBe('Iturup');
  });

  it('gives the area with its source, and says when another source differs', () => {
    const model = popupModel(island, 'both');
    expect(model.areaText).toBe('Area: 3,168 km²');
    expect(model.source).toEqual({
      name: 'Ministry of Foreign Affairs of Japan',
      href: '/base/sources/#source-mofa',
    });
    expect(model.otherFiguresText).toBe(
      'Another source gives a different figure: see the island page.',
    );
  });

  it('says nothing of other figures when there are none, and nothing of area without one', () => {
    expect(
      popupModel({ ...island, area: { ...island.area!, otherFigures: 0 } }, 'both')
        .otherFiguresText,
    ).toBeNull();
    expect(
      popupModel({ ...island, area: { ...island.area!, otherFigures: 2 } }, 'both')
        .otherFiguresText,
    ).toMatch(/^2 other sources/);
    const noArea = popupModel({ ...island, area: null }, 'both');
    expect(noArea.areaText).toBeNull();
    expect(noArea.source).toBeNull();
  });
});

describe('popupModel in another language', () => {
  it('keeps its English words equal to the English dictionary', () => {
    expect(MAP_TEXT_EN).toEqual(enMap.client);
  });

  it("fills in the page's words", () => {
    const model = popupModel(island, 'russian', ruMap.client);
    expect(model.areaText).toBe(`Площадь: ${island.area!.text}`);
    expect(model.link.text).toBe('Подробнее: Iturup');
    expect(
      popupModel({ ...island, area: { ...island.area!, otherFigures: 3 } }, 'both', ruMap.client)
        .otherFiguresText,
    ).toBe('Другие источники (3) приводят иные цифры: см. страницу острова.');
  });

  it('groups Russian digits with a no-break space', () => {
    expect(formatArea(3168, 'ru', 'км²')).toBe('3\u00a0168 км²');
    expect(formatArea(1234567.5, 'ru', 'км²')).toBe('1\u00a0234\u00a0567,5 км²');
  });
});

describe('parseMapData', () => {
  const data: MapData = {
    outlinesUrl: '/data/outlines-0123456789.geojson',
    bbox: [141.8, 41.3, 153.8, 47.6],
    view: [145.39, 43.17, 146.94, 44.51],
    overview: [145.07, 43.17, 150.57, 46.23],
    islands: [island],
    places: [
      {
        id: 'Urup',
        names: { both: 'Uruppu (Urup)', japanese: 'Uruppu', russian: 'Urup' },
        kind: 'land',
        anchors: [{ lat: 45.9, lon: 149.9 }],
        sides: ['left', 'right'],
      },
    ],
    lines: [],
    focus: null,
    tiles: null,
  };

  it('accepts what the page serializes', () => {
    expect(parseMapData(JSON.parse(JSON.stringify(data)))).toEqual(data);
  });

  it.each([
    ['not an object', 'x'],
    ['a short bbox', { ...data, bbox: [1, 2, 3] }],
    ['no first view', { ...data, view: undefined }],
    ['an overview that is not numbers', { ...data, overview: [1, 2, 3, 'x'] }],
    ['a place without anchors', { ...data, places: [{ ...data.places[0], anchors: undefined }] }],
    ['an island without names', { ...data, islands: [{ ...island, names: undefined }] }],
    ['tiles without attribution', { ...data, tiles: { url: 'https://t/{z}/{x}/{y}.png' } }],
  ])('refuses %s', (_, value) => {
    expect(() => parseMapData(value)).toThrow(/not in the expected shape/);
  });
});

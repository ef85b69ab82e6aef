// Entries for the structured-data tests, parsed with the content schemas so that they have the
// shapes the pages pass (defaults filled in, dates read into HistoricalDate).
import { ActorSchema } from '../../../../src/schemas/actor.ts';
import { ClaimSchema } from '../../../../src/schemas/claim.ts';
import { EventSchema } from '../../../../src/schemas/event.ts';
import { IslandSchema } from '../../../../src/schemas/island.ts';
import { QuoteSchema } from '../../../../src/schemas/quote.ts';
import { SourceSchema } from '../../../../src/schemas/source.ts';
import { absoluteFor } from '../../../../src/lib/structured-data/ids.ts';
import { joinBase } from '../../../../src/lib/urls.ts';

/** Under a sub-path, so that every test also shows the base is kept. */
export const abs = absoluteFor('https://example.org', (path) => joinBase('/four-islands/', path));
export const ROOT = 'https://example.org/four-islands/';

export const etorofu = IslandSchema.parse({
  id: 'etorofu',
  kind: 'island',
  names: {
    japanese: { english: 'Etorofu', native: '択捉島', romanized: 'Etorofu-tō' },
    russian: { english: 'Iturup', native: 'Итуруп', romanized: 'Iturup' },
  },
  coordinates: { lat: 45.0333, lon: 147.6167 },
  summary: 'The largest of the four islands.',
  area: [{ value: 3167, source: 'mofa' }],
  administration: { current: 'Russia governs it.', japan: 'Hokkaido.', russia: 'Sakhalin Oblast.' },
});

export const shikotan = IslandSchema.parse({
  id: 'shikotan',
  kind: 'island',
  names: {
    japanese: { english: 'Shikotan', native: '色丹島', romanized: 'Shikotan-tō' },
    russian: { english: 'Shikotan', native: 'Шикотан', romanized: 'Shikotan' },
  },
  coordinates: { lat: 43.8, lon: 146.75 },
  summary: 'The third island.',
  area: [{ value: 255, source: 'mofa' }],
  administration: { current: 'Russia governs it.', japan: 'Hokkaido.', russia: 'Sakhalin Oblast.' },
});

const ISLANDS = new Map([etorofu, shikotan].map((island) => [island.id, island]));
export const island = (id: string) => ISLANDS.get(id)!;

export const mofa = SourceSchema.parse({
  id: 'mofa',
  title: 'Northern Territories',
  publisher: 'Ministry of Foreign Affairs of Japan',
  kind: 'government',
  url: 'https://www.mofa.go.jp/region/europe/russia/territory/index.html',
  accessed: '2026-12-02',
  language: 'en',
});

export const shimoda = SourceSchema.parse({
  id: 'shimoda',
  title: 'Treaty of Commerce, Navigation and Delimitation',
  publisher: 'Japan and Russia',
  kind: 'treaty',
  date: { start: '1855-02-07', end: '1855-02-08' },
});

export const tass = SourceSchema.parse({
  id: 'tass',
  title: 'Statement',
  publisher: 'TASS',
  kind: 'news',
  url: 'https://tass.com/politics/1',
  date: '2016-12-15',
  language: 'ru',
});

const SOURCES = new Map([mofa, shimoda, tass].map((source) => [source.id, source]));
export const source = (id: string) => SOURCES.get(id)!;

export const putin = ActorSchema.parse({
  id: 'putin',
  name: 'Vladimir Putin',
  kind: 'person',
  nativeName: { text: 'Владимир Путин', lang: 'ru' },
  country: 'russia',
  summary: 'President of Russia.',
});

export const scap = ActorSchema.parse({
  id: 'scap',
  name: 'Allied occupation headquarters (SCAP)',
  kind: 'government',
  country: 'international',
  summary: 'The occupation headquarters.',
});

const ACTORS = new Map([putin, scap].map((actor) => [actor.id, actor]));
export const actor = (id: string) => ACTORS.get(id)!;

export const shimodaEvent = EventSchema.parse({
  id: 'treaty-of-shimoda-1855',
  title: 'Treaty of Shimoda',
  date: '1855-02-07',
  summary: 'Japan and Russia draw their first border, between Etorofu and Urup.',
  islands: ['etorofu', 'shikotan'],
  sources: ['shimoda'],
});

export const quote = QuoteSchema.parse({
  id: 'putin-sovereign-territory',
  text: 'We believe that now they are part of Russia’s sovereign territory.',
  speaker: 'putin',
  date: '2016-12-15',
  context: 'Before the Nagato summit.',
  source: 'mofa',
  islands: ['etorofu'],
  original: { language: 'ru', text: 'Мы считаем, что это наша территория.', source: 'tass' },
  translation: { by: 'site' },
});

export const claim = ClaimSchema.parse({
  id: 'sovereignty-today',
  question: 'Which country is sovereign over the four islands today?',
  positions: [
    { party: 'japan', summary: 'They are Japan’s inherent territory.', sources: ['mofa'] },
    { party: 'russia', summary: 'They are Russian territory.', sources: ['tass', 'mofa'] },
    { party: 'international', summary: 'Others take no side.', sources: ['shimoda'] },
  ],
  islands: ['etorofu'],
});

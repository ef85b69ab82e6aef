/**
 * An island as a schema.org Place: its coordinates, the name the site uses ("Etorofu (Iturup)")
 * and every other form of both sides' names, each tagged with its language. The English forms
 * are `en`, the native ones `ja` or `ru`, and the romanisations `ja-Latn` or `ru-Latn`, so that a
 * reader of the data can tell 択捉島, Etorofu-tō and Iturup apart.
 */
import type { Island } from '../../schemas/island.ts';
import { islandName } from '../names.ts';
import { routes } from '../routes.ts';
import { nodeIds, type Absolute } from './ids.ts';
import { inLanguage, type JsonLdNode, type LanguageValue } from './page.ts';

/** Every form of an island's names but the site's own, each once, in a fixed order. */
export function islandAlternateNames(island: Pick<Island, 'names'>): LanguageValue[] {
  const { japanese, russian } = island.names;
  const forms = [
    inLanguage(japanese.english, 'en'),
    inLanguage(japanese.native, 'ja'),
    inLanguage(japanese.romanized, 'ja-Latn'),
    inLanguage(russian.english, 'en'),
    inLanguage(russian.native, 'ru'),
    inLanguage(russian.romanized, 'ru-Latn'),
  ];
  const seen = new Set<string>();
  return forms.filter((form) => {
    const key = `${form['@language']}\u0000${form['@value']}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A short reference to an island's Place, with its name, for events, quotes and claims. */
export function placeRef(abs: Absolute, island: Pick<Island, 'id' | 'names'>): JsonLdNode {
  return { '@type': 'Place', '@id': nodeIds.place(abs, island.id), name: islandName(island) };
}

/** The island in full, as its own page describes it. */
export function islandPlace(abs: Absolute, island: Island): JsonLdNode {
  return {
    '@type': 'Place',
    '@id': nodeIds.place(abs, island.id),
    name: islandName(island),
    alternateName: islandAlternateNames(island),
    description: island.summary,
    url: abs(routes.island(island.id)),
    geo: {
      '@type': 'GeoCoordinates',
      latitude: island.coordinates.lat,
      longitude: island.coordinates.lon,
    },
    hasMap: abs(routes.map()),
  };
}

import type { Island } from '../schemas/island.ts';

/** Which names a reader chose to see: both sides', or one side's. */
export type NamingChoice = 'both' | 'japanese' | 'russian';

/** The choices in the order the control offers them: "Place names: Japanese · Russian · both". */
export const NAMING_CHOICES: readonly { value: NamingChoice; label: string }[] = [
  { value: 'japanese', label: 'Japanese' },
  { value: 'russian', label: 'Russian' },
  { value: 'both', label: 'both' },
];

/** The name an island goes by under a naming choice: "Etorofu (Iturup)", "Etorofu" or "Iturup". */
export function islandName(island: Pick<Island, 'names'>, choice: NamingChoice = 'both'): string {
  const japanese = island.names.japanese.english;
  const russian = island.names.russian.english;
  if (choice === 'japanese') return japanese;
  if (choice === 'russian') return russian;
  return japanese === russian ? japanese : `${japanese} (${russian})`;
}

/** All three forms at once, for pages that let the reader switch without another request. */
export function islandNameForms(island: Pick<Island, 'names'>): Record<NamingChoice, string> {
  return {
    both: islandName(island, 'both'),
    japanese: islandName(island, 'japanese'),
    russian: islandName(island, 'russian'),
  };
}

/** "island" or "islet group", for sentences. */
export function islandKindLabel(island: Pick<Island, 'kind'>): string {
  return island.kind === 'islet-group' ? 'islet group' : 'island';
}

/** Link text split around the island name it contains, so the name can follow the naming choice. */
export interface NameInText {
  before: string;
  after: string;
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Finds an island's name in the text of a link to it: "Etorofu (Iturup)", "Iturup", or
 * "the Habomai islets" (the name inside other words). The longest form is tried first, so
 * "Etorofu (Iturup)" is read as one name, not as "Etorofu" followed by " (Iturup)". A name only
 * counts as a whole word. Undefined when the text names the island some other way.
 */
export function findIslandName(
  text: string,
  island: Pick<Island, 'names'>,
): NameInText | undefined {
  const forms = [...new Set(Object.values(islandNameForms(island)))].sort(
    (a, b) => b.length - a.length,
  );
  for (const form of forms) {
    const match = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`,
      'u',
    ).exec(text);
    if (match)
      return { before: text.slice(0, match.index), after: text.slice(match.index + form.length) };
  }
  return undefined;
}

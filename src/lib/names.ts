import type { Island } from '../schemas/island.ts';

/** Which names a reader chose to see: both sides', or one side's. */
export type NamingChoice = 'both' | 'japanese' | 'russian';

export const NAMING_CHOICES: readonly { value: NamingChoice; label: string }[] = [
  { value: 'both', label: 'Both' },
  { value: 'japanese', label: 'Japanese' },
  { value: 'russian', label: 'Russian' },
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

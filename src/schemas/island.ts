import { z } from 'zod';
import { IdSchema, SourcedNoteSchema, SourcedValueSchema, TextSchema, idRef } from './common.ts';
import { CorrectionListSchema } from './correction.ts';

/** One side's name for a place: how English text writes it, the native script, its romanisation. */
const SideNameSchema = (side: 'Japanese' | 'Russian') =>
  z.strictObject({
    /** The name as English text writes it, e.g. "Etorofu" or "Iturup". */
    english: TextSchema.meta({ description: `The ${side} name as written in English text.` }),
    /** The name in the native script: 択捉島 or Итуруп. */
    native: TextSchema.meta({
      description: `The ${side} name in ${side === 'Japanese' ? 'Japanese script' : 'Cyrillic'}.`,
    }),
    /** The native name romanised: Etorofu-tō, Iturup. */
    romanized: TextSchema.meta({ description: 'The native name in Latin letters.' }),
  });

/** Latitude and longitude in decimal degrees (WGS 84). */
export const CoordinatesSchema = z.strictObject({
  /** Degrees north (negative south), −90 to 90. */
  lat: z
    .number()
    .min(-90, { message: 'latitude runs from −90 to 90 degrees' })
    .max(90, { message: 'latitude runs from −90 to 90 degrees' })
    .meta({ description: 'Latitude, −90 to 90.' }),
  /** Degrees east (negative west), −180 to 180. */
  lon: z
    .number()
    .min(-180, { message: 'longitude runs from −180 to 180 degrees' })
    .max(180, { message: 'longitude runs from −180 to 180 degrees' })
    .meta({ description: 'Longitude, −180 to 180.' }),
});

/** How each side administers or claims the island, in neutral words. */
const AdministrationSchema = z.strictObject({
  /** Who governs the island today and how (facts on the ground). */
  current: TextSchema.meta({ description: 'Who governs it today, in neutral words.' }),
  /** Japan's administrative claim. */
  japan: TextSchema.meta({ description: 'How Japan counts it.' }),
  /** Russia's administrative division. */
  russia: TextSchema.meta({ description: 'How Russia counts it.' }),
  /** Source for the above, when a reader could doubt it. */
  source: idRef('sources').optional(),
});

/**
 * Who lives or lived on the island, each fact a sourced sentence in our own words. Kept apart so
 * that a page never shows the residents of 1945 as if they lived there today.
 */
const PeopleSchema = z.strictObject({
  /** Who lives there now and who governs them (or, for Habomai, that only border guards do). */
  today: z
    .array(SourcedNoteSchema)
    .default([])
    .meta({ description: 'Who lives there today, sourced.' }),
  /** The Japanese residents of 1945, and what became of them. */
  residents1945: z
    .array(SourcedNoteSchema)
    .default([])
    .meta({ description: 'The Japanese residents of 1945 and what became of them, sourced.' }),
  /** The Ainu, who lived on the islands before either state reached them. */
  ainu: z
    .array(SourcedNoteSchema)
    .default([])
    .meta({ description: 'The Ainu before both states, sourced.' }),
});

/** An island (or islet group) in dispute. */
export const IslandSchema = z.strictObject({
  /** Unique id: `etorofu`, `kunashiri`, `shikotan`, `habomai`. */
  id: IdSchema,
  /** A single island, or a group of islets (Habomai). */
  kind: z.enum(['island', 'islet-group']).meta({ description: 'island or islet-group.' }),
  /** Names used by each side. */
  names: z.strictObject({
    japanese: SideNameSchema('Japanese'),
    russian: SideNameSchema('Russian'),
  }),
  /** The island's centre, for labels and for matching map outlines. */
  coordinates: CoordinatesSchema,
  /** A short neutral description, in our own words. */
  summary: TextSchema,
  /** Area in km², one entry per source; sources that disagree are all kept. */
  area: z.array(SourcedValueSchema).min(1, { message: 'needs at least one sourced area' }),
  /**
   * Population figures with their date, one entry per source and date. Give each a `label`
   * saying whom it counts ("Japanese residents", "residents of Yuzhno-Kurilsky District"): pages
   * group the figures by label and year, so 1945 and today are never read as one figure.
   */
  population: z.array(SourcedValueSchema).default([]),
  /** Who lives or lived there: today, in 1945, and the Ainu before both states. */
  people: PeopleSchema.default({ today: [], residents1945: [], ainu: [] }),
  /** How each side administers or claims it. */
  administration: AdministrationSchema,
  /** Other sourced facts: distances, landmarks. */
  notes: z.array(SourcedNoteSchema).default([]),
  /** Statements this entry made that were wrong, and what it says now (see correction.ts). */
  corrections: CorrectionListSchema,
});

export type Island = z.output<typeof IslandSchema>;
export type IslandInput = z.input<typeof IslandSchema>;

/** The four islands every build must contain. */
export const REQUIRED_ISLAND_IDS = ['etorofu', 'kunashiri', 'shikotan', 'habomai'] as const;

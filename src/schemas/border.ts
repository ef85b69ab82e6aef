import { z } from 'zod';
import { HistoricalDateSchema } from './date.ts';
import { IdSchema, PartySchema, TextSchema, idRef, idRefList } from './common.ts';

/** A point as [latitude, longitude] in decimal degrees (WGS 84), the order Leaflet takes. */
export const LatLonSchema = z
  .tuple([
    z
      .number()
      .min(-90, { message: 'latitude (the first number) runs from −90 to 90 degrees' })
      .max(90, { message: 'latitude (the first number) runs from −90 to 90 degrees' }),
    z
      .number()
      .min(-180, { message: 'longitude (the second number) runs from −180 to 180 degrees' })
      .max(180, { message: 'longitude (the second number) runs from −180 to 180 degrees' }),
  ])
  .meta({ description: '[latitude, longitude] in decimal degrees.' });

/** Land beyond the four islands whose holder changed with the border. */
export const BORDER_REGIONS = {
  'northern-kurils': 'Urup and the Kuril Islands north of it',
  'southern-sakhalin': 'Sakhalin south of the 50th parallel',
  'northern-sakhalin': 'Sakhalin north of the 50th parallel',
} as const;

export type BorderRegion = keyof typeof BORDER_REGIONS;

const RegionSchema = z.enum(Object.keys(BORDER_REGIONS) as [BorderRegion, ...BorderRegion[]]).meta({
  description:
    'Land beyond the four islands: northern-kurils, southern-sakhalin, northern-sakhalin.',
});

/** Who held or claimed a piece of land in one state of the border. */
export const HoldingSchema = z
  .strictObject({
    /** The islands of the fact file it covers (the four islands). */
    islands: idRefList('islands').default([]),
    /** The land beyond the four islands it covers. */
    regions: z.array(RegionSchema).default([]),
    /** The party that held or administered the land; absent where no border divided it. */
    heldBy: PartySchema.optional(),
    /** Parties that claimed the land without holding it. */
    claimedBy: z.array(PartySchema).default([]),
    /** What the holding rested on, or a limit to it, in our own words. */
    note: TextSchema.optional(),
  })
  .refine((holding) => holding.islands.length + holding.regions.length > 0, {
    message: 'a holding names at least one island or region',
  })
  .refine(
    (holding) =>
      holding.heldBy !== undefined || holding.claimedBy.length > 0 || holding.note !== undefined,
    {
      message: 'a holding says who held or claimed the land, or says in `note` why no one did',
    },
  );

/** What a line marks: a border both sides agreed, the edge of one side's control, a claim, a proposal. */
export const LineKindSchema = z
  .enum(['border', 'control', 'claim', 'proposal'])
  .meta({ description: 'border (agreed by treaty), control, claim or proposal.' });

/** One line of a border state. */
export const BorderLineSchema = z
  .strictObject({
    /** Unique among all lines, kebab-case: `shimoda-1855`. */
    id: IdSchema,
    /** Shown beside the line and in the key: "1855 border (schematic)". */
    label: TextSchema,
    /** What the line marks. */
    kind: LineKindSchema,
    /** The line's vertices as [lat, lon], west or north end first: at least two. */
    points: z.array(LatLonSchema).min(2, { message: 'a line needs at least two points' }),
    /** True when the line only marks which side of a strait each shore lies, not a surveyed course. */
    schematic: z
      .boolean()
      .meta({ description: 'True when the line is drawn across a strait, not surveyed.' }),
    /** How the line was drawn; required when it is schematic. */
    note: TextSchema.optional(),
    /** The sources that place the line: at least one. */
    sources: idRefList('sources').min(1, { message: 'every line needs at least one source' }),
  })
  .superRefine((line, context) => {
    if (line.schematic && line.note === undefined)
      context.addIssue({
        code: 'custom',
        path: ['note'],
        input: line.note,
        message: 'a schematic line says in `note` how it was drawn (expected a note, found none)',
      });
  });

/** What the map of a state shows, in degrees. */
export const ExtentSchema = z
  .strictObject({
    /** Western edge, degrees east. */
    west: z.number().min(-180).max(180),
    /** Southern edge, degrees north. */
    south: z.number().min(-90).max(90),
    /** Eastern edge, degrees east. */
    east: z.number().min(-180).max(180),
    /** Northern edge, degrees north. */
    north: z.number().min(-90).max(90),
  })
  .refine((box) => box.west < box.east && box.south < box.north, {
    message: 'an extent has west < east and south < north',
  });

/** One state of the border through time: who held what after a treaty or event, and its lines. */
export const BorderStateSchema = z
  .strictObject({
    /** The state's id, used in the address (`?year=1875`, `#border-1875`): a year or `today`. */
    id: IdSchema,
    /** The choice's short name in the time control: "1855", "Today". */
    label: TextSchema,
    /** What the state is, for the caption: "Treaty of Shimoda". */
    title: TextSchema,
    /** When it began; absent for today's state. */
    date: HistoricalDateSchema.optional(),
    /** The id of the event it comes from. */
    event: idRef('events'),
    /** The sources that place the state as a whole: at least one. */
    sources: idRefList('sources').min(1, { message: 'a border state needs at least one source' }),
    /** Two or three neutral sentences: what changed, attributed where the sides differ. */
    summary: TextSchema,
    /** Who held or claimed each piece of land. */
    holdings: z.array(HoldingSchema).min(1, { message: 'a border state lists its holdings' }),
    /** The lines the map draws for this state (may be empty). */
    lines: z.array(BorderLineSchema).default([]),
    /** What the map of this state shows. */
    extent: ExtentSchema,
  })
  .superRefine((state, context) => {
    state.lines.forEach((line, index) => {
      line.points.forEach(([lat, lon], point) => {
        const { west, south, east, north } = state.extent;
        if (lat < south || lat > north || lon < west || lon > east) {
          context.addIssue({
            code: 'custom',
            path: ['lines', index, 'points', point],
            input: [lat, lon],
            message: `the point [${lat}, ${lon}] lies outside the state's extent (expected ${south}–${north}°N, ${west}–${east}°E)`,
          });
        }
      });
    });
  });

export type BorderState = z.output<typeof BorderStateSchema>;
export type BorderLine = z.output<typeof BorderLineSchema>;
export type Holding = z.output<typeof HoldingSchema>;

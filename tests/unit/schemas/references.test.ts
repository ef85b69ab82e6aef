import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { idRef, idRefList } from '../../../src/schemas/common.ts';
import { ClaimSchema, findReferences, IslandSchema } from '../../../src/schemas/index.ts';

describe('findReferences', () => {
  it('finds ids in nested objects, lists, optional fields and copies made by .meta()', () => {
    const schema = z.strictObject({
      speaker: idRef('actors'),
      source: idRef('sources').meta({ description: 'a copy of the tagged schema' }).optional(),
      items: z.array(z.strictObject({ islands: idRefList('islands').default([]) })),
      label: z.string(),
    });
    const value = schema.parse({
      speaker: 'putin',
      source: 'tass',
      items: [{ islands: ['etorofu', 'habomai'] }, {}],
      label: 'putin',
    });
    expect(findReferences(schema, value)).toEqual([
      { path: ['speaker'], collection: 'actors', id: 'putin' },
      { path: ['source'], collection: 'sources', id: 'tass' },
      { path: ['items', 0, 'islands', 0], collection: 'islands', id: 'etorofu' },
      { path: ['items', 0, 'islands', 1], collection: 'islands', id: 'habomai' },
    ]);
  });

  it('finds the references the registry’s schemas declare', () => {
    const claim = ClaimSchema.parse({
      id: 'q',
      question: 'Q?',
      positions: [
        { party: 'japan', summary: 'a', sources: ['mofa'] },
        { party: 'russia', summary: 'b', sources: ['mid'] },
      ],
      islands: ['shikotan'],
    });
    expect(
      findReferences(ClaimSchema, claim).map(
        (reference) => `${reference.path.join('.')}=${reference.collection}:${reference.id}`,
      ),
    ).toEqual([
      'positions.0.sources.0=sources:mofa',
      'positions.1.sources.0=sources:mid',
      'islands.0=islands:shikotan',
    ]);
    expect(IslandSchema).toBeDefined();
  });
});

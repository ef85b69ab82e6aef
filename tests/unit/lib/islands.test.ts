import { describe, expect, it } from 'vitest';
import { orderIslandsGeographically } from '../../../src/lib/islands.ts';

const island = (id: string, lat: number, lon: number) => ({ id, coordinates: { lat, lon } });

describe('orderIslandsGeographically', () => {
  it('lists the islands from north-east to south-west, whatever order they come in', () => {
    const islands = [
      island('etorofu', 45.0333, 147.6167),
      island('habomai', 43.5, 146.1333),
      island('kunashiri', 44.1167, 145.85),
      island('shikotan', 43.8, 146.75),
    ];
    expect(orderIslandsGeographically(islands).map((entry) => entry.id)).toEqual([
      'etorofu',
      'kunashiri',
      'shikotan',
      'habomai',
    ]);
  });

  it('does not change the list it is given', () => {
    const islands = [island('habomai', 43.5, 146.1), island('etorofu', 45, 147.6)];
    orderIslandsGeographically(islands);
    expect(islands[0]!.id).toBe('habomai');
  });
});

import { describe, expect, it } from 'vitest';
import { claimNodes, partyGovernment } from '../../../../src/lib/structured-data/claim.ts';
import { abs, claim, island, ROOT, source } from './fixtures.ts';

describe('claimNodes', () => {
  const nodes = claimNodes(abs, claim, { source, island });

  it('makes one Claim per position, in order, each at the claim’s anchor and its party', () => {
    expect(nodes.map((node) => node['@id'])).toEqual([
      `${ROOT}claims/#claim-sovereignty-today-japan`,
      `${ROOT}claims/#claim-sovereignty-today-russia`,
      `${ROOT}claims/#claim-sovereignty-today-international`,
    ]);
    expect(nodes.every((node) => node['@type'] === 'Claim' && node.name === claim.question)).toBe(
      true,
    );
    expect(nodes[1]!.text).toBe('They are Russian territory.');
  });

  it('gives each position its government as author, and none to a party that is no state', () => {
    expect(nodes[0]!.author).toEqual({
      '@type': 'GovernmentOrganization',
      name: 'Government of Japan',
    });
    expect(nodes[1]!.author).toEqual({
      '@type': 'GovernmentOrganization',
      name: 'Government of the Russian Federation',
    });
    expect(nodes[2]).not.toHaveProperty('author');
    expect(partyGovernment('international')).toBeUndefined();
  });

  it('makes the sources that state a position its appearances', () => {
    const appearances = nodes[1]!.appearance as Record<string, unknown>[];
    expect(appearances.map((work) => work['@id'])).toEqual([
      `${ROOT}sources/#source-tass`,
      `${ROOT}sources/#source-mofa`,
    ]);
    expect(nodes[0]!.about).toEqual([
      { '@type': 'Place', '@id': `${ROOT}islands/etorofu/#place`, name: 'Etorofu (Iturup)' },
    ]);
  });
});

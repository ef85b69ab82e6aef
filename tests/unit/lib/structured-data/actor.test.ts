import { describe, expect, it } from 'vitest';
import { actorNode, actorRef, actorType } from '../../../../src/lib/structured-data/actor.ts';
import { abs, putin, ROOT, scap } from './fixtures.ts';

describe('actorType', () => {
  it('makes people Persons and institutions Organizations', () => {
    expect(actorType('person')).toBe('Person');
    expect(actorType('unnamed')).toBe('Person');
    expect(actorType('government')).toBe('GovernmentOrganization');
    expect(actorType('organization')).toBe('Organization');
    expect(actorType('people')).toBe('Thing');
  });
});

describe('actorNode', () => {
  it('describes a person with the native name in its language and a state as nationality', () => {
    expect(actorNode(abs, putin)).toEqual({
      '@type': 'Person',
      '@id': `${ROOT}actors/putin/#actor`,
      name: 'Vladimir Putin',
      alternateName: { '@value': 'Владимир Путин', '@language': 'ru' },
      description: putin.summary,
      url: `${ROOT}actors/putin/`,
      nationality: { '@type': 'Country', name: 'Russia' },
    });
  });

  it('gives an organisation no nationality, and a party that is no state none either', () => {
    const node = actorNode(abs, scap);
    expect(node['@type']).toBe('GovernmentOrganization');
    expect(node).not.toHaveProperty('nationality');
    expect(node).not.toHaveProperty('alternateName');
    expect(actorNode(abs, { ...putin, country: 'international' })).not.toHaveProperty(
      'nationality',
    );
  });

  it('shares its id and type with the short reference quotes use', () => {
    expect(actorRef(abs, putin)).toEqual({
      '@type': 'Person',
      '@id': `${ROOT}actors/putin/#actor`,
      name: 'Vladimir Putin',
    });
  });
});

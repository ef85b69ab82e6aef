import { describe, expect, it } from 'vitest';
import {
  eventList,
  eventNode,
  timelineDocument,
  timelinePath,
} from '../../../../src/lib/structured-data/event.ts';
import { abs, island, ROOT, shimodaEvent } from './fixtures.ts';

describe('eventNode', () => {
  it('is an Event at its timeline anchor, located on the Places of the islands it names', () => {
    expect(eventNode(abs, shimodaEvent, island)).toEqual({
      '@type': 'Event',
      '@id': `${ROOT}timeline/#event-treaty-of-shimoda-1855`,
      name: 'Treaty of Shimoda',
      description: shimodaEvent.summary,
      startDate: '1855-02-07',
      url: `${ROOT}timeline/#event-treaty-of-shimoda-1855`,
      location: [
        { '@type': 'Place', '@id': `${ROOT}islands/etorofu/#place`, name: 'Etorofu (Iturup)' },
        { '@type': 'Place', '@id': `${ROOT}islands/shikotan/#place`, name: 'Shikotan' },
      ],
    });
  });

  it('has no location when it names no island, and no description when asked not to', () => {
    const node = eventNode(abs, { ...shimodaEvent, islands: [] }, island, { descriptions: false });
    expect(node).not.toHaveProperty('location');
    expect(node).not.toHaveProperty('description');
    expect(node.name).toBe('Treaty of Shimoda');
  });
});

describe('timelinePath', () => {
  it('gives each filter its page', () => {
    expect(timelinePath({ kind: 'all' })).toBe('/timeline/');
    expect(timelinePath({ kind: 'island', id: 'etorofu' })).toBe('/timeline/island/etorofu/');
    expect(timelinePath({ kind: 'actor', id: 'putin' })).toBe('/timeline/actor/putin/');
    expect(timelinePath({ kind: 'period', slug: 'cold-war' })).toBe('/timeline/period/cold-war/');
  });
});

describe('timelineDocument', () => {
  it('is a CollectionPage whose main entity is the ordered list of its events', () => {
    const document = timelineDocument(
      abs,
      {
        filter: { kind: 'island', id: 'etorofu' },
        name: 'Events concerning Etorofu',
        description: 'All.',
      },
      [shimodaEvent],
      island,
    );
    const [, , page, list] = document['@graph'];
    expect(page).toMatchObject({
      '@type': 'CollectionPage',
      '@id': `${ROOT}timeline/island/etorofu/`,
      mainEntity: { '@id': `${ROOT}timeline/island/etorofu/#events` },
    });
    expect(list).toEqual(
      eventList(
        abs,
        '/timeline/island/etorofu/',
        'Events concerning Etorofu',
        [shimodaEvent],
        island,
      ),
    );
    expect(list!.itemListElement).toHaveLength(1);
  });
});

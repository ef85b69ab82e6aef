import { describe, expect, it } from 'vitest';
import {
  itemList,
  localizeDocument,
  pageDocument,
  siteOrganization,
  webPage,
  webSite,
  type JsonLdDocument,
} from '../../../../src/lib/structured-data/page.ts';
import { SITE } from '../../../../src/lib/site.ts';
import { abs, ROOT } from './fixtures.ts';

describe('pageDocument', () => {
  it('holds the site, the website, the page and then the entities, under the schema.org context', () => {
    const entity = { '@type': 'Thing', '@id': `${ROOT}#x` };
    const document = pageDocument(
      abs,
      { type: 'AboutPage', path: '/about/', name: 'About this site', description: 'How.' },
      [entity],
    );
    expect(document['@context']).toBe('https://schema.org');
    expect(document['@graph'].map((node) => node['@type'])).toEqual([
      'Organization',
      'WebSite',
      'AboutPage',
      'Thing',
    ]);
  });
});

describe('siteOrganization and webSite', () => {
  it('name the site, and the website is published by the organisation', () => {
    expect(siteOrganization(abs)).toMatchObject({
      '@id': `${ROOT}#organization`,
      name: SITE.name,
      url: ROOT,
    });
    const site = webSite(abs);
    expect(site).toMatchObject({
      '@id': `${ROOT}#website`,
      inLanguage: 'en',
      publisher: { '@id': `${ROOT}#organization` },
    });
    expect(JSON.stringify(site.potentialAction)).toContain(`${ROOT}search/?q={search_term_string}`);
  });
});

describe('webPage', () => {
  it('is its own address, part of the website, with its main entity when given', () => {
    const page = webPage(abs, {
      type: 'WebPage',
      path: '/islands/etorofu/',
      name: 'Etorofu (Iturup)',
      description: 'About it.',
      mainEntity: { '@id': `${ROOT}islands/etorofu/#place` },
    });
    expect(page).toMatchObject({
      '@type': 'WebPage',
      '@id': `${ROOT}islands/etorofu/`,
      url: `${ROOT}islands/etorofu/`,
      isPartOf: { '@id': `${ROOT}#website` },
      mainEntity: { '@id': `${ROOT}islands/etorofu/#place` },
    });
    expect(page).not.toHaveProperty('about');
  });
});

describe('itemList', () => {
  it('numbers the items from 1 in the order given', () => {
    const list = itemList(
      `${ROOT}timeline/#events`,
      'Timeline',
      [{ '@id': 'a' }, { '@id': 'b' }],
      'ascending',
    );
    expect(list.numberOfItems).toBe(2);
    expect(list.itemListOrder).toBe('https://schema.org/ItemListOrderAscending');
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, item: { '@id': 'a' } },
      { '@type': 'ListItem', position: 2, item: { '@id': 'b' } },
    ]);
  });
});

describe('localizeDocument', () => {
  const place = 'https://example.org/islands/habomai/#place';
  const document = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebPage', '@id': 'https://example.org/map/', name: 'Map' },
      {
        '@type': 'ItemList',
        itemListElement: [
          {
            '@type': 'ListItem',
            item: {
              '@type': 'Event',
              location: [{ '@type': 'Place', '@id': place, name: '歯舞群島 (ハボマイ諸島)' }],
            },
          },
        ],
      },
    ],
  } as unknown as JsonLdDocument;

  it('names the islands’ Places, however deep, as the page’s language writes them', () => {
    const localized = localizeDocument(
      document,
      'ja',
      'https://example.org/map/',
      'https://example.org/ja/map/',
      new Map([[place, '歯舞群島（ハボマイ諸島）']]),
    );
    expect(JSON.stringify(localized)).toContain('"name":"歯舞群島（ハボマイ諸島）"');
    expect(JSON.stringify(localized)).not.toContain('(ハボマイ');
    expect(localized['@graph'][0]).toMatchObject({
      '@id': 'https://example.org/ja/map/',
      inLanguage: 'ja',
      translationOfWork: { '@id': 'https://example.org/map/' },
    });
  });

  it('leaves an English document as it is', () => {
    expect(localizeDocument(document, 'en', '', '', new Map([[place, 'x']]))).toBe(document);
  });
});

import { describe, expect, it } from 'vitest';
import {
  dataFileList,
  dataPageIds,
  dataSectionFor,
} from '../../../../src/lib/data-export/files.ts';
import { FACT_COLLECTION_NAMES } from '../../../../src/schemas/index.ts';

describe('dataFileList', () => {
  it('lists facts.json, its schema, one CSV per collection and the GeoJSON files', () => {
    expect(dataFileList('/data/outlines-0123456789.geojson').map((file) => file.path)).toEqual([
      '/data/facts.json',
      '/data/facts.schema.json',
      ...FACT_COLLECTION_NAMES.map((name) => `/data/${name}.csv`),
      '/data/borders.geojson',
      '/data/outlines-0123456789.geojson',
    ]);
  });

  it('leaves the outlines out when their name is not known', () => {
    expect(dataFileList().some((file) => file.path.includes('outlines'))).toBe(false);
  });

  it('gives every file a unique key', () => {
    const keys = dataFileList('/data/outlines-0123456789.geojson').map((file) => file.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('dataPageIds', () => {
  it('holds a section per file, the outlines’ included', () => {
    const ids = dataPageIds();
    expect(ids).toContain('file-islands-csv');
    expect(ids).toContain('file-outlines-geojson');
    expect(ids).toContain('cite');
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('dataSectionFor', () => {
  it.each([
    ['/islands/etorofu/', 'islands-csv'],
    ['/islands/', 'islands-csv'],
    ['/timeline/period/war-and-occupation/', 'events-csv'],
    ['/actors/putin/', 'actors-csv'],
    ['/map/', 'borders-csv'],
    ['/articles/dispute-in-brief/', 'facts-json'],
  ])('sends the footer of %s to the %s section', (path, key) => {
    expect(dataSectionFor(path)).toBe(key);
  });

  it('has no section for pages that hold no entries', () => {
    expect(dataSectionFor('/')).toBeUndefined();
    expect(dataSectionFor('/about/')).toBeUndefined();
    expect(dataSectionFor('/data/')).toBeUndefined();
  });
});

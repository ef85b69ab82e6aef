import { describe, expect, it } from 'vitest';
import { joinBase, stripBase } from '../../../src/lib/urls.ts';
import { normalizeBase, siteOptionsFromEnv } from '../../../src/lib/site-options.ts';

describe('normalizeBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['docs', '/docs/'],
    ['/docs', '/docs/'],
    ['docs/', '/docs/'],
    ['//a/b//', '/a/b/'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeBase(raw)).toBe(expected);
  });
});

describe('joinBase', () => {
  it('keeps root paths at the root base', () => {
    expect(joinBase('/', '/')).toBe('/');
    expect(joinBase('/', '/islands/etorofu/')).toBe('/islands/etorofu/');
  });

  it('prefixes a sub-path base exactly once', () => {
    expect(joinBase('/kurils/', '/islands/')).toBe('/kurils/islands/');
    expect(joinBase('/kurils', 'islands/')).toBe('/kurils/islands/');
    expect(joinBase('/kurils/', '/')).toBe('/kurils/');
  });

  it('adds the trailing slash page routes use, but not to files', () => {
    expect(joinBase('/', '/timeline')).toBe('/timeline/');
    expect(joinBase('/x/', '/rss.xml')).toBe('/x/rss.xml');
    expect(joinBase('/x/', '/data/facts.json')).toBe('/x/data/facts.json');
  });

  it('keeps query strings and fragments after the slash', () => {
    expect(joinBase('/x/', '/timeline#event-yalta')).toBe('/x/timeline/#event-yalta');
    expect(joinBase('/', '/search?q=kunashiri')).toBe('/search/?q=kunashiri');
    expect(joinBase('/x/', '#main')).toBe('/x/#main');
  });
});

describe('siteOptionsFromEnv', () => {
  it('defaults to localhost at the root', () => {
    expect(siteOptionsFromEnv({})).toEqual({ site: 'http://localhost:4321', base: '/' });
  });

  it('reads SITE_URL and BASE_PATH', () => {
    expect(siteOptionsFromEnv({ SITE_URL: 'https://example.org/', BASE_PATH: 'kurils' })).toEqual({
      site: 'https://example.org',
      base: '/kurils/',
    });
  });

  it('refuses a site that is not an absolute http(s) URL', () => {
    expect(() => siteOptionsFromEnv({ SITE_URL: 'example.org' })).toThrow(/absolute URL/);
    expect(() => siteOptionsFromEnv({ SITE_URL: 'ftp://example.org' })).toThrow(/https:\/\//);
  });
});

describe('stripBase', () => {
  it('takes the base off a served pathname', () => {
    expect(stripBase('/four-islands', '/four-islands/islands/etorofu/')).toBe('/islands/etorofu/');
    expect(stripBase('/four-islands/', '/four-islands/')).toBe('/');
    expect(stripBase('/four-islands', '/four-islands')).toBe('/');
  });

  it('leaves a pathname as it is at the root or outside the base', () => {
    expect(stripBase('/', '/timeline/')).toBe('/timeline/');
    expect(stripBase('/four-islands', '/elsewhere/')).toBe('/elsewhere/');
    expect(stripBase('/four', '/four-islands/')).toBe('/four-islands/');
  });
});

import { describe, expect, it } from 'vitest';
import {
  checkableUrl,
  classifyStatus,
  formatExternalReport,
  groupByHost,
  isExternal,
  reusableResult,
  urlsInMarkdown,
  urlsInYaml,
  type ExternalLinkCache,
} from '../../../tools/links/external-links.ts';

describe('urlsInYaml', () => {
  it('finds every url field at any depth, with its line, and nothing else', () => {
    const yaml = [
      '- id: a',
      '  url: https://example.org/a',
      '  note: see https://example.org/not-a-url-field',
      '- id: b',
      '  archive:',
      '    url: "https://archive.example/b"',
      '- id: c',
    ].join('\n');
    expect(urlsInYaml(yaml, 'content/facts/sources.yaml')).toEqual([
      { url: 'https://example.org/a', where: 'content/facts/sources.yaml:2' },
      { url: 'https://archive.example/b', where: 'content/facts/sources.yaml:6' },
    ]);
  });
});

describe('urlsInMarkdown', () => {
  it('finds links, autolinks, images, definitions and frontmatter URLs, with their lines', () => {
    const markdown = [
      '---',
      'title: "T"',
      'seeAlso: https://front.example/x',
      '---',
      '',
      'A [link](https://example.org/a_(b)) and [an island](island:etorofu).',
      '',
      'Bare www.autolink.example and https://gfm.example/y.',
      '',
      '![map](https://img.example/m.png)',
      '',
      '[ref]: https://def.example/z',
    ].join('\n');
    expect(urlsInMarkdown(markdown, 'a.md')).toEqual([
      { url: 'https://front.example/x', where: 'a.md:3' },
      { url: 'https://example.org/a_(b)', where: 'a.md:6' },
      // GFM links a bare www. address as http://, as the rendered page does.
      { url: 'http://www.autolink.example', where: 'a.md:8' },
      { url: 'https://gfm.example/y', where: 'a.md:8' },
      { url: 'https://img.example/m.png', where: 'a.md:10' },
      { url: 'https://def.example/z', where: 'a.md:12' },
    ]);
  });
});

describe('checkableUrl and isExternal', () => {
  it('drops the fragment and refuses what is not http(s)', () => {
    expect(checkableUrl('https://example.org/a#b')).toBe('https://example.org/a');
    expect(checkableUrl('mailto:a@example.org')).toBeUndefined();
    expect(checkableUrl('island:etorofu')).toBeUndefined();
  });

  it('leaves out the site itself and machine-local addresses', () => {
    expect(isExternal('https://example.org/', ['https://islands.example'])).toBe(true);
    expect(isExternal('https://islands.example/about/', ['https://islands.example'])).toBe(false);
    expect(isExternal('http://localhost:4321/', [])).toBe(false);
    expect(isExternal('http://127.0.0.1/', [])).toBe(false);
  });
});

describe('classifyStatus', () => {
  it.each([
    [200, 'ok'],
    [301, 'ok'],
    [404, 'broken'],
    [410, 'broken'],
    [500, 'broken'],
    [403, 'blocked'],
    [429, 'blocked'],
    [999, 'blocked'],
  ] as const)('%i is %s', (status, outcome) => {
    expect(classifyStatus(status)).toBe(outcome);
  });
});

describe('reusableResult', () => {
  const now = new Date('2026-12-10T00:00:00Z');
  const cache: ExternalLinkCache = {
    version: 1,
    results: {
      'https://a.example/': {
        url: 'https://a.example/',
        outcome: 'ok',
        status: 200,
        checkedAt: '2026-12-05T00:00:00Z',
      },
      'https://b.example/': {
        url: 'https://b.example/',
        outcome: 'ok',
        status: 200,
        checkedAt: '2026-12-01T00:00:00Z',
      },
      'https://c.example/': {
        url: 'https://c.example/',
        outcome: 'broken',
        status: 404,
        checkedAt: '2026-12-09T00:00:00Z',
      },
    },
  };

  it('reuses successes younger than 7 days only', () => {
    expect(reusableResult(cache, 'https://a.example/', now)?.status).toBe(200);
    expect(reusableResult(cache, 'https://b.example/', now)).toBeUndefined();
  });

  it('checks failures again every time', () => {
    expect(reusableResult(cache, 'https://c.example/', now)).toBeUndefined();
    expect(reusableResult(undefined, 'https://a.example/', now)).toBeUndefined();
  });
});

describe('groupByHost', () => {
  it('groups URLs by host, in a stable order', () => {
    expect(
      groupByHost(['https://b.example/2', 'https://a.example/', 'https://b.example/1']),
    ).toEqual([
      ['a.example', ['https://a.example/']],
      ['b.example', ['https://b.example/1', 'https://b.example/2']],
    ]);
  });
});

describe('formatExternalReport', () => {
  it('lists broken and refused links with every place they appear', () => {
    const checkedAt = '2026-12-10T00:00:00Z';
    const report = formatExternalReport(
      [
        { url: 'https://a.example/', outcome: 'ok', status: 200, checkedAt },
        { url: 'https://b.example/', outcome: 'broken', status: 404, checkedAt },
        { url: 'https://c.example/', outcome: 'broken', detail: 'ENOTFOUND', checkedAt },
        { url: 'https://d.example/', outcome: 'blocked', status: 403, checkedAt },
      ],
      new Map([
        ['https://b.example/', ['content/facts/sources.yaml:9', 'page /about/']],
        ['https://c.example/', ['content/articles/x.md:3']],
      ]),
    );
    expect(report).toBe(
      [
        'Broken external links:',
        '  https://b.example/  HTTP 404',
        '    in content/facts/sources.yaml:9',
        '    in page /about/',
        '  https://c.example/  ENOTFOUND',
        '    in content/articles/x.md:3',
        '',
        'Refused to a robot (check these by hand; they do not fail the run):',
        '  https://d.example/  HTTP 403',
        '',
        '4 external URLs: 1 ok, 2 broken, 1 refused.',
      ].join('\n'),
    );
  });
});

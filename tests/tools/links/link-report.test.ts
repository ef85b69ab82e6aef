import { describe, expect, it } from 'vitest';
import {
  describeFailure,
  formatBrokenLinks,
  sitePathOf,
} from '../../../tools/links/link-report.ts';

describe('sitePathOf', () => {
  it.each([
    ['four-islands/about/', '/four-islands/about/'],
    ['about/#x', '/about/#x'],
    ['./', '/'],
    ['https://example.org/a', 'https://example.org/a'],
  ])('%s → %s', (reported, path) => {
    expect(sitePathOf(reported)).toBe(path);
  });
});

describe('describeFailure', () => {
  it('names the missing fragment', () => {
    const result = {
      status: 200,
      failureDetails: [new Error("Fragment identifier '#event-x' not found on page")],
    };
    expect(describeFailure(result)).toBe('no element with id "event-x" on the target page');
  });

  it('gives the HTTP status of a missing page', () => {
    expect(describeFailure({ status: 404, failureDetails: [{ status: 404, headers: {} }] })).toBe(
      'HTTP 404',
    );
  });

  it('says where a redirect goes, so the link can name its final URL', () => {
    const response = { status: 301, headers: { location: 'http://localhost:5555/sub/timeline/' } };
    expect(
      describeFailure({ status: 301, failureDetails: [response, new Error('Redirect detected')] }),
    ).toBe('HTTP 301 redirect to /sub/timeline/: link to the final URL (with its trailing slash)');
  });

  it('falls back to the error message, then to "not a valid URL"', () => {
    expect(describeFailure({ status: 0, failureDetails: [new Error('fetch failed')] })).toBe(
      'fetch failed',
    );
    expect(describeFailure({ status: 0 })).toBe('not a valid URL');
  });
});

describe('formatBrokenLinks', () => {
  it('groups broken links under their page and ends with a count', () => {
    const report = formatBrokenLinks(
      [
        { page: '/b/', link: '/x/', reason: 'HTTP 404' },
        { page: '/a/', link: '/y/#z', reason: 'no element with id "z" on the target page' },
        { page: '/b/', link: '/w/', reason: 'HTTP 404' },
      ],
      7,
    );
    expect(report).toBe(
      [
        'on /a/\n  /y/#z  no element with id "z" on the target page',
        'on /b/\n  /w/  HTTP 404\n  /x/  HTTP 404',
        '3 broken internal links on 2 of 7 built files.',
      ].join('\n\n'),
    );
  });

  it('says so when nothing is broken', () => {
    expect(formatBrokenLinks([], 3)).toBe('No broken internal links in 3 built files.');
  });
});

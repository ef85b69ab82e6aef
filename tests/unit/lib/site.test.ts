import { describe, expect, it } from 'vitest';
import { reportUrl, sourceRepositoryUrl } from '../../../src/lib/site.ts';

describe('sourceRepositoryUrl and reportUrl', () => {
  it('know the repository only when the build is told it', () => {
    expect(sourceRepositoryUrl({})).toBeUndefined();
    expect(reportUrl({})).toBeUndefined();
    const actions = {
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'owner/four-islands',
    };
    expect(sourceRepositoryUrl(actions)).toBe('https://github.com/owner/four-islands');
    expect(reportUrl(actions)).toBe('https://github.com/owner/four-islands/issues/new');
  });

  it('let REPORT_URL and SOURCE_URL override', () => {
    expect(reportUrl({ SOURCE_URL: 'https://git.example.org/four-islands/' })).toBe(
      'https://git.example.org/four-islands/issues/new',
    );
    expect(
      reportUrl({
        REPORT_URL: ' mailto:corrections@example.org ',
        SOURCE_URL: 'https://x.example',
      }),
    ).toBe('mailto:corrections@example.org');
  });
});

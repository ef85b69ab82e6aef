import { describe, expect, it } from 'vitest';
import { missingSiteUrlWarning } from '../../../src/lib/site-options.ts';

describe('missingSiteUrlWarning', () => {
  it('names SITE_URL and what the default address ends up in when it is not set', () => {
    for (const env of [{}, { SITE_URL: '' }, { SITE_URL: '  ' }]) {
      const warning = missingSiteUrlWarning(env);
      expect(warning).toContain('SITE_URL is not set');
      expect(warning).toContain('canonical URLs, the sitemap and the RSS feed');
      expect(warning).toContain('http://localhost:4321');
    }
  });

  it('is silent when SITE_URL is set', () => {
    expect(missingSiteUrlWarning({ SITE_URL: 'https://example.org' })).toBeUndefined();
  });
});

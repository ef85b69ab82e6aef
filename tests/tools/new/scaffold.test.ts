import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { FACT_TEMPLATES, articleTemplate, slugFromTitle } from '../../../tools/new/scaffold.ts';
import { writeFileSync } from 'node:fs';
import { fixtureRoot } from '../../support/fixtures.ts';
import { parse } from 'yaml';

describe('slugFromTitle', () => {
  it('makes a kebab-case file name from a title', () => {
    expect(slugFromTitle('Joint patrols in 2030')).toBe('joint-patrols-in-2030');
    expect(slugFromTitle('Kunashiri (Kunashir): “the near island”')).toBe(
      'kunashiri-kunashir-the-near-island',
    );
    expect(slugFromTitle('Étorofu & Iturup')).toBe('etorofu-iturup');
  });
});

describe('articleTemplate', () => {
  it('is a draft that passes the content check as written', async () => {
    const { root, cleanup } = fixtureRoot();
    try {
      writeFileSync(
        `${root}/content/articles/a-new-one.md`,
        articleTemplate({
          title: 'A "new" one',
          today: new Date('2030-05-17T10:00:00Z'),
          sourceId: 'example-news',
        }),
      );
      const { problems, content } = await validateContent({ root, cache: false });
      expect(problems).toEqual([]);
      const article = content.articles.find((entry) => entry.slug === 'a-new-one');
      expect(article?.data.draft).toBe(true);
      expect(article?.data.title).toBe('A "new" one');
      expect(article?.data.published).toEqual({ year: 2030, month: 5, day: 17 });
    } finally {
      cleanup();
    }
  });
});

describe('fact templates', () => {
  it('are YAML lists with one entry each', () => {
    for (const [kind, template] of Object.entries(FACT_TEMPLATES)) {
      const parsed = parse(template.text) as unknown[];
      expect(Array.isArray(parsed), kind).toBe(true);
      expect(parsed).toHaveLength(1);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/lib/content/validate.ts';
import {
  FACTS_SCHEMA_VERSION,
  dataFiles,
  dataRecord,
  factsDocument,
  latestContentDay,
} from '../../../src/lib/facts-export.ts';
import { parseGitLog } from '../../../src/lib/history/git-log.ts';
import { fixtureRoot } from '../../support/fixtures.ts';

const { root, cleanup } = fixtureRoot();
const { content } = await validateContent({ root, cache: false }).finally(cleanup);
const facts = { ...content, articles: content.articles.map(({ slug, data }) => ({ slug, data })) };
const page = { title: 'Data', siteName: 'Four Islands', url: 'https://example.org/data/' };
const noHistory = { unavailable: 'the site was built without its git history' };

const log = (day: string, file: string) =>
  `\u001e${'a'.repeat(40)}\u001f${day}\u001fChange the facts\n\n${file}\n`;

describe('the data set’s version', () => {
  it('is the same for the same content, whenever it is built', () => {
    expect(dataRecord(facts, page, noHistory)).toEqual(dataRecord(facts, page, noHistory));
    expect(dataRecord(facts, page, noHistory).citable.version).toMatch(/^[0-9a-f]{12}$/);
  });

  it('changes when any entry changes', () => {
    const changed = {
      ...facts,
      islands: facts.islands.map((island, index) =>
        index === 0 ? { ...island, summary: 'Changed.' } : island,
      ),
    };
    expect(dataRecord(changed, page, noHistory).citable.version).not.toBe(
      dataRecord(facts, page, noHistory).citable.version,
    );
  });

  it('takes its day from the last commit to a content file', () => {
    const history = parseGitLog(log('2026-11-30', 'content/facts/islands.yaml'));
    const record = dataRecord(facts, page, history);
    expect(record.citable.versionDate).toBe('2026-11-30');
    expect(record.history.source).toEqual({ kind: 'git' });
  });

  it('falls back on the latest date in the content without git history, never the build day', () => {
    const record = dataRecord(facts, page, noHistory);
    expect(record.citable.versionDate).toBe(latestContentDay(facts));
    expect(record.fallbackLabel).toBe('the latest date in the content');
  });

  it('reads the latest of sources read, corrections and articles published or updated', () => {
    const withCorrection = {
      ...facts,
      events: facts.events.map((event) => ({
        ...event,
        corrections: [
          { date: { year: 2099, month: 1, day: 2 }, wrong: 'It said x.', changed: 'It says y.' },
        ],
      })),
    };
    expect(latestContentDay(withCorrection)).toBe('2099-01-02');
  });

  it('names the fact files and the articles as its files', () => {
    const files = dataFiles(facts);
    expect(files).toContain('content/facts/islands.yaml');
    expect(files).toContain(`content/articles/${facts.articles[0]!.slug}.md`);
  });
});

describe('factsDocument', () => {
  it('carries its schema, its version and no build time', () => {
    const document = factsDocument(
      facts,
      { version: '0123456789ab', versionDate: '2026-12-03' },
      'https://example.org/data/facts.schema.json',
    );
    expect(document).toMatchObject({
      $schema: 'https://example.org/data/facts.schema.json',
      schemaVersion: FACTS_SCHEMA_VERSION,
      version: '0123456789ab',
      versionDate: '2026-12-03',
      licence: 'CC BY 4.0',
    });
    expect(document).not.toHaveProperty('builtAt');
    expect(document.islands).toEqual(facts.islands);
  });
});

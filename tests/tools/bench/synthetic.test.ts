import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { TRANSLATED_LOCALES } from '../../../src/i18n/locales.ts';
import {
  editArticle,
  generateSyntheticContent,
  seededRandom,
  syntheticCounts,
  syntheticIds,
  type RealIds,
} from '../../../tools/bench/synthetic.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';

const VALID = fileURLToPath(new URL('../../fixtures/valid', import.meta.url));
const fixture = (await validateContent({ root: VALID, cache: false })).content;
const real: RealIds = {
  islands: fixture.islands.map((entry) => entry.id),
  actors: fixture.actors.map((entry) => entry.id),
  events: fixture.events.map((entry) => entry.id),
  sources: fixture.sources.map((entry) => entry.id),
};

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** The valid fixture with N synthetic articles and their facts added, as the benchmark does it. */
function contentWith(articles: number): string {
  const root = mkdtempSync(join(tmpdir(), 'four-islands-synthetic-'));
  roots.push(root);
  cpSync(join(VALID, 'content'), join(root, 'content'), { recursive: true });
  const generated = generateSyntheticContent(articles, real);
  for (const article of generated.articles)
    writeFileSync(join(root, 'content', 'articles', `${article.slug}.md`), article.text);
  appendFileSync(join(root, 'content', 'facts', 'events.yaml'), `\n${generated.eventsYaml}\n`);
  appendFileSync(join(root, 'content', 'facts', 'quotes.yaml'), `\n${generated.quotesYaml}\n`);
  appendFileSync(join(root, 'content', 'facts', 'sources.yaml'), `\n${generated.sourcesYaml}\n`);
  return root;
}

describe('the synthetic translations', () => {
  it('give every synthetic event and quote in each translated language, with its text fields', () => {
    const generated = generateSyntheticContent(24, real);
    const ids = (yaml: string) => [...yaml.matchAll(/^- id: (\S+)$/gm)].map((match) => match[1]);
    expect(Object.keys(generated.translations).sort()).toEqual([...TRANSLATED_LOCALES].sort());
    for (const translated of Object.values(generated.translations)) {
      expect(ids(translated.eventsYaml)).toEqual(ids(generated.eventsYaml));
      expect(ids(translated.quotesYaml)).toEqual(ids(generated.quotesYaml));
      expect(translated.eventsYaml.match(/^  title: /gm)).toHaveLength(generated.counts.events);
      expect(translated.eventsYaml.match(/^  summary: /gm)).toHaveLength(generated.counts.events);
      expect(translated.quotesYaml.match(/^  context: /gm)).toHaveLength(generated.counts.quotes);
      expect(translated.quotesYaml.match(/^  siteTranslation: /gm)).toHaveLength(
        generated.counts.quotes,
      );
    }
  });
});

describe('syntheticCounts', () => {
  it('adds one event and one source per five articles and one quote per ten', () => {
    expect(syntheticCounts(100)).toEqual({ articles: 100, events: 20, quotes: 10, sources: 20 });
    expect(syntheticCounts(5000)).toEqual({
      articles: 5000,
      events: 1000,
      quotes: 500,
      sources: 1000,
    });
    expect(syntheticCounts(3)).toEqual({ articles: 3, events: 1, quotes: 1, sources: 1 });
  });
});

describe('generateSyntheticContent', () => {
  it('passes the content check, with every entry added', async () => {
    for (const size of [1, 3, 24]) {
      const { problems, content } = await validateContent({
        root: contentWith(size),
        cache: false,
      });
      expect(problems, `N=${size}`).toEqual([]);
      const counts = syntheticCounts(size);
      expect(content.articles.length).toBe(fixture.articles.length + size);
      expect(content.events.length).toBe(fixture.events.length + counts.events);
      expect(content.quotes.length).toBe(fixture.quotes.length + counts.quotes);
      expect(content.sources.length).toBe(fixture.sources.length + counts.sources);
    }
    // Three full content checks, each rendering its articles: seconds on a busy machine.
  }, 60_000);

  it('is deterministic', () => {
    expect(generateSyntheticContent(7, real)).toEqual(generateSyntheticContent(7, real));
  });

  it('writes articles that name islands, actors, events and sources and use fact links, a quote block and footnotes', () => {
    const [, second] = generateSyntheticContent(20, real).articles;
    expect(second?.slug).toBe(syntheticIds.article(1));
    const text = second?.text ?? '';
    expect(text).toMatch(/^islands: \[.+\]$/m);
    expect(text).toMatch(/^actors: \[.+\]$/m);
    expect(text).toMatch(/^events: \[.*synthetic-event-.+\]$/m);
    expect(text).toMatch(/^sources: \[.*synthetic-source-.+\]$/m);
    for (const kind of ['island', 'actor', 'event', 'source', 'article'])
      expect(text).toContain(`](${kind}:`);
    expect(text).toMatch(/^\[quote\]\(quote:synthetic-quote-\d+\)$/m);
    expect(text).toMatch(/^\[\^s1\]: /m);
    expect(text).toContain(`](/articles/${syntheticIds.article(0)}/#background)`);
  });

  it('writes articles about as long as the real ones (about a thousand words)', () => {
    const words = generateSyntheticContent(10, real).articles.map(
      (article) => article.text.split(/\s+/).length,
    );
    for (const count of words) expect(count).toBeGreaterThan(700);
    for (const count of words) expect(count).toBeLessThan(1400);
  });

  it('marks every fact as generated, and gives no source a URL', () => {
    const generated = generateSyntheticContent(10, real);
    expect(generated.sourcesYaml).not.toContain('url:');
    expect(generated.sourcesYaml).toContain('not a real document');
    expect(generated.quotesYaml).toContain('not said by anyone');
    expect(generated.eventsYaml).toContain('it did not happen');
  });
});

describe('seededRandom', () => {
  it('repeats for a seed, differs between seeds, and stays in [0, 1)', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    const c = seededRandom(2);
    const first = Array.from({ length: 50 }, () => a());
    expect(Array.from({ length: 50 }, () => b())).toEqual(first);
    expect(c()).not.toBe(first[0]);
    for (const value of first) expect(value >= 0 && value < 1).toBe(true);
  });
});

describe('editArticle', () => {
  const [original] = generateSyntheticContent(3, real).articles;
  const text = original?.text ?? '';

  it('adds a first paragraph with the marker and keeps the rest as it was', () => {
    const edited = editArticle(text, 'benchedit1');
    const end = text.indexOf('\n---\n', 4) + 5;
    expect(edited.slice(0, end)).toBe(text.slice(0, end));
    expect(edited.slice(end)).toBe(
      `\nThis paragraph was added by an edit: benchedit1.\n${text.slice(end)}`,
    );
    expect(edited.split('benchedit1')).toHaveLength(2);
  });

  it('gives a new text for each marker', () => {
    expect(editArticle(text, 'a1')).not.toBe(editArticle(text, 'a2'));
  });

  it('leaves the article valid for the content check', async () => {
    const root = contentWith(3);
    const file = join(root, 'content', 'articles', `${original?.slug}.md`);
    writeFileSync(file, editArticle(text, 'benchedit2'));
    expect((await validateContent({ root, cache: false })).problems).toEqual([]);
  }, 60_000);

  it('refuses a text without frontmatter', () => {
    expect(() => editArticle('Just a body.\n', 'x')).toThrow(/no frontmatter/);
  });
});

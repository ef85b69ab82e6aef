import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { buildFactIndex, compareArticles } from '../../../src/lib/facts-index.ts';
import { fixtureRoot } from '../../support/fixtures.ts';

async function index() {
  const { root, cleanup } = fixtureRoot();
  try {
    const { content } = await validateContent({ root, cache: false });
    return buildFactIndex({
      ...content,
      articles: content.articles.map(({ slug, data }) => ({ slug, data })),
    });
  } finally {
    cleanup();
  }
}

const facts = await index();

describe('buildFactIndex', () => {
  it('lists the islands north to south', () => {
    expect(facts.islands.map((island) => island.id)).toEqual([
      'etorofu',
      'kunashiri',
      'shikotan',
      'habomai',
    ]);
  });

  it('relates events, quotes and articles to islands and actors', () => {
    expect(facts.eventsForIsland('etorofu').map((event) => event.id)).toEqual([
      'nagato-summit-2016',
    ]);
    expect(facts.eventsForIsland('habomai')).toEqual([]);
    expect(facts.quotesBySpeaker('putin').map((quote) => quote.id)).toEqual(['putin-example']);
    // A quote concerns the islands of the event it was said at.
    expect(facts.quotesForIsland('kunashiri').map((quote) => quote.id)).toEqual(['putin-example']);
    expect(facts.articlesForIsland('etorofu').map((article) => article.slug)).toEqual([
      'an-example',
    ]);
    expect(facts.articlesForActor('abe')).toEqual([]);
  });

  it('finds everything that cites a source', () => {
    const citations = facts.citationsOf('example-news');
    expect(citations.events.map((event) => event.id)).toEqual(['nagato-summit-2016']);
    expect(citations.quotes.map((quote) => quote.id)).toEqual(['putin-example']);
    expect(citations.actors.map((actor) => actor.id)).toEqual(['putin']);
    expect(citations.claims.map((claim) => claim.id)).toEqual(['sovereignty']);
    expect(citations.articles.map((article) => article.slug)).toEqual(['an-example']);
    expect(facts.citationsOf('example-ministry').islands).toHaveLength(4);
  });

  it('throws on an id the check would have refused', () => {
    expect(() => facts.island('atlantis')).toThrow('No island with id "atlantis"');
  });
});

describe('compareArticles', () => {
  const article = (title: string, published: string, order?: number) => ({
    data: {
      title,
      published: {
        year: Number(published.slice(0, 4)),
        month: Number(published.slice(5, 7)),
        day: Number(published.slice(8)),
      },
      order,
    },
  });

  it('puts articles with an order first, by it, then the rest newest first, then by title', () => {
    const list = [
      article('B older', '2026-01-01'),
      article('Overview', '2025-01-01', 1),
      article('A newer', '2026-06-01'),
      article('Second', '2024-01-01', 2),
      article('A older', '2026-01-01'),
    ] as Parameters<typeof compareArticles>[0][];
    expect([...list].sort(compareArticles).map((entry) => entry.data.title)).toEqual([
      'Overview',
      'Second',
      'A newer',
      'A older',
      'B older',
    ]);
  });
});

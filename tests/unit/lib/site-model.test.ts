import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { checkArticleLinks } from '../../../src/lib/markdown/link-check.ts';
import { siteRoutes } from '../../../src/lib/site-model.ts';
import type { CollectionName } from '../../../src/schemas/index.ts';
import { fixtureRoot } from '../../support/fixtures.ts';

async function fixtureModel() {
  const { root, cleanup } = fixtureRoot();
  try {
    return await validateContent({ root, cache: false });
  } finally {
    cleanup();
  }
}

const { content, model } = await fixtureModel();
const routes = siteRoutes({
  content: { ...content, articles: content.articles.map(({ slug, data }) => ({ slug, data })) },
  articleBodies: new Map(),
});

function verdictOn(target: string) {
  const ids = new Map<CollectionName, Set<string>>([
    ['articles', new Set(content.articles.map((article) => article.slug))],
    ...(['islands', 'actors', 'events', 'quotes', 'sources', 'claims'] as const).map(
      (name) => [name, new Set(content[name].map((entry) => entry.id))] as const,
    ),
  ]);
  return checkArticleLinks(
    {
      items: [{ kind: 'link', line: 1, column: 1, value: target }],
      footnoteReferences: [],
      footnoteDefinitions: [],
      headings: [],
      footnoteLiterals: [],
    },
    {
      slug: 'an-example',
      draft: false,
      ids,
      published: ids.get('articles')!,
      model,
      ownAnchors: [],
    },
  );
}

describe('the route table', () => {
  it('lists a page of every kind the site has', () => {
    expect(new Set(routes.map((route) => route.kind))).toEqual(
      new Set([
        'home',
        'about',
        'articles',
        'article',
        'islands',
        'island',
        'actors',
        'actor',
        'timeline',
        'timeline-island',
        'timeline-actor',
        'timeline-period',
        'quotes',
        'sources',
        'claims',
        'map',
        'search',
        'not-found',
        'file',
      ]),
    );
  });

  it.each(
    routes
      .filter((route) => route.kind !== 'file' && route.kind !== 'not-found')
      .map((route) => [route.kind, route.path] as const),
  )('accepts every id of a %s page (%s) and refuses an invented one', (_kind, path) => {
    for (const id of model.get(path) ?? []) expect(verdictOn(`${path}#${id}`), id).toEqual([]);
    expect(verdictOn(`${path}#no-such-heading-here`).map((problem) => problem.code)).toEqual([
      'broken-link',
    ]);
  });

  it('holds the pages that editors link to', () => {
    for (const target of [
      '/timeline/island/etorofu/',
      '/quotes/#speaker-putin',
      '/sources/#kind-news',
      '/claims/#claim-index-heading',
      '/islands/etorofu/#names',
    ]) {
      expect(verdictOn(target), target).toEqual([]);
    }
  });
});

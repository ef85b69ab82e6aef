import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { checkArticleLinks } from '../../../src/lib/markdown/link-check.ts';
import { siteRoutes, staticPathsOf } from '../../../src/lib/site-model.ts';
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
const siteInput = {
  ...content,
  articles: content.articles.map(({ slug, data }) => ({ slug, data })),
};
const routes = siteRoutes({ content: siteInput, articleBodies: new Map() });

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
        'corrections',
        'data',
        'not-found',
        'file',
        'feed-articles',
        'feed-timeline',
        'feed-corrections',
        'data-csv',
        'data-facts-json',
        'data-borders-geojson',
      ]),
    );
  });

  it.each(
    routes
      .filter(
        (route) =>
          route.kind !== 'file' &&
          route.kind !== 'not-found' &&
          !route.kind.startsWith('feed-') &&
          !route.kind.startsWith('data-'),
      )
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

  type Params = Record<string, string | undefined>;
  // The page's file is src/pages/[...lang]/…: `lang` is undefined for English, at the root.
  const lang = (params: Params) => (params.lang ? `/${params.lang}` : '');
  it.each([
    ['home', (params: Params) => `${lang(params)}/`],
    ['about', (params: Params) => `${lang(params)}/about/`],
    ['article', (params: Params) => `${lang(params)}/articles/${params.slug}/`],
    ['island', (params: Params) => `${lang(params)}/islands/${params.id}/`],
    ['actor', (params: Params) => `${lang(params)}/actors/${params.id}/`],
    ['timeline-island', (params: Params) => `${lang(params)}/timeline/island/${params.id}/`],
    ['timeline-actor', (params: Params) => `${lang(params)}/timeline/actor/${params.id}/`],
    ['timeline-period', (params: Params) => `${lang(params)}/timeline/period/${params.slug}/`],
    ['feed-articles', (params: Params) => `${lang(params)}/rss.xml`],
    ['feed-timeline', (params: Params) => `${lang(params)}/timeline/rss.xml`],
    ['feed-corrections', (params: Params) => `${lang(params)}/corrections/rss.xml`],
    ['data-csv', (params: Params) => `${lang(params)}/data/${params.collection}.csv`],
    ['data-facts-json', (params: Params) => `${lang(params)}/data/facts.json`],
    ['data-borders-geojson', (params: Params) => `${lang(params)}/data/borders.geojson`],
  ] as const)('gives the %s pages their getStaticPaths: one per page it lists', (kind, pathOf) => {
    const paths = staticPathsOf(siteInput, kind).map(({ params }) => pathOf(params));
    expect(paths.filter((path) => path.startsWith('/ja/')).length).toBeGreaterThan(0);
    expect(paths.filter((path) => path.startsWith('/ru/')).length).toBeGreaterThan(0);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths).toEqual(routes.filter((route) => route.kind === kind).map((route) => route.path));
  });

  it('gives a draft article a page only where drafts are shown (the dev server)', () => {
    const draft = { ...content.articles[0]!, slug: 'a-draft' };
    const withDraft = {
      ...siteInput,
      articles: [...siteInput.articles, { slug: draft.slug, data: { ...draft.data, draft: true } }],
    };
    const slugs = (showDrafts: boolean) =>
      staticPathsOf(withDraft, 'article', { showDrafts }).map(({ params }) => params.slug);
    expect(slugs(false)).not.toContain('a-draft');
    expect(slugs(true)).toContain('a-draft');
  });
});

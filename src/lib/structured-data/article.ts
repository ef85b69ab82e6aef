/**
 * An article as a schema.org Article. Its dateModified is the day the page's record gives for
 * its version (the last commit to its file, or its own date in a build without history), the
 * same day the "Version and citation" block and the citation formats show. Its citations are its
 * sources, each a CreativeWork with the address the fact file has for it.
 */
import type { Island } from '../../schemas/island.ts';
import type { Source } from '../../schemas/source.ts';
import type { PartialDate } from '../../schemas/date.ts';
import { routes } from '../routes.ts';
import { nodeIds, ref, type Absolute } from './ids.ts';
import { schemaDate } from './dates.ts';
import { SITE_LANGUAGE, type JsonLdNode } from './page.ts';
import { placeRef } from './place.ts';
import { sourceWork } from './source.ts';
import { SITE } from '../site.ts';

export interface ArticleInput {
  slug: string;
  title: string;
  description: string;
  published: PartialDate;
  /** `YYYY-MM-DD`: the version date of the page's record (`record.citable.versionDate`). */
  versionDate: string;
  sources: readonly Source[];
  islands: readonly Pick<Island, 'id' | 'names'>[];
}

/** A short reference to an article, for the list of articles. */
export function articleRef(abs: Absolute, article: { slug: string; title: string }): JsonLdNode {
  return {
    '@type': 'Article',
    '@id': nodeIds.article(abs, article.slug),
    headline: article.title,
    url: abs(routes.article(article.slug)),
  };
}

export function articleNode(abs: Absolute, article: ArticleInput): JsonLdNode {
  const page = abs(routes.article(article.slug));
  const site = ref(nodeIds.organization(abs));
  return {
    ...articleRef(abs, article),
    description: article.description,
    datePublished: schemaDate(article.published),
    dateModified: article.versionDate,
    inLanguage: SITE_LANGUAGE,
    mainEntityOfPage: ref(nodeIds.page(abs, routes.article(article.slug))),
    url: page,
    author: site,
    publisher: site,
    license: SITE.contentLicence.url,
    ...(article.islands.length > 0
      ? { about: article.islands.map((island) => placeRef(abs, island)) }
      : {}),
    citation: article.sources.map((source) => sourceWork(abs, source)),
  };
}

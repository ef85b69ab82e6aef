import { eventAnchor, quoteAnchor, sourceAnchor, claimAnchor, routes } from '../routes.ts';
import { didYouMean } from '../content/suggest.ts';
import {
  FACT_LINK_COLLECTION,
  FACT_LINK_KINDS,
  factLinkPath,
  parseFactLink,
} from './fact-links.ts';
import type { BodyScan } from './body-scan.ts';
import type { CollectionName } from '../../schemas/common.ts';

/** Anchors a page will have: a set of ids, or `any` for pages the check does not model. */
export type PageAnchors = ReadonlySet<string> | 'any';

/** Every page the build will produce (paths without base) and the anchors each will have. */
export type SiteModel = ReadonlyMap<string, PageAnchors>;

/** What the site model is built from: ids per collection, and each article's anchors. */
export interface SiteModelInput {
  ids: ReadonlyMap<CollectionName, ReadonlySet<string>>;
  articleAnchors: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Builds the model of pages and anchors that links are checked against. */
export function buildSiteModel({ ids, articleAnchors: anchors }: SiteModelInput): SiteModel {
  const model = new Map<string, PageAnchors>();
  const idsOf = (collection: CollectionName) => [...(ids.get(collection) ?? [])];
  for (const path of [
    routes.home(),
    routes.about(),
    routes.articles(),
    routes.islands(),
    routes.actors(),
    routes.map(),
    routes.search(),
  ]) {
    model.set(path, 'any');
  }
  model.set(routes.timeline(), new Set(idsOf('events').map(eventAnchor)));
  model.set(routes.quotes(), new Set(idsOf('quotes').map(quoteAnchor)));
  model.set(routes.sources(), new Set(idsOf('sources').map(sourceAnchor)));
  model.set(routes.claims(), new Set(idsOf('claims').map(claimAnchor)));
  for (const id of idsOf('islands')) model.set(routes.island(id), 'any');
  for (const id of idsOf('actors')) model.set(routes.actor(id), 'any');
  for (const [slug, articleIds] of anchors) model.set(routes.article(slug), articleIds);
  for (const file of ['/rss.xml', '/sitemap-index.xml', '/data/facts.json'])
    model.set(file, new Set());
  return model;
}

/** One broken link: where it stands in the body, its target and what is wrong. */
export interface LinkProblem {
  /** `link` for a link, image or definition; `html` for raw HTML. */
  kind: 'link' | 'html';
  line: number;
  column: number;
  target: string;
  message: string;
}

const FORBIDDEN_SCHEMES = /^(javascript|data|vbscript|file):/i;

function normalizePagePath(pathname: string): string {
  if (pathname === '' || pathname === '/') return '/';
  const last = pathname.split('/').pop() ?? '';
  return last.includes('.') || pathname.endsWith('/') ? pathname : `${pathname}/`;
}

/** Checks a site path with an optional fragment against the model. */
function checkSitePath(
  path: string,
  fragment: string | undefined,
  model: SiteModel,
): string | undefined {
  const page = normalizePagePath(path);
  const anchors = model.get(page);
  if (!anchors) {
    return `no page at ${page}${didYouMean(page, model.keys())}`;
  }
  if (fragment && anchors !== 'any' && !anchors.has(decodeURIComponent(fragment))) {
    return `${page} has no anchor #${fragment}${didYouMean(fragment, anchors)}`;
  }
  return undefined;
}

/**
 * Checks every link, image and link definition in an article body, and refuses raw HTML. Returns
 * problems with positions relative to the body (line 1 = first line of the body).
 */
export function checkArticleLinks(
  scan: BodyScan,
  slug: string,
  ids: ReadonlyMap<CollectionName, ReadonlySet<string>>,
  model: SiteModel,
): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const here = routes.article(slug);

  const checkTarget = (target: string): string | undefined => {
    const trimmed = target.trim();
    if (trimmed === '') return 'the link has no target';
    if (FORBIDDEN_SCHEMES.test(trimmed))
      return 'links may not run code or embed data: use an https:// address or a fact link';
    const fact = parseFactLink(trimmed);
    if (fact) {
      if (fact.kind === undefined) {
        return `unknown kind of fact link "${fact.scheme}:"${didYouMean(fact.scheme, FACT_LINK_KINDS)} (kinds: ${FACT_LINK_KINDS.join(', ')})`;
      }
      const collection = FACT_LINK_COLLECTION[fact.kind];
      const known = ids.get(collection) ?? new Set<string>();
      if (!known.has(fact.id))
        return `unknown ${fact.kind} "${fact.id}"${didYouMean(fact.id, known)}`;
      const path = factLinkPath(fact);
      const [pathname = '', fragment] = path.split('#');
      return checkSitePath(pathname, fragment, model);
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) {
      if (/^mailto:/i.test(trimmed)) return undefined;
      if (/^http:\/\//i.test(trimmed)) return 'use https:// for external links';
      if (!/^https:\/\//i.test(trimmed))
        return 'external links must be absolute https:// addresses';
      try {
        const parsed = new URL(trimmed);
        return parsed.hostname.includes('.') ? undefined : 'not a well-formed https:// address';
      } catch {
        return 'not a well-formed https:// address';
      }
    }
    if (trimmed.startsWith('//')) return 'write external links in full, starting with https://';
    const resolved = new URL(trimmed, `https://site.invalid${here}`);
    if (/\.md$/i.test(resolved.pathname)) {
      return `link to an article with article:${resolved.pathname.split('/').pop()?.replace(/\.md$/i, '')}, not its file`;
    }
    const fragment = resolved.hash ? resolved.hash.slice(1) : undefined;
    return checkSitePath(resolved.pathname, fragment, model);
  };

  for (const item of scan.items) {
    if (item.kind === 'html') {
      const html = item.value.trim();
      if (/^<!--[\s\S]*-->$/.test(html)) continue;
      problems.push({
        kind: 'html',
        line: item.line,
        column: item.column,
        target: html.length > 40 ? `${html.slice(0, 37)}…` : html,
        message:
          'raw HTML is not allowed in articles: write Markdown (scripts, frames and event handlers never reach a page)',
      });
      continue;
    }
    const message = checkTarget(item.value);
    if (message)
      problems.push({
        kind: 'link',
        line: item.line,
        column: item.column,
        target: item.value,
        message,
      });
  }
  return problems;
}

import type { CollectionName } from '../../schemas/common.ts';
import { didYouMean } from '../content/suggest.ts';
import type { ProblemCode } from '../content/problem.ts';
import { routes } from '../routes.ts';
import { RESERVED_ARTICLE_IDS, type SiteModel } from '../site-model.ts';
import {
  FACT_LINK_COLLECTION,
  FACT_LINK_KINDS,
  factLinkPath,
  parseFactLink,
} from './fact-links.ts';
import type { MarkdownHeading } from '@astrojs/markdown-remark';
import type { BodyScan } from './remark-collect-scan.ts';

/** One problem with a link, an image, raw HTML or a heading: where it stands in the body and what is wrong. */
export interface LinkProblem {
  code: ProblemCode;
  /** What the target is: a link (or link definition), an image, raw HTML or a heading. */
  kind: 'link' | 'image' | 'html' | 'heading';
  line: number;
  column: number;
  target: string;
  message: string;
  expected?: string;
  /** For an unknown fact: the collection it was looked up in. */
  collection?: CollectionName;
}

/** What a link is checked against. */
export interface LinkContext {
  /** The article's slug: relative links and `#fragment` resolve against its page. */
  slug: string;
  /** A draft may link to drafts; a published article may not. */
  draft: boolean;
  /** Ids per collection, for fact links. */
  ids: ReadonlyMap<CollectionName, ReadonlySet<string>>;
  /** The slugs of published articles. */
  published: ReadonlySet<string>;
  /** The pages of the build and their ids. */
  model: SiteModel;
  /** The ids of this article's own body (a draft has no page in the model). */
  ownAnchors: readonly string[];
  /** The body's headings, as rendered, for the id check. */
  headings?: readonly MarkdownHeading[];
  /** The sources the frontmatter lists: a body citing another is refused. */
  listedSources?: readonly string[];
}

const FORBIDDEN_SCHEMES = /^(javascript|data|vbscript|file):/i;
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
/** One HTML comment and nothing else: the only raw HTML an article may hold. */
const ONE_COMMENT = /^<!--(?:(?!-->)[\s\S])*-->$/;

interface Verdict {
  code: ProblemCode;
  message: string;
  collection?: CollectionName;
}

const broken = (message: string, collection?: CollectionName): Verdict => ({
  code: 'broken-link',
  message,
  collection,
});
const unsafe = (message: string): Verdict => ({ code: 'unsafe-link', message });

function normalizePagePath(pathname: string): string {
  if (pathname === '' || pathname === '/') return '/';
  const last = pathname.split('/').pop() ?? '';
  return last.includes('.') || pathname.endsWith('/') ? pathname : `${pathname}/`;
}

/**
 * Checks every link, image and link definition in an article body against the route table, and
 * refuses raw HTML and heading ids the page already uses. Positions are relative to the body.
 */
export function checkArticleLinks(scan: BodyScan, context: LinkContext): LinkProblem[] {
  const { slug, draft, ids, published, model, ownAnchors } = context;
  const problems: LinkProblem[] = [];
  const here = routes.article(slug);
  const articleSlugOf = (page: string) => /^\/articles\/([^/]+)\/$/.exec(page)?.[1];

  const checkSitePath = (path: string, fragment: string | undefined): Verdict | undefined => {
    const page = normalizePagePath(path);
    const target = articleSlugOf(page);
    if (target && target !== slug && !published.has(target) && ids.get('articles')?.has(target)) {
      if (draft) return undefined;
      return {
        code: 'link-to-draft',
        message: `the article "${target}" is a draft: a published article cannot link to it until it is published`,
      };
    }
    const anchors =
      page === here ? new Set([...(model.get(page) ?? []), ...ownAnchors]) : model.get(page);
    if (!anchors) return broken(`no page at ${page}${didYouMean(page, model.keys())}`);
    if (fragment && !anchors.has(safeDecode(fragment)))
      return broken(`${page} has no anchor #${fragment}${didYouMean(fragment, anchors)}`);
    return undefined;
  };

  const checkTarget = (target: string): Verdict | undefined => {
    const trimmed = target.trim();
    if (trimmed === '') return broken('the link has no target');
    if (CONTROL.test(target))
      return unsafe('the link target holds an invisible control character: retype it');
    if (/\s/.test(trimmed))
      return broken(
        'the link target holds a space or line break: remove it (or write %20 inside an address)',
      );
    if (trimmed.includes('\\'))
      return unsafe(
        'a backslash in a link target is read as a slash by browsers and can lead to another host: use /',
      );
    const schemeCase = /^([A-Za-z]+):/.exec(trimmed)?.[1];
    if (
      schemeCase &&
      schemeCase !== schemeCase.toLowerCase() &&
      (FACT_LINK_KINDS as readonly string[]).includes(schemeCase.toLowerCase())
    ) {
      return broken(
        `fact links are written in lower case: ${schemeCase.toLowerCase()}:${trimmed.slice(schemeCase.length + 1)}`,
      );
    }
    const factWithRest = /^([a-z]+):([^/?#]*)[/?#]/.exec(trimmed);
    if (factWithRest && (FACT_LINK_KINDS as readonly string[]).includes(factWithRest[1] ?? '')) {
      return broken(
        `a fact link names an entry and nothing more: write ${factWithRest[1]}:${factWithRest[2]}, without a path or #fragment`,
      );
    }
    if (FORBIDDEN_SCHEMES.test(trimmed))
      return unsafe('links may not run code or embed data: use an https:// address or a fact link');
    const fact = parseFactLink(trimmed);
    if (fact) {
      if (fact.kind === undefined) {
        return broken(
          `unknown kind of fact link "${fact.scheme}:"${didYouMean(fact.scheme, FACT_LINK_KINDS)} (kinds: ${FACT_LINK_KINDS.join(', ')})`,
        );
      }
      const collection = FACT_LINK_COLLECTION[fact.kind];
      const known = ids.get(collection) ?? new Set<string>();
      if (!known.has(fact.id))
        return broken(`unknown ${fact.kind} "${fact.id}"${didYouMean(fact.id, known)}`, collection);
      const [pathname = '', fragment] = factLinkPath(fact).split('#');
      return checkSitePath(pathname, fragment);
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) {
      if (/^mailto:/i.test(trimmed)) return undefined;
      if (/^http:\/\//i.test(trimmed)) return unsafe('use https:// for external links');
      if (!/^https:\/\//i.test(trimmed))
        return unsafe('external links must be absolute https:// addresses');
      try {
        const parsed = new URL(trimmed);
        return parsed.hostname.includes('.')
          ? undefined
          : broken('not a well-formed https:// address');
      } catch {
        return broken('not a well-formed https:// address');
      }
    }
    if (trimmed.startsWith('//'))
      return unsafe('write external links in full, starting with https://');
    const resolved = new URL(trimmed, `https://site.invalid${here}`);
    if (/\.md$/i.test(resolved.pathname)) {
      return broken(
        `link to an article with article:${resolved.pathname.split('/').pop()?.replace(/\.md$/i, '')}, not its file`,
      );
    }
    return checkSitePath(resolved.pathname, resolved.hash ? resolved.hash.slice(1) : undefined);
  };

  for (const item of scan.items) {
    if (item.kind === 'html') {
      const html = item.value.trim();
      if (ONE_COMMENT.test(html)) continue;
      problems.push({
        code: 'raw-html',
        kind: 'html',
        line: item.line,
        column: item.column,
        target: html.length > 40 ? `${html.slice(0, 37)}…` : html,
        message:
          'raw HTML is not allowed in articles: write Markdown (scripts, frames and event handlers never reach a page)',
      });
      continue;
    }
    if (
      item.kind === 'image' &&
      /^[a-z][a-z0-9+.-]*:/i.test(item.value.trim()) &&
      !FORBIDDEN_SCHEMES.test(item.value.trim())
    ) {
      problems.push({
        code: 'external-image',
        kind: 'image',
        line: item.line,
        column: item.column,
        target: item.value,
        message:
          'images from other hosts are blocked by the pages’ security policy: readers would see a broken image',
        expected: 'no image, or a link to the image instead',
      });
      continue;
    }
    const verdict = checkTarget(item.value);
    if (verdict)
      problems.push({
        kind: item.kind === 'image' ? 'image' : 'link',
        line: item.line,
        column: item.column,
        target: item.value,
        ...verdict,
      });
    const fact = parseFactLink(item.value);
    if (
      context.listedSources &&
      fact?.kind === 'source' &&
      ids.get('sources')?.has(fact.id) &&
      !context.listedSources.includes(fact.id)
    ) {
      problems.push({
        code: 'unlisted-source',
        kind: 'link',
        line: item.line,
        column: item.column,
        target: item.value,
        message: `the body cites the source "${fact.id}", which the frontmatter's sources: does not list`,
        expected: `"${fact.id}" added to sources: in the frontmatter`,
      });
    }
  }

  // Footnotes are the citations: each definition is cited, each citation defined.
  const referenced = new Set(scan.footnoteReferences.map((mark) => mark.label));
  for (const definition of scan.footnoteDefinitions) {
    if (referenced.has(definition.label)) continue;
    problems.push({
      code: 'unused-footnote',
      kind: 'link',
      line: definition.line,
      column: definition.column,
      target: `[^${definition.label}]`,
      message: 'this footnote is never cited in the text, so the page would leave it out',
      expected: `[^${definition.label}] after the sentence it supports, or the definition removed`,
    });
  }
  for (const literal of scan.footnoteLiterals) {
    problems.push({
      code: 'undefined-footnote',
      kind: 'link',
      line: literal.line,
      column: literal.column,
      target: `[^${literal.label}]`,
      message: 'this footnote has no definition, so the page would print it as it stands',
      expected: `a line "[^${literal.label}]: …" with the source, or the marker removed`,
    });
  }

  // Heading ids are made from the heading's words; one the page already uses would take its place.
  const headings = (context.headings ?? []).filter((heading) => heading.slug !== 'footnote-label');
  headings.forEach((heading, index) => {
    if (!RESERVED_ARTICLE_IDS.has(heading.slug)) return;
    const place = scan.headings[index] ?? { line: 1, column: 1 };
    problems.push({
      code: 'heading-id-clash',
      kind: 'heading',
      line: place.line,
      column: place.column,
      target: heading.text,
      message: `this heading's id "${heading.slug}" is one the article page already uses`,
      expected: `other words for the heading (the page reserves the ids ${[...RESERVED_ARTICLE_IDS].join(', ')})`,
    });
  });
  return problems;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

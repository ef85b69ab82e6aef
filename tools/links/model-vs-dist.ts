import { idsInHtml } from '../../src/lib/html-ids.ts';
import type { SiteModel } from '../../src/lib/site-model.ts';

/** One way the route table and the built site differ. */
export type ModelDifference =
  | { kind: 'page-not-built'; page: string }
  | { kind: 'page-not-modelled'; page: string }
  | { kind: 'id-not-built'; page: string; id: string }
  | { kind: 'id-not-modelled'; page: string; id: string };

/** The ids of a built page's elements. */
export function idsOfHtml(html: string): Set<string> {
  return new Set(idsInHtml(html));
}

/**
 * Every difference between the route table and the built pages: each page and each id must be on
 * both sides. `built` maps each page's path (with leading slash, without base) to its ids; files
 * that are not HTML pages (feeds, data) are compared as pages only.
 */
export function compareModelWithBuilt(
  model: SiteModel,
  built: ReadonlyMap<string, ReadonlySet<string>>,
): ModelDifference[] {
  const differences: ModelDifference[] = [];
  for (const [page, anchors] of model) {
    const ids = built.get(page);
    if (!ids) {
      differences.push({ kind: 'page-not-built', page });
      continue;
    }
    for (const id of anchors)
      if (!ids.has(id)) differences.push({ kind: 'id-not-built', page, id });
    for (const id of ids)
      if (!anchors.has(id)) differences.push({ kind: 'id-not-modelled', page, id });
  }
  for (const page of built.keys())
    if (!model.has(page)) differences.push({ kind: 'page-not-modelled', page });
  return differences;
}

/** One line per difference, for a person to act on. */
export function formatDifference(difference: ModelDifference): string {
  switch (difference.kind) {
    case 'page-not-built':
      return `${difference.page}  the route table lists this page, but the build did not make it`;
    case 'page-not-modelled':
      return `${difference.page}  the build made this page, but the route table (src/lib/site-model.ts) does not list it`;
    case 'id-not-built':
      return `${difference.page}#${difference.id}  the route table lists this id, but the built page does not have it`;
    case 'id-not-modelled':
      return `${difference.page}#${difference.id}  the built page has this id, but the route table does not list it: links to it would be refused`;
  }
}

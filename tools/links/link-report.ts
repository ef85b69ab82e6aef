import type { LinkResult } from 'linkinator';

/** A link on a built page that does not lead anywhere. */
export interface BrokenLink {
  /** The page the link was found on, as a site path: `/four-islands/about/`. */
  page: string;
  /** Where the link points, as a site path (or the link as written when it is no URL at all). */
  link: string;
  /** Why it is broken, in words: `HTTP 404`, `no element with id "x" on the page`… */
  reason: string;
}

/**
 * Turns a URL as linkinator reports it into a site path. Linkinator strips the origin of the
 * static server it ran (`http://localhost:PORT/`) from every URL it reports, leaving
 * `four-islands/about/` (or `./` for the server root); absolute URLs on other origins come back
 * whole.
 */
export function sitePathOf(reportedUrl: string): string {
  if (/^[a-z][a-z\d+.-]*:/i.test(reportedUrl)) return reportedUrl;
  if (reportedUrl === '.' || reportedUrl === './') return '/';
  return `/${reportedUrl.replace(/^\.?\/+/, '')}`;
}

function isHttpResponse(
  detail: unknown,
): detail is { status: number; headers: Record<string, string> } {
  return (
    typeof detail === 'object' &&
    detail !== null &&
    'status' in detail &&
    !(detail instanceof Error)
  );
}

/** Why linkinator counted `result` as broken, in a short phrase a person can act on. */
export function describeFailure(result: Pick<LinkResult, 'status' | 'failureDetails'>): string {
  const details = result.failureDetails ?? [];
  const fragment = details
    .filter((detail): detail is Error => detail instanceof Error)
    .map((error) => /^Fragment identifier '#(.*)' not found/.exec(error.message)?.[1])
    .find((id) => id !== undefined);
  if (fragment !== undefined) return `no element with id "${fragment}" on the target page`;

  const status = result.status ?? 0;
  if (status >= 300 && status < 400) {
    const location = details.filter(isHttpResponse).map((response) => response.headers.location)[0];
    const target = location ? ` to ${sitePathOf(location.replace(/^https?:\/\/[^/]+\//, ''))}` : '';
    return `HTTP ${status} redirect${target}: link to the final URL (with its trailing slash)`;
  }
  if (status > 0) return `HTTP ${status}`;

  const error = details.find((detail): detail is Error => detail instanceof Error);
  if (error) return error.message;
  return 'not a valid URL';
}

/** The report the link check prints: broken links grouped under the page they were found on. */
export function formatBrokenLinks(broken: readonly BrokenLink[], fileCount: number): string {
  if (broken.length === 0) return `No broken internal links in ${fileCount} built files.`;
  const byPage = new Map<string, BrokenLink[]>();
  for (const link of broken) {
    const links = byPage.get(link.page) ?? [];
    links.push(link);
    byPage.set(link.page, links);
  }
  const sections = [...byPage.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([page, links]) => {
      const lines = links
        .map((link) => `  ${link.link}  ${link.reason}`)
        .sort((a, b) => a.localeCompare(b));
      return [`on ${page}`, ...lines].join('\n');
    });
  const summary =
    `${broken.length} broken internal link${broken.length === 1 ? '' : 's'} ` +
    `on ${byPage.size} of ${fileCount} built files.`;
  return [...sections, summary].join('\n\n');
}

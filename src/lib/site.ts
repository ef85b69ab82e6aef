/** Names and policies shown on every page; kept in one place so pages never restate them. */
export const SITE = {
  name: 'Four Islands',
  /** For the header and the home page's title (a title over 70 characters is cut off). */
  shortTagline: 'Japan, Russia and the disputed islands',
  tagline:
    'The Japan–Russia dispute over Etorofu, Kunashiri, Shikotan and Habomai, explained with sources',
  description:
    'A neutral, sourced explainer on the dispute between Japan and Russia over the islands Japan calls the Northern Territories and Russia counts among the southern Kurils.',
  contentLicence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  codeLicence: 'MIT',
} as const;

/**
 * The repository the site is built from, when the build knows it: GitHub Actions sets
 * GITHUB_SERVER_URL and GITHUB_REPOSITORY, and SOURCE_URL overrides both. Never guessed.
 */
export function sourceRepositoryUrl(env: Record<string, string | undefined>): string | undefined {
  if (env.SOURCE_URL?.trim()) return env.SOURCE_URL.trim();
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY) {
    return `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`;
  }
  return undefined;
}

/**
 * Where a reader reports an error: `REPORT_URL` when set (a form, a mailto: address), else a new
 * issue in the repository the site is built from. Undefined when the build knows neither, and then
 * pages promise no way to report.
 */
export function reportUrl(env: Record<string, string | undefined>): string | undefined {
  if (env.REPORT_URL?.trim()) return env.REPORT_URL.trim();
  const repository = sourceRepositoryUrl(env);
  return repository ? `${repository.replace(/\/+$/, '')}/issues/new` : undefined;
}

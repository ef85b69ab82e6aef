import type { APIContext } from 'astro';
import { localeContext, type LocaleContext } from '../i18n/ui.ts';
import type { FEEDS } from '../lib/routes.ts';

/** What a feed of one language needs: its language's words and links, and its channel. */
export interface FeedInLanguage extends LocaleContext {
  channel: { title: string; description: string; site: string; language: string };
  /** The absolute address of a site path in the feed's language. */
  link: (path: string) => string;
}

/**
 * A feed in the language of its address (`/ja/rss.xml` is Japanese): the channel is named after
 * the feed in that language and links to that language's home page.
 */
export function feedInLanguage(
  context: Pick<APIContext, 'currentLocale' | 'site'>,
  key: (typeof FEEDS)[number]['key'],
  description: (words: LocaleContext['t']) => string,
): FeedInLanguage {
  const words = localeContext(context.currentLocale);
  const link = (path: string) => new URL(words.href(path), context.site).href;
  return {
    ...words,
    link,
    channel: {
      title: `${words.t.shell.siteName}: ${words.t.shell.feeds[key]}`,
      description: description(words.t),
      site: link('/'),
      language: words.locale,
    },
  };
}

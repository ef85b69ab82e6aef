/**
 * Text for the RSS feed. A feed reader shows an item's description as HTML and drops the whole
 * feed when it is not well-formed XML, so every string the feed carries goes through here: no
 * character XML 1.0 forbids, and descriptions as plain text, never markup.
 */

/**
 * Characters XML 1.0 does not allow at all (C0 controls but tab, line feed and carriage return;
 * U+FFFE, U+FFFF; a surrogate without its pair), and C1 controls, which it allows but discourages.
 */
const NOT_XML_TEXT =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A title, name or tag for the feed: XML-safe, on one line, with its spaces collapsed. */
export function feedText(text: string): string {
  return text.replace(NOT_XML_TEXT, '').replace(/\s+/g, ' ').trim();
}

/**
 * What an HTML parser would read as markup: a comment (to its end, or to the end of the text), or
 * a tag, closing tag, declaration or processing instruction (a `<` followed by a letter, `/`, `!`
 * or `?`). A `<` followed by anything else is plain text to HTML.
 */
const MARKUP = /<!--[\s\S]*?(?:-->|$)|<[/!?A-Za-z][^>]*(?:>|$)/g;

/**
 * A description as plain text: any markup in it removed (repeatedly, so that removing one tag
 * cannot join two halves into another), then made XML-safe like `feedText`.
 */
export function feedDescription(text: string): string {
  let plain = text.replace(NOT_XML_TEXT, '');
  for (let previous = ''; previous !== plain;) {
    previous = plain;
    plain = plain.replace(MARKUP, ' ');
  }
  return feedText(plain);
}

/** What the feed needs of an article. */
export interface FeedArticle {
  title: string;
  description: string;
  /** The date readers see: the last update, or the first publication. */
  date: Date;
  /** The article's absolute address. */
  link: string;
  tags: readonly string[];
}

/**
 * The options `@astrojs/rss` builds the feed from, every string made safe for it. `language` is
 * the channel's BCP 47 tag (`en`, `ja`, `ru`), which feed readers use to pick fonts and voices.
 */
export function feedOptions(
  channel: { title: string; description: string; site: string; language?: string },
  articles: readonly FeedArticle[],
) {
  return {
    title: feedText(channel.title),
    description: feedDescription(channel.description),
    site: channel.site,
    items: articles.map((article) => ({
      title: feedText(article.title),
      description: feedDescription(article.description),
      pubDate: article.date,
      link: article.link,
      categories: article.tags.map(feedText).filter((tag) => tag !== ''),
    })),
    customData: `<language>${/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(channel.language ?? '') ? channel.language : 'en'}</language>`,
  };
}

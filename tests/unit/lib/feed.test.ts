import { getRssString } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { feedDescription, feedOptions, feedText } from '../../../src/lib/feed.ts';
import { checkXml } from '../../support/xml.ts';

/** Every C0 and C1 control character, U+FFFE, U+FFFF and lone surrogates. */
const CONTROLS = [
  ...Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)),
  ...Array.from({ length: 33 }, (_, code) => String.fromCharCode(0x7f + code)),
  '\uFFFE',
  '\uFFFF',
  // Each surrogate alone (in this order they cannot pair).
  '\uDC00',
  '\uD800',
].join('');

const HOSTILE = [
  `A title with controls ${CONTROLS} in it`,
  'Kunashiri \u0007bell\u001B[31m & <b>Shikotan</b>',
  '<script>alert(1)</script><img src=x onerror=alert(2)>',
  '<!-- a --><img src="https://example.org/x.png"><!-- b -->',
  '<<b>b>nested</b> tags',
  'an unclosed <img src=x onerror=alert(1)',
  'an unclosed comment <!-- to the end',
  ']]> <![CDATA[ x ]]> &amp; &lt;b&gt; "quotes" \'apostrophes\'',
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]>&e;',
  'Etorofu\u2028Iturup\u2029 and 😀 and 択捉島',
  '',
];

async function feedFor(strings: readonly string[]): Promise<string> {
  return getRssString(
    feedOptions(
      { title: strings[0]!, description: strings[1]!, site: 'https://example.org/' },
      strings.map((text, index) => ({
        title: `Article ${index} ${text}`,
        description: text,
        date: new Date(Date.UTC(2026, 0, index + 1)),
        link: `https://example.org/articles/a-${index}/`,
        tags: ['history', text],
      })),
    ),
  );
}

interface ParsedFeed {
  rss: { channel: { item: { title: string; description?: string }[] } };
}

describe('the RSS feed', () => {
  it('is well-formed XML whatever the titles, descriptions and tags hold', async () => {
    const xml = await feedFor(HOSTILE);
    expect(checkXml(xml)).toBe(true);
    const feed = new XMLParser({ processEntities: true }).parse(xml) as ParsedFeed;
    expect(feed.rss.channel.item).toHaveLength(HOSTILE.length);
  });

  it('carries descriptions as plain text, with no markup left for a feed reader', async () => {
    const xml = await feedFor(HOSTILE);
    const feed = new XMLParser({ processEntities: true }).parse(xml) as ParsedFeed;
    for (const item of feed.rss.channel.item) {
      // What a feed reader parses as HTML, after the XML layer is decoded.
      expect(String(item.description ?? '')).not.toMatch(/<[/!?A-Za-z]/);
    }
  });
});

describe('the feed’s language', () => {
  const channel = { title: 'T', description: 'D', site: 'https://example.org/' };
  it('names the language it is written in, English unless told', () => {
    expect(feedOptions({ ...channel, language: 'ja' }, []).customData).toBe(
      '<language>ja</language>',
    );
    expect(feedOptions(channel, []).customData).toBe('<language>en</language>');
  });

  it('never writes markup into the channel from the language', () => {
    expect(feedOptions({ ...channel, language: 'ja</language><x>' }, []).customData).toBe(
      '<language>en</language>',
    );
  });
});

describe('feedText', () => {
  it('drops every character XML 1.0 forbids or discourages, and puts the text on one line', () => {
    expect(feedText(`Etorofu${CONTROLS}Iturup`)).toBe('Etorofu Iturup');
    expect(feedText('  Kunashiri\n\tKunashir ')).toBe('Kunashiri Kunashir');
    expect(feedText('択捉島 😀')).toBe('択捉島 😀');
  });
});

describe('feedDescription', () => {
  it('keeps the words and drops the markup', () => {
    expect(feedDescription('Why <b>Shikotan</b> and <em>Habomai</em> came first')).toBe(
      'Why Shikotan and Habomai came first',
    );
    expect(feedDescription('<script>alert(1)</script>Text')).toBe('alert(1) Text');
    // Removing "<b>" leaves "<" and "b>" apart, which HTML reads as text.
    expect(feedDescription('<<b>b>nested')).toBe('< b>nested');
    expect(feedDescription('before <img src=x onerror=alert(1)')).toBe('before');
    expect(feedDescription('before <!-- a comment to the end')).toBe('before');
  });

  it('leaves text that HTML reads as text alone', () => {
    expect(feedDescription('1855 < 1875 & 1945 > 1905')).toBe('1855 < 1875 & 1945 > 1905');
    expect(feedDescription('&lt;b&gt; stays as written')).toBe('&lt;b&gt; stays as written');
  });
});

describe('checkXml (the tests’ XML well-formedness check)', () => {
  it('accepts a well-formed document', () => {
    expect(checkXml('<?xml version="1.0"?>\n<rss><t>a &amp; b &#9; 😀 &#x1F600;</t></rss>')).toBe(
      true,
    );
  });

  it('refuses broken markup and characters XML forbids, with the line', () => {
    expect(checkXml('<rss><t>a</rss>')).toMatch(/^line 1: /);
    expect(checkXml('<rss>\n<t>a\u0007b</t></rss>')).toBe(
      'line 2: "\\u0007" is not an XML character',
    );
    expect(checkXml('<rss><t>a&#7;b</t></rss>')).toMatch(/not an XML character/);
    expect(checkXml('<rss><t>a&#x1B;b</t></rss>')).toMatch(/not an XML character/);
    expect(checkXml('<rss><t>a\uFFFEb</t></rss>')).toMatch(/not an XML character/);
    expect(checkXml('<rss><t>a\uD800b</t></rss>')).toMatch(/not an XML character/);
  });
});

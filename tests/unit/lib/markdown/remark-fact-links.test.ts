import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseFactLink } from '../../../../src/lib/markdown/fact-links.ts';
import {
  remarkFactLinks,
  type FactLookup,
} from '../../../../src/lib/markdown/remark-fact-links.ts';
import { HistoricalDateSchema } from '../../../../src/schemas/date.ts';

const lookup: FactLookup = {
  has: (collection, id) =>
    ({ islands: ['etorofu'], quotes: ['q1', 'q2', 'q3'], sources: ['src'] })[
      collection as 'islands'
    ]?.includes(id) ?? false,
  quote: (id) =>
    id === 'q1'
      ? {
          quote: {
            id: 'q1',
            text: 'not easy',
            fragment: true,
            speaker: 'abe',
            date: HistoricalDateSchema.parse('2016-11-19'),
            context: 'After the talks in Lima.',
            source: 'src',
            islands: [],
          },
          speaker: {
            id: 'abe',
            name: 'Shinzo Abe',
            kind: 'person',
            roles: [],
            summary: 'x',
            corrections: [],
          },
          source: { id: 'src', title: 'A report', publisher: 'A paper', kind: 'news' },
        }
      : id === 'q2'
        ? {
            quote: {
              id: 'q2',
              text: 'It is extremely regrettable.',
              fragment: false,
              speaker: 'kishida',
              date: HistoricalDateSchema.parse('2023-02-07'),
              context: 'At the rally.',
              source: 'src',
              islands: [],
              original: { language: 'ja', text: '誠に遺憾です。', source: 'src-ja' },
              translation: { by: 'official', note: 'provisional translation' },
            },
            speaker: {
              id: 'kishida',
              name: 'Fumio Kishida',
              kind: 'person',
              country: 'japan',
              roles: [],
              summary: 'x',
              corrections: [],
            },
            source: { id: 'src', title: 'A report', publisher: 'A paper', kind: 'news' },
          }
        : id === 'q3'
          ? {
              quote: {
                id: 'q3',
                text: 'forms the basis of our relationship.',
                fragment: true,
                speaker: 'abe',
                date: HistoricalDateSchema.parse('2001-03-25'),
                context: 'At a news conference.',
                source: 'src',
                islands: [],
              },
              speaker: {
                id: 'abe',
                name: 'Shinzo Abe',
                kind: 'person',
                roles: [],
                summary: 'x',
                corrections: [],
              },
              source: { id: 'src', title: 'A report', publisher: 'A paper', kind: 'news' },
            }
          : undefined,
  island: (id) =>
    id === 'etorofu'
      ? {
          names: {
            japanese: { english: 'Etorofu', native: '択捉島', romanized: 'Etorofu-tō' },
            russian: { english: 'Iturup', native: 'Итуруп', romanized: 'Iturup' },
          },
        }
      : undefined,
};

async function render(markdown: string, base = '/'): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkFactLinks, { base, lookup: () => lookup })
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeStringify, { allowDangerousHtml: true })
    .process(markdown);
  return String(file);
}

describe('parseFactLink', () => {
  it('reads kind:id and leaves URLs alone', () => {
    expect(parseFactLink('island:etorofu')).toEqual({ kind: 'island', id: 'etorofu' });
    expect(parseFactLink('https://example.org/')).toBeUndefined();
    expect(parseFactLink('/islands/')).toBeUndefined();
    expect(parseFactLink('isle:etorofu')).toEqual({ kind: undefined, scheme: 'isle' });
  });
});

describe('remarkFactLinks', () => {
  it('turns fact links into site links under the base', async () => {
    expect(await render('[Etorofu](island:etorofu)', '/four-islands/')).toContain(
      'href="/four-islands/islands/etorofu/"',
    );
    expect(await render('[A report](source:src)')).toContain('href="/sources/#source-src"');
  });

  it('adds the base to site paths, once', async () => {
    expect(await render('[the timeline](/timeline/#event-x)', '/four-islands/')).toContain(
      'href="/four-islands/timeline/#event-x"',
    );
    expect(await render('[elsewhere](https://example.org/a)', '/four-islands/')).toContain(
      'href="https://example.org/a"',
    );
  });

  it('renders a lone quote link as a quotation with speaker, date and source', async () => {
    const html = await render('Before.\n\n[quote](quote:q1)\n\nAfter.');
    expect(html).toContain('<figure class="fact-quote">');
    expect(html).toContain('“…not easy…”');
    expect(html).toContain('href="/actors/abe/"');
    expect(html).toContain('19 November 2016');
    expect(html).toContain('href="/sources/#source-src"');
  });

  it('shows the original words of a translated quote with their language, and whose English it is', async () => {
    const html = await render('[quote](quote:q2)');
    expect(html).toContain('<span lang="ja">「誠に遺憾です。」</span>');
    expect(html).toContain('Original (Japanese): ');
    expect(html).toContain(
      'English: official translation by the government of Japan (provisional translation).',
    );
    expect(await render('[quote](quote:q1)')).not.toContain('Original (');
  });

  it('puts no ellipsis after a fragment that ends its sentence', async () => {
    const html = await render('[quote](quote:q3)');
    expect(html).toContain('“…forms the basis of our relationship.”');
  });

  it('gives an island named in a link all three name forms, so prose follows the naming choice', async () => {
    const html = await render('Between [Etorofu (Iturup)](island:etorofu) and Uruppu.');
    expect(html).toContain(
      '<a href="/islands/etorofu/"><span class="island-name"><span class="island-name__both">Etorofu (Iturup)</span>' +
        '<span class="island-name__japanese" data-pagefind-ignore="">Etorofu</span><span class="island-name__russian" data-pagefind-ignore="">Iturup</span></span></a> and Uruppu.',
    );
    // One name alone, or the name inside other words, follows too; the other words stay.
    expect(await render('[Iturup](island:etorofu)')).toContain(
      '<span class="island-name__both">Etorofu (Iturup)</span>',
    );
    expect(await render('[the island of Etorofu](island:etorofu)')).toMatch(
      />the island of <span class="island-name">.*<\/span><\/a>/,
    );
  });

  it('leaves island link text that holds no name of the island as written', async () => {
    const html = await render('[the largest island](island:etorofu)');
    expect(html).toContain('<a href="/islands/etorofu/">the largest island</a>');
    expect(await render('[Etorofus](island:etorofu)')).toContain('>Etorofus</a>');
  });

  it("labels a quotation block's link like the quotes page does", async () => {
    const html = await render('[quote](quote:q1)');
    expect(html).toContain(
      '>Link<span class="visually-hidden"> to this quote by Shinzo Abe, 19 November 2016</span></a>',
    );
    expect(html).not.toContain('Permalink');
  });

  it('keeps an inline quote link as a link', async () => {
    expect(await render('He said [this](quote:q1) once.')).toContain('href="/quotes/#quote-q1"');
  });

  it('drops raw HTML, so no script or handler from content reaches a page', async () => {
    const html = await render(
      '<script>alert(1)</script>\n\nText <img src=x onerror="alert(1)"> here.',
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('onerror');
  });

  it('refuses an unknown fact id at render time too', async () => {
    await expect(render('[Nowhere](island:atlantis)')).rejects.toThrow(
      /Unknown fact link "island:atlantis"/,
    );
  });
});

describe('the second lock at render', () => {
  it('lets site paths, fragments, https addresses, mailto and fact links through, and nothing else', async () => {
    const { survivesRender } = await import('../../../../src/lib/markdown/remark-fact-links.ts');
    for (const url of [
      '/islands/',
      '#notes',
      'other/',
      'https://example.org/x',
      'mailto:a@example.org',
      'island:etorofu',
    ]) {
      expect(survivesRender(url), url).toBe(true);
    }
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,x',
      'ISLAND:etorofu',
      'island:etorofu#x',
      '/\\host/',
      '//host/',
      'foo bar',
      'java\u0001script:x',
      'http://example.org/',
      'https://localhost/',
    ]) {
      expect(survivesRender(url), url).toBe(false);
    }
    expect(survivesRender('https://example.org/i.png', true)).toBe(false);
    expect(survivesRender('/map.svg', true)).toBe(true);
  });

  it('drops a link the check would refuse and keeps its words', async () => {
    const { createArticleRenderer } =
      await import('../../../../src/lib/markdown/article-processor.ts');
    const renderer = await createArticleRenderer({
      base: '/',
      lookup: () => ({ has: () => true, quote: () => undefined, island: () => undefined }),
      onUnknownFactLink: () => {},
    });
    const { code } = await renderer.render('[words](ISLAND:etorofu) and [more](/\\evil.example/)', {
      frontmatter: {},
    });
    expect(code).toBe('<p>words and more</p>');
  });
});

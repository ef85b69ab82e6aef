import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { generateSyntheticContent } from '../../../../tools/bench/synthetic.ts';
import { splitFrontmatter } from '../../../../src/lib/content/yaml.ts';
import { GFM_PARTS, parseMarkdown } from '../../../../src/lib/markdown/parse.ts';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
/** What the site's renderer parses with. */
const remark = unified().use(remarkParse).use(remarkGfm);

function markdownFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(dir, name));
}

const bodyOf = (text: string) => splitFrontmatter(text)?.body ?? text;

/** Every construct each GFM part makes, and near-misses that must stay plain text. */
const SAMPLES: Record<string, string> = {
  'plain prose':
    'Two paragraphs with a [link](https://example.org) and *emphasis*.\n\nAnd a second one.',
  'www literal': 'See www.mofa.go.jp/erp/ for the ministry.',
  'upper-case WWW literal': 'See WWW.EXAMPLE.ORG today.',
  'http literal': 'At http://example.org/path?x=1, then text.',
  'https literal in a list': '- https://example.org/a\n- item',
  'e-mail literal': 'Write to editor@example.org.',
  'mailto literal': 'mailto:editor@example.org',
  'www without a dot': 'The wwwhat and the www are not links.',
  footnote: 'A claim.[^1]\n\n[^1]: The source.',
  'footnote-like text': 'A caret ^ and brackets [1] but no footnote.',
  strikethrough: 'Once ~~Habomai~~ now ~one~ tilde.',
  table: '| Island | Area |\n| --- | ---: |\n| Etorofu | 3,139 km² |',
  'table in a quote': '> | a |\n> | - |\n> | b |',
  'pipe without a table': 'A | B in prose.',
  'task list': '- [ ] open\n- [x] done\n- [X] done too',
  'brackets without a task list': '- [a] not a task\n- [] empty',
  everything: 'www.example.org ~~x~~ a@b.co[^n]\n\n| a |\n| - |\n\n- [ ] t\n\n[^n]: note',
};

describe('parseMarkdown', () => {
  it.each(Object.entries(SAMPLES))('gives remark-gfm’s tree for %s', (_name, body) => {
    expect(parseMarkdown(body)).toEqual(remark.parse(body));
  });

  it('gives remark-gfm’s tree for every article and fixture in the project', () => {
    const files = [
      ...markdownFilesUnder(join(ROOT, 'content', 'articles')),
      ...markdownFilesUnder(join(ROOT, 'tests', 'fixtures')),
    ];
    expect(files.length).toBeGreaterThan(6);
    for (const file of files) {
      const body = bodyOf(readFileSync(file, 'utf8'));
      expect(parseMarkdown(body), file).toEqual(remark.parse(body));
    }
  });

  it('gives remark-gfm’s tree for the benchmark’s synthetic articles', () => {
    const real = { islands: ['etorofu'], actors: ['putin'], events: ['e-1956'], sources: ['s'] };
    for (const article of generateSyntheticContent(12, real).articles) {
      const body = bodyOf(article.text);
      expect(parseMarkdown(body), article.slug).toEqual(remark.parse(body));
    }
  });

  it('leaves out the GFM parts a body cannot use, and only those', () => {
    const partsFor = (body: string) =>
      GFM_PARTS.filter((part) => part.mayOccur(body)).map((part) => part.name);
    expect(partsFor(SAMPLES['plain prose'] ?? '')).toEqual(['autolink literal']);
    expect(partsFor('No links, notes, tables or lists here.')).toEqual([]);
    expect(partsFor(SAMPLES['everything'] ?? '')).toEqual(GFM_PARTS.map((part) => part.name));
    expect(partsFor(SAMPLES['footnote'] ?? '')).toEqual(['footnote']);
    expect(partsFor(SAMPLES['table'] ?? '')).toEqual(['table']);
  });
});

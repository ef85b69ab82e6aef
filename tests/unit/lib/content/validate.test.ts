import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, formatReport } from '../../../../src/lib/content/reporters/text.ts';
import { compareProblems, type ProblemCode } from '../../../../src/lib/content/problem.ts';
import { validateContent } from '../../../../src/lib/content/validate.ts';
import { fixtureRoot } from '../../../support/fixtures.ts';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((cleanup) => cleanup());
  cleanups = [];
});

function check(broken?: string) {
  const { root, cleanup } = fixtureRoot(broken);
  cleanups.push(cleanup);
  return validateContent({ root, cache: false });
}

/** The exact lines an editor sees for each broken fixture: pinned, so a change is deliberate. */
const EXPECTED: Record<string, string[]> = {
  'border-line-unsourced': [
    'content/facts/borders.yaml:13:7  [0].lines[0].note  a schematic line says in `note` how it was drawn (expected a note, found none)',
    "content/facts/borders.yaml:18:11  [0].lines[0].points[1]  the point [47.4, 195.9] lies outside the state's extent (expected 43–45.8°N, 144.5–149°E) (found a list of 2)",
    'content/facts/borders.yaml:18:18  [0].lines[0].points[1][1]  longitude (the second number) runs from −180 to 180 degrees (expected at most 180, found 195.9)',
    "content/facts/borders.yaml:19:11  [0].lines[0].points[2]  the point [46.4, 149.5] lies outside the state's extent (expected 43–45.8°N, 144.5–149°E) (found a list of 2)",
    'content/facts/borders.yaml:21:16  [0].lines[0].sources  every line needs at least one source (expected at least 1 item, found an empty list)',
    'content/facts/borders.yaml:31:5  [1].holdings  this state does not say who held "kunashiri", "shikotan", "habomai" (expected every island of content/facts/islands.yaml in one holding, found holdings for etorofu)',
    'content/facts/borders.yaml:33:17  [1].holdings[1].islands[0]  the island "etorofu" is in two holdings of this state (expected each island in one holding, found it in holdings[0] already)',
    'content/facts/borders.yaml:43:17  [1].lines[0].sources[0]  unknown source "example-newz" — did you mean "example-news"? (expected the id of a source in content/facts/sources.yaml, found "example-newz")',
  ],
  'correction-incomplete': [
    'content/facts/events.yaml:9:13  [0].corrections[0].date  give the full day (expected a day such as 2026-12-02, found 2026-12)',
    'content/facts/events.yaml:12:7  [0].corrections[1].changed  missing required field (expected text)',
    'content/facts/events.yaml:15:14  [0].corrections[2].wrong  must not be empty (expected text, found empty text)',
    'content/facts/events.yaml:17:7  [0].corrections[2].reason  unknown field `reason` (expected one of `date`, `wrong`, `changed`)',
  ],
  'yaml-syntax-error': [
    'content/facts/actors.yaml:13:12  (YAML syntax)  Nested mappings are not allowed in compact mappings (expected valid YAML: check indentation, colons and quotes on this line or the one above)',
  ],
  'fact-file-emptied': [
    'content/facts/events.yaml:1:1  (file)  the events file is empty (expected a YAML list of events, each entry starting with "- id:", found no entries)',
  ],
  'wrong-type': [
    'content/facts/islands.yaml:6:23  [0].coordinates.lat  wrong type (expected a number, found "45°02′N")',
  ],
  'missing-required-field': [
    'content/facts/events.yaml:1:3  [0].summary  missing required field (expected text)',
  ],
  'unknown-field': [
    'content/facts/sources.yaml:1:3  [0].title  missing required field (expected text: title as published)',
    'content/facts/sources.yaml:2:3  [0].tittle  unknown field `tittle` — did you mean `title`? (expected one of `id`, `title`, `publisher`, `date`, `kind`, `url`, `accessed`, `language`, `note`)',
  ],
  'duplicate-id': [
    'content/facts/actors.yaml:9:7  [1].id  duplicate id "putin" (expected an id not used by another actor (line 1 has it already))',
    'content/facts/events.yaml:6:19  [0].actors[1]  unknown actor "abe" (expected the id of an actor in content/facts/actors.yaml, found "abe")',
  ],
  'id-not-kebab-case': [
    'content/articles/an-example.md:7:10  events[0]  unknown event "nagato-summit-2016" (expected the id of an event in content/facts/events.yaml, found "nagato-summit-2016")',
    'content/facts/borders.yaml:5:10  [0].event  unknown event "nagato-summit-2016" (expected the id of an event in content/facts/events.yaml, found "nagato-summit-2016")',
    'content/facts/events.yaml:1:7  [0].id  an id is lower-case words joined by hyphens, such as `james-brown` (expected "nagato-summit-2016", found "Nagato_Summit_2016")',
    'content/facts/quotes.yaml:7:10  [0].event  unknown event "nagato-summit-2016" (expected the id of an event in content/facts/events.yaml, found "nagato-summit-2016")',
  ],
  'position-wording-unknown-source': [
    'content/facts/claims.yaml:10:17  [0].positions[0].wording.source  the wording\'s source must be one of the position\'s sources (expected one of example-ministry) (found "example-ministri")',
  ],
  'unknown-reference': [
    'content/facts/quotes.yaml:3:12  [0].speaker  unknown actor "putn" — did you mean "putin"? (expected the id of an actor in content/facts/actors.yaml, found "putn")',
  ],
  'impossible-date': [
    'content/facts/quotes.yaml:4:9  [0].date  2016-02-30 is not a date: February 2016 has 29 days (found "2016-02-30")',
  ],
  'range-ends-before-start': [
    'content/facts/events.yaml:3:35  [0].date.end  the range ends before it starts (expected an end on or after 2016-12-16, found 2016-12-15)',
  ],
  'role-ends-before-start': [
    'content/facts/actors.yaml:7:61  [0].roles[0].end  the role ends before it starts (expected an end on or after 2012-05-07, found 2008-05-07)',
  ],
  'coordinates-out-of-range': [
    'content/facts/islands.yaml:34:23  [2].coordinates.lat  latitude runs from −90 to 90 degrees (expected at most 90, found 143.8)',
  ],
  'url-not-https': [
    'content/facts/sources.yaml:12:8  [1].url  must be an absolute https:// URL (found "http://example.org/facts")',
  ],
  'quote-original-without-language': [
    'content/facts/quotes.yaml:9:5  [0].original.language  missing required field (expected text: the language of the original words, as a BCP 47 tag: ja, ru)',
  ],
  'empty-quote-text': [
    'content/facts/quotes.yaml:2:9  [0].text  must not be empty (expected text, found empty text)',
  ],
  'article-without-source': [
    'content/articles/an-example.md:2:1  sources  missing required field (expected a list of ids of sources)',
  ],
  'required-island-missing': [
    'content/facts/borders.yaml:9:47  [0].holdings[0].islands[3]  unknown island "habomai" (expected the id of an island in content/facts/islands.yaml, found "habomai")',
    'content/facts/islands.yaml:1:1  (file)  the island "habomai" is missing (expected entries for etorofu, kunashiri, shikotan, habomai)',
  ],
  'broken-links': [
    'content/articles/an-example.md:14:52  link "island:iturup"  unknown island "iturup"',
    'content/articles/an-example.md:14:77  link "actor:putn"  unknown actor "putn" — did you mean "putin"?',
    'content/articles/an-example.md:15:1  link "isle:etorofu"  unknown kind of fact link "isle:" (kinds: source, island, actor, event, quote, claim, border, article)',
    'content/articles/an-example.md:15:26  link "#a-sectoin"  /articles/an-example/ has no anchor #a-sectoin — did you mean "a-section"?',
    'content/articles/an-example.md:15:48  link "/timeline/#event-nagato-summit"  /timeline/ has no anchor #event-nagato-summit — did you mean "event-nagato-summit-2016"?',
    'content/articles/an-example.md:16:1  link "/islandz/"  no page at /islandz/ — did you mean "/islands/"?',
    'content/articles/an-example.md:16:22  link "http://example.org/"  use https:// for external links',
    'content/articles/an-example.md:16:55  link "javascript:alert(1)"  links may not run code or embed data: use an https:// address or a fact link',
    'content/articles/an-example.md:17:1  link "other-article.md"  link to an article with article:other-article, not its file',
    'content/articles/an-example.md:19:7  link "source:example-newz"  unknown source "example-newz" — did you mean "example-news"?',
  ],
  'raw-html': [
    'content/articles/an-example.md:14:1  raw HTML "<script>alert(\'x\')</script>"  raw HTML is not allowed in articles: write Markdown (scripts, frames and event handlers never reach a page)',
    'content/articles/an-example.md:16:11  raw HTML "<img src=\\"x\\" onerror=\\"alert(1)\\">"  raw HTML is not allowed in articles: write Markdown (scripts, frames and event handlers never reach a page)',
    'content/articles/an-example.md:18:1  raw HTML "<iframe src=\\"https://example.org/\\"></…"  raw HTML is not allowed in articles: write Markdown (scripts, frames and event handlers never reach a page)',
    'content/articles/an-example.md:22:1  link "data:image/png;base64,AAAA"  links may not run code or embed data: use an https:// address or a fact link',
  ],
  'required-source-missing': [
    'content/facts/sources.yaml:1:1  (file)  the source "natural-earth" is missing (expected an entry with id natural-earth: every map credits its outlines to it)',
  ],
  'links-against-the-route-table': [
    'content/articles/an-example.md:18:1  heading "Main"  this heading\'s id "main" is one the article page already uses (expected other words for the heading (the page reserves the ids main, main-nav-list, toc-heading, related-heading, page-record))',
    'content/articles/an-example.md:20:45  link "/islands/etorofu/#no-such-heading-here"  /islands/etorofu/ has no anchor #no-such-heading-here',
    'content/articles/an-example.md:23:48  link "article:a-draft"  the article "a-draft" is a draft: a published article cannot link to it until it is published',
  ],
  'article-unknown-island-or-actor': [
    'content/articles/an-example.md:5:20  islands[1]  unknown island "iturup" (expected the id of an island in content/facts/islands.yaml, found "iturup")',
    'content/articles/an-example.md:6:17  actors[1]  unknown actor "poutine" — did you mean "putin"? (expected the id of an actor in content/facts/actors.yaml, found "poutine")',
  ],
};

/** The code of each problem, in report order: tests assert codes, the lines above pin the wording. */
const EXPECTED_CODES: Record<string, ProblemCode[]> = {
  'border-line-unsourced': [
    'invalid-field',
    'invalid-field',
    'invalid-field',
    'invalid-field',
    'invalid-field',
    'border-holdings',
    'border-holdings',
    'unknown-reference',
  ],
  'article-unknown-island-or-actor': ['unknown-reference', 'unknown-reference'],
  'correction-incomplete': ['invalid-field', 'missing-field', 'invalid-field', 'unknown-field'],
  'article-without-source': ['missing-field'],
  'broken-links': [
    'broken-link',
    'broken-link',
    'broken-link',
    'broken-link',
    'broken-link',
    'broken-link',
    'unsafe-link',
    'unsafe-link',
    'broken-link',
    'broken-link',
  ],
  'coordinates-out-of-range': ['invalid-field'],
  'duplicate-id': ['duplicate-id', 'unknown-reference'],
  'empty-quote-text': ['invalid-field'],
  'fact-file-emptied': ['empty-file'],
  'id-not-kebab-case': [
    'unknown-reference',
    'unknown-reference',
    'invalid-field',
    'unknown-reference',
  ],
  'impossible-date': ['invalid-field'],
  'links-against-the-route-table': ['heading-id-clash', 'broken-link', 'link-to-draft'],
  'quote-original-without-language': ['missing-field'],
  'missing-required-field': ['missing-field'],
  'range-ends-before-start': ['invalid-field'],
  'raw-html': ['raw-html', 'raw-html', 'raw-html', 'unsafe-link'],
  'required-island-missing': ['unknown-reference', 'missing-required-entry'],
  'required-source-missing': ['missing-required-entry'],
  'unknown-field': ['missing-field', 'unknown-field'],
  'unknown-reference': ['unknown-reference'],
  'url-not-https': ['invalid-field'],
  'wrong-type': ['invalid-field'],
  'yaml-syntax-error': ['yaml-syntax'],
};

describe('validateContent', () => {
  it('passes the valid fixture and returns its entries', async () => {
    const { problems, content } = await check();
    expect(problems).toEqual([]);
    expect(content.islands.map((island) => island.id)).toEqual([
      'etorofu',
      'kunashiri',
      'shikotan',
      'habomai',
    ]);
    expect(content.articles.map((article) => article.slug)).toEqual(['an-example']);
    expect(content.events[0]?.date).toEqual({
      kind: 'range',
      start: { year: 2016, month: 12, day: 15 },
      end: { year: 2016, month: 12, day: 16 },
      approximate: false,
    });
  });

  it('has a pinned expectation for every broken fixture', () => {
    const fixtures = readdirSync(
      fileURLToPath(new URL('../../../fixtures/broken/', import.meta.url)),
    ).sort();
    expect(fixtures).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))(
    'refuses %s with file, line, field, expected and found',
    async (name, lines) => {
      const { problems } = await check(name);
      const report = formatReport(problems).split('\n');
      const linkSummary = lines.some((line) => /^\S+  link /.test(line)) ? 1 : 0;
      expect(report.slice(0, -1 - linkSummary)).toEqual(lines);
      if (linkSummary) expect(report.at(-2)).toMatch(/^Found \d+ invalid links? in 1 file\.$/);
      expect(report.at(-1)).toMatch(
        new RegExp(`^Found ${lines.length} problems? in \\d+ files?\\.$`),
      );
    },
  );

  it.each(Object.entries(EXPECTED_CODES))(
    'gives every problem of %s its code',
    async (name, codes) => {
      const { problems } = await check(name);
      expect([...problems].sort(compareProblems).map((problem) => problem.code)).toEqual(codes);
    },
  );

  it('finds the same problems when a second thread renders the articles too', async () => {
    // Two copies of one project, each with its own cache.
    const many = () => {
      const { root, cleanup } = fixtureRoot();
      cleanups.push(cleanup);
      const front =
        '---\ntitle: Article\ndescription: One of many.\npublished: 2026-11-27\nsources: [example-news]\n---\n';
      for (let index = 0; index < 64; index += 1) {
        const link = index === 40 ? '[Atlantis](island:atlantis)' : '[Etorofu](island:etorofu)';
        writeFileSync(
          join(root, 'content/articles', `many-${String(index).padStart(2, '0')}.md`),
          `${front}\nArticle ${index} names ${link}.\n\n## Section\n\nSee [the section](#section).\n`,
        );
      }
      return root;
    };
    const alone = await validateContent({ root: many() });
    const shared = await validateContent({ root: many(), secondThread: true });
    expect(alone.problems.map((problem) => problem.code)).toEqual(['broken-link']);
    expect(shared.problems).toEqual(alone.problems);
    expect(shared.content.articles.length).toBe(65);
  });

  it('leaves entries with problems out of the content it returns', async () => {
    const { content } = await check('wrong-type');
    expect(content.islands.map((island) => island.id)).toEqual([
      'kunashiri',
      'shikotan',
      'habomai',
    ]);
  });
});

describe('formatProblem', () => {
  it('prints a file-level problem without a position', () => {
    expect(
      formatProblem({
        code: 'missing-file',
        file: 'content/facts/x.yaml',
        field: '',
        message: 'is missing',
      }),
    ).toBe('content/facts/x.yaml  (file)  is missing');
  });
});

describe('summary line', () => {
  it('counts problems and files', () => {
    const problems = [
      {
        code: 'invalid-field' as const,
        file: 'a.yaml',
        line: 2,
        column: 1,
        field: 'x',
        message: 'm',
      },
      {
        code: 'invalid-field' as const,
        file: 'a.yaml',
        line: 1,
        column: 1,
        field: 'y',
        message: 'm',
      },
      { code: 'missing-file' as const, file: 'b.md', field: '', message: 'm' },
    ];
    expect(formatReport(problems).split('\n')).toEqual([
      'a.yaml:1:1  y  m',
      'a.yaml:2:1  x  m',
      'b.md  (file)  m',
      'Found 3 problems in 2 files.',
    ]);
    expect(formatReport([])).toBe('Content check passed: no problems found.');
  });
});

// Every class of editor mistake the check must refuse with its file and field, and never with a
// stack trace: each case lays one mistake over the valid fixture and pins the lines it prints.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compareProblems, type ProblemCode } from '../../../../src/lib/content/problem.ts';
import { formatProblem } from '../../../../src/lib/content/reporters/text.ts';
import { validateContent } from '../../../../src/lib/content/validate.ts';
import { fixtureRoot } from '../../../support/fixtures.ts';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((cleanup) => cleanup());
  cleanups = [];
});

const ARTICLE_HEAD = `---
title: An example article
description: A short article used by the tests.
published: 2026-11-27
islands: [etorofu]
actors: [putin]
events: [nagato-summit-2016]
sources: [example-news]
---

`;

interface Case {
  /** Lays the mistake over a copy of the valid fixture. */
  make: (root: string) => void;
  codes: ProblemCode[];
  /** Lines (or their starts) the report must hold. */
  lines: string[];
}

const write = (root: string, path: string, text: string | Buffer) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};
const edit = (root: string, path: string, change: (text: string) => string) =>
  writeFileSync(join(root, path), change(readFileSync(join(root, path), 'utf8')));

const CASES: Record<string, Case> = {
  'link targets with control characters, spaces or backslashes, and mis-written fact links': {
    make: (root) =>
      write(
        root,
        'content/articles/an-example.md',
        `${ARTICLE_HEAD}[a](<java\u0001script:alert(1)>), [b](<foo bar>), [c](/\\host/), [d](ISLAND:etorofu) and [e](island:etorofu#x).\n`,
      ),
    codes: ['unsafe-link', 'broken-link', 'unsafe-link', 'broken-link', 'broken-link'],
    lines: [
      'content/articles/an-example.md:11:1  link "java\\u0001script:alert(1)"  the link target holds an invisible control character: retype it',
      'content/articles/an-example.md:11:30  link "foo bar"  the link target holds a space or line break: remove it (or write %20 inside an address)',
      'content/articles/an-example.md:11:46  link "/\\\\host/"  a backslash in a link target is read as a slash by browsers and can lead to another host: use /',
      'content/articles/an-example.md:11:60  link "ISLAND:etorofu"  fact links are written in lower case: island:etorofu',
      'content/articles/an-example.md:11:84  link "island:etorofu#x"  a fact link names an entry and nothing more: write island:etorofu, without a path or #fragment',
    ],
  },
  'raw HTML between two comments, and an image from another host': {
    make: (root) =>
      write(
        root,
        'content/articles/an-example.md',
        `${ARTICLE_HEAD}<!-- a --><img src="x" onerror="alert(1)"><!-- b -->\n\n<!-- a plain comment is fine -->\n\n![a map](https://example.org/map.png)\n`,
      ),
    codes: ['raw-html', 'external-image'],
    lines: [
      'content/articles/an-example.md:11:1  raw HTML "<!-- a --><img src=\\"x\\" onerror=\\"alert…"  raw HTML is not allowed in articles: write Markdown (scripts, frames and event handlers never reach a page)',
      'content/articles/an-example.md:15:1  link "https://example.org/map.png"  images from other hosts are blocked by the pages’ security policy: readers would see a broken image (expected no image, or a link to the image instead)',
    ],
  },
  'footnotes that do not pair, and a source cited in the body only': {
    make: (root) =>
      write(
        root,
        'content/articles/an-example.md',
        `${ARTICLE_HEAD}Cited.[^1] Not defined.[^missing] Unlisted [ministry](source:example-ministry).\n\n[^1]: [A report](source:example-news)\n[^unused]: [A report](source:example-news)\n`,
      ),
    codes: ['undefined-footnote', 'unlisted-source', 'unused-footnote'],
    lines: [
      'content/articles/an-example.md:11:24  link "[^missing]"  this footnote has no definition, so the page would print it as it stands (expected a line "[^missing]: …" with the source, or the marker removed)',
      'content/articles/an-example.md:11:44  link "source:example-ministry"  the body cites the source "example-ministry", which the frontmatter\'s sources: does not list (expected "example-ministry" added to sources: in the frontmatter)',
      'content/articles/an-example.md:14:1  link "[^unused]"  this footnote is never cited in the text, so the page would leave it out (expected [^unused] after the sentence it supports, or the definition removed)',
    ],
  },
  'text with a control character, text of invisible characters only, dates out of order or ahead': {
    make: (root) => {
      edit(root, 'content/facts/quotes.yaml', (text) =>
        text.replace('text: An example of words spoken.', 'text: "\\u200B\\u202E"'),
      );
      edit(root, 'content/facts/events.yaml', (text) =>
        text.replace(/title: (.*)/, 'title: "Nagato\\u0007 summit"'),
      );
      edit(root, 'content/articles/an-example.md', (text) =>
        text.replace('published: 2026-11-27', 'published: 2999-01-01\nupdated: 2998-12-31'),
      );
    },
    codes: ['invalid-field', 'invalid-field', 'invalid-field', 'invalid-field'],
    lines: [
      'content/articles/an-example.md:4:12  published  the publication day is in the future (expected today or earlier, or draft: true, found 2999-01-01)',
      'content/articles/an-example.md:5:10  updated  an article cannot be updated before it was published (expected 2999-01-01 or later, found 2998-12-31)',
      'content/facts/events.yaml:2:10  [0].title  holds an invisible control character (it would break feeds and pages): retype the text around it',
      'content/facts/quotes.yaml:2:9  [0].text  holds only invisible characters (zero-width or direction marks): write the text itself',
    ],
  },
  'a file that is not UTF-8': {
    make: (root) =>
      write(
        root,
        'content/articles/an-example.md',
        Buffer.concat([Buffer.from(`${ARTICLE_HEAD}Fine.\n`), Buffer.from([0x41, 0xff, 0x0a])]),
      ),
    codes: ['unreadable-file'],
    lines: [
      'content/articles/an-example.md:12:1  (file)  this line holds bytes that are not UTF-8 text (expected the file saved as UTF-8)',
    ],
  },
  'files the check never reads': {
    make: (root) => {
      write(root, 'content/facts/actors-extra.yml', '- id: x\n');
      write(root, 'content/facts/Quotes.yaml', '- id: x\n');
      write(root, 'content/notes.txt', 'notes\n');
      write(root, 'content/articles/drafts/old.md', '# old\n');
    },
    codes: ['unexpected-file', 'unexpected-file', 'unexpected-file', 'unexpected-file'],
    lines: [
      'content/articles/drafts  (file)  articles do not go in subfolders: this folder is never read',
      'content/facts/actors-extra.yml  (file)  no collection reads this file: entries of that kind belong in actors.yaml',
      'content/facts/Quotes.yaml  (file)  no collection reads this file: entries of that kind belong in quotes.yaml',
      'content/notes.txt  (file)  no collection reads this: it would never reach the site',
    ],
  },
  'a folder named like an article, and a link to nothing': {
    make: (root) => {
      mkdirSync(join(root, 'content/articles/x.md'));
      symlinkSync(
        join(root, 'content/articles/gone.md.target'),
        join(root, 'content/articles/gone.md'),
      );
    },
    codes: ['unreadable-file', 'unreadable-file'],
    lines: [
      'content/articles/gone.md  (file)  it is a link to a file that does not exist (expected a readable file)',
      'content/articles/x.md  (file)  this is a folder, not a file (expected a file)',
    ],
  },
  'a YAML alias bomb and very deep nesting': {
    make: (root) => {
      const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
      for (let level = 1; level < 9; level += 1)
        bomb.push(
          `${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(9)
            .fill(`*${String.fromCharCode(96 + level)}`)
            .join(',')}]`,
        );
      write(root, 'content/facts/actors.yaml', `${bomb.join('\n')}\n`);
      write(root, 'content/facts/claims.yaml', `${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    },
    codes: ['yaml-syntax', 'yaml-syntax'],
    lines: ['content/facts/actors.yaml:', 'content/facts/claims.yaml:'],
  },
  'island coordinates that no outline matches, and a claim with one party twice': {
    make: (root) => {
      edit(root, 'content/facts/islands.yaml', (text) =>
        text.replace('{ lat: 45.0333, lon: 147.6167 }', '{ lat: 10.5, lon: 20.5 }'),
      );
      edit(root, 'content/facts/claims.yaml', (text) =>
        text.replace('party: russia', 'party: japan'),
      );
    },
    codes: ['invalid-field', 'island-not-on-map'],
    lines: [
      'content/facts/claims.yaml:5:16  [0].positions[1].party  japan already has a position in this claim (positions[0]): each party speaks once (expected another party, found japan)',
      'content/facts/islands.yaml:6:16  [0].coordinates  these coordinates',
    ],
  },
  'a translated fact file that lacks a text, translates a date and names an entry English lacks': {
    make: (root) => {
      // Only events.yaml is given: once content/facts/ja/ exists, every fact file must be there.
      write(
        root,
        'content/facts/ja/events.yaml',
        '- id: nagato-summit-2016\n  title: 長門での首脳会談\n  date: 2016-12-15\n- id: no-such-event\n  title: 架空の出来事\n',
      );
    },
    codes: [
      'missing-translation',
      'missing-translation',
      'missing-translation',
      'missing-translation',
      'untranslatable-field',
      'unknown-original',
      'missing-translation',
      'missing-translation',
    ],
    lines: [
      'content/facts/ja/actors.yaml  (file)  the Japanese translation of actors.yaml is missing (expected a YAML list with the id and text fields of each of the 2 entries of content/facts/actors.yaml)',
      'content/facts/ja/borders.yaml  (file)  the Japanese translation of borders.yaml is missing',
      'content/facts/ja/claims.yaml  (file)  the Japanese translation of claims.yaml is missing',
      'content/facts/ja/events.yaml:1:3  [0].summary  "nagato-summit-2016" has no Japanese text for summary (expected a translation of "The leaders met in Nagato, then in Tokyo.")',
      'content/facts/ja/events.yaml:3:3  [0].date  date is not translated: it is the same in every language (expected only the text fields (title, summary, date.note, corrections[].wrong, corrections[].changed))',
      'content/facts/ja/events.yaml:4:7  [1].id  no event "no-such-event" in English (expected an id of content/facts/events.yaml, found "no-such-event")',
      'content/facts/ja/islands.yaml  (file)  the Japanese translation of islands.yaml is missing',
      'content/facts/ja/quotes.yaml  (file)  the Japanese translation of quotes.yaml is missing',
    ],
  },
  'a translated article that sets a field only the original has, with a bad hash and a broken link':
    {
      make: (root) =>
        write(
          root,
          'content/articles/ru/an-example.md',
          '---\ntitle: Пример\ndescription: Короткая статья для тестов.\ntranslationOf: an-example\noriginalHash: abc\npublished: 2026-11-27\n---\n\nСм. [Итуруп](island:nowhere).\n',
        ),
      codes: ['invalid-field', 'unknown-field'],
      lines: [
        'content/articles/ru/an-example.md:5:15  originalHash',
        'content/articles/ru/an-example.md:6:1  published  ',
      ],
    },
  'a translation whose name is not its original’s': {
    make: (root) =>
      write(
        root,
        'content/articles/ja/another-name.md',
        '---\ntitle: 例\ndescription: テスト用の短い記事。\ntranslationOf: an-example\noriginalHash: 0123456789ab\n---\n\n[択捉島](island:nowhere)を見よ。\n',
      ),
    codes: ['invalid-field'],
    lines: [
      'content/articles/ja/another-name.md:4:16  translationOf  a translation has the file name of the article it translates (expected "another-name", the file name (or name the file an-example.md), found "an-example")',
    ],
  },
  'translations that leave out a correction of the original, or add one': {
    make: (root) => {
      edit(root, 'content/articles/an-example.md', (text) =>
        text.replace(
          '\n---\n',
          '\ncorrections:\n  - date: 2026-12-01\n    wrong: It said one thing.\n    changed: It now says another.\n---\n',
        ),
      );
      write(
        root,
        'content/articles/ja/an-example.md',
        '---\ntitle: 例\ndescription: テスト用の短い記事。\ntranslationOf: an-example\noriginalHash: 0123456789ab\n---\n\n本文。\n',
      );
      write(
        root,
        'content/articles/ru/an-example.md',
        '---\ntitle: Пример\ndescription: Короткая статья для тестов.\ntranslationOf: an-example\noriginalHash: 0123456789ab\ncorrections:\n  - wrong: Одно.\n    changed: Другое.\n  - wrong: Лишнее.\n    changed: Лишнее.\n---\n\nТекст.\n',
      );
    },
    codes: ['missing-translation', 'unknown-original'],
    lines: [
      "content/articles/ja/an-example.md:4:16  corrections  a translation gives the words of each of the original's corrections, in its order (expected 1 (as content/articles/an-example.md records), found 0)",
      "content/articles/ru/an-example.md:7:3  corrections  a translation gives the words of each of the original's corrections, in its order (expected 1 (as content/articles/an-example.md records), found 2)",
    ],
  },
  'a link in a translation to an entry that does not exist': {
    make: (root) =>
      write(
        root,
        'content/articles/ja/an-example.md',
        '---\ntitle: 例\ndescription: テスト用の短い記事。\ntranslationOf: an-example\noriginalHash: 0123456789ab\n---\n\n[択捉島](island:nowhere)を見よ。\n',
      ),
    codes: ['broken-link'],
    lines: ['content/articles/ja/an-example.md:8:1  link "island:nowhere"'],
  },
};

describe('editor mistakes', () => {
  it.each(Object.entries(CASES))(
    'refuses %s, with file and field',
    async (_name, { make, codes, lines }) => {
      const { root, cleanup } = fixtureRoot();
      cleanups.push(cleanup);
      make(root);
      const { problems } = await validateContent({ root, cache: false });
      const sorted = [...problems].sort(compareProblems);
      const printed = sorted.map(formatProblem);
      expect(
        sorted.map((problem) => problem.code),
        printed.join('\n'),
      ).toEqual(codes);
      lines.forEach((line, index) => expect(printed[index], printed.join('\n')).toContain(line));
      for (const problem of problems) expect(problem.message).not.toMatch(/\n\s+at /);
    },
    30_000,
  );
});

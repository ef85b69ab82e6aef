import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findLostSpaces } from '../../../tools/text/template-spaces.ts';

const SRC = fileURLToPath(new URL('../../../src/', import.meta.url));

describe('findLostSpaces', () => {
  it('finds text that ends a line before a tag or an expression, and the reverse', () => {
    const source = [
      '---',
      "const a = '<b>'",
      '---',
      '<p>',
      '  Without it, browse the',
      '  <a href="/articles/">articles</a>.',
      '  the right value.',
      '  {report && <a href={report}>Report</a>}',
      '  <a href="/x/">x</a>',
      '  and more',
      '</p>',
    ].join('\n');
    expect(findLostSpaces(source).map((found) => found.line)).toEqual([5, 7, 9]);
    expect(findLostSpaces(source)[0]?.excerpt).toBe(
      'Without it, browse the⏎<a href="/articles/">articles<',
    );
  });

  it('leaves written-out spaces, attributes, blocks, scripts and styles alone', () => {
    const source = [
      '<p>',
      "  browse the{' '}",
      '  <a href="/a/">articles</a>',
      '</p>',
      '<IslandMap',
      '  title={name}',
      '  description={text}',
      '/>',
      '<ul>',
      '  <li>One</li>',
      '</ul>',
      '<script>',
      '  const x = y',
      '  {z}',
      '</script>',
      '<p>Read on.',
      '  {draft && <strong> · Draft</strong>}',
      '</p>',
    ].join('\n');
    expect(findLostSpaces(source)).toEqual([]);
  });

  it('finds nothing in the site’s own templates', () => {
    const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.astro'),
    );
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((file) =>
      findLostSpaces(readFileSync(`${SRC}${file}`, 'utf8')).map(
        (lost) => `src/${file}:${lost.line}  ${lost.excerpt}`,
      ),
    );
    expect(found).toEqual([]);
  });
});

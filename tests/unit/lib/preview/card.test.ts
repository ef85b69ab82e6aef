import { describe, expect, it } from 'vitest';
import {
  PREVIEW_SIZE,
  escapeXml,
  eyebrowSize,
  previewCardLayers,
  previewCardSvg,
  previewPath,
  textWidth,
  titleFontSize,
  wrapText,
} from '../../../../src/lib/preview/card.ts';

const card = {
  eyebrow: 'Disputed island',
  title: 'Shikotan',
  names: [
    { text: '色丹島', lang: 'ja' as const },
    { text: 'Шикотан', lang: 'ru' as const },
  ],
  description: 'Shikotan is the second smallest of the four islands.',
  map: {
    width: 1000,
    height: 667,
    land: ['M0 0L10 0 10 10Z'],
    islands: [
      { d: 'M1 1L5 1 5 5Z', focus: true },
      { d: 'M6 6L9 6 9 9Z', focus: false },
    ],
  },
  siteName: 'Four Islands',
  address: 'example.org/islands/shikotan/',
};

describe('previewPath', () => {
  it('puts each page’s card under /og/, named by its path', () => {
    expect(previewPath('/')).toBe('/og/index.png');
    expect(previewPath('/islands/shikotan/')).toBe('/og/islands/shikotan.png');
    expect(previewPath('/timeline/island/habomai/')).toBe('/og/timeline/island/habomai.png');
  });
});

describe('wrapText', () => {
  it('breaks at words within the width and ends a cut line with an ellipsis', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 20, 120, 2);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(textWidth(line, 20)).toBeLessThanOrEqual(120);
    expect(lines[1]).toMatch(/ …$/);
    expect(wrapText('short title', 20, 600, 3)).toEqual(['short title']);
  });

  it('moves a name in brackets whole to the next line rather than cut it', () => {
    // 12 characters at 64 px: 歯舞群島（ハボマイ fits 9 em a line, the whole title does not.
    const lines = wrapText('歯舞群島（ハボマイ諸島）', 64, 9 * 64, 3, true);
    expect(lines).toEqual(['歯舞群島', '（ハボマイ諸島）']);
  });

  it('keeps a Russian one-letter word with the word after it', () => {
    const lines = wrapText('Позиция Японии в изложении самой Японии', 52, 480, 3, true);
    for (const line of lines) expect(line).not.toMatch(/ [вискуоа]$/u);
    expect(lines.some((line) => line.startsWith('в '))).toBe(true);
  });

  it('counts Cyrillic letters as the broader letters they are', () => {
    // Measured in DejaVu Sans: 655 px; counted as Latin it fitted a 604 px column and ran into the map.
    expect(textWidth('Спорные вопросы', 64, true)).toBeGreaterThanOrEqual(655);
    expect(textWidth('Disputed islands', 64, true)).toBeGreaterThanOrEqual(594);
  });

  it('counts Japanese characters as a full em', () => {
    expect(textWidth('色丹島', 40)).toBe(120);
    expect(textWidth('Shikotan', 40)).toBeLessThan(8 * 40);
  });
});

describe('previewCardSvg', () => {
  it('draws a 1200×630 card with the kind, title, both names, map and address', () => {
    const svg = previewCardSvg(card);
    expect(svg).toMatch(
      new RegExp(`^<svg [^>]*width="${PREVIEW_SIZE.width}" height="${PREVIEW_SIZE.height}"`),
    );
    expect(svg).toContain('DISPUTED ISLAND');
    expect(svg).toContain('>Shikotan</text>');
    expect(svg).toContain('xml:lang="ja"');
    expect(svg).toContain('>色丹島</tspan>');
    expect(svg).toContain('>Шикотан</tspan>');
    expect(svg).toContain('example.org/islands/shikotan/');
    // The page's island is picked out; the others are drawn as land.
    expect(svg.match(/stroke-width="[\d.]+" stroke-linejoin/g)).toHaveLength(2);
    expect(svg).toContain('viewBox="0 0 1000 667"');
  });

  it('sets a Japanese card’s own lines in Japanese faces after the Latin one', () => {
    const svg = previewCardSvg({ ...card, eyebrow: '係争中の島', title: '色丹島（シコタン島）' });
    expect(svg).toMatch(/<text [^>]*'IPAGothic'[^>]*xml:lang="ja"[^>]*>色丹島<\/text>/u);
    // An English card's lines keep the Latin faces alone.
    expect(previewCardSvg(card)).toMatch(
      /<text [^>]*'DejaVu Sans', 'Liberation Sans', 'Arial', sans-serif"[^>]*>Shikotan<\/text>/,
    );
  });

  it('escapes text, so a title with markup cannot break the SVG', () => {
    const svg = previewCardSvg({ ...card, title: 'A <b>bold</b> & "quoted" title' });
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&#60;b&#62;bold&#60;/b&#62;');
    expect(svg).toContain('&#38;');
    expect(svg).toContain('&#34;quoted&#34;');
    expect(escapeXml(`'`)).toBe('&#39;');
  });

  it('gives the whole width to the text when there is no map', () => {
    const svg = previewCardSvg({ ...card, map: null, names: undefined, eyebrow: undefined });
    expect(svg).not.toContain('<clipPath');
    expect(svg).not.toContain('xml:lang');
  });
});

describe('the eyebrow', () => {
  it('keeps its size when it fits the column, and shrinks when its capitals would not', () => {
    expect(eyebrowSize('DISPUTED ISLAND', 604)).toBe(26);
    expect(eyebrowSize('係争中の島', 604)).toBe(26);
    const long = 'ПРАВИТЕЛЬСТВО · МЕЖДУНАРОДНЫЙ ОРГАН';
    const size = eyebrowSize(long, 604);
    expect(size).toBeLessThan(26);
    // At that size its capitals and spacing fit the column.
    expect([...long].length * (size * 0.78 + 2)).toBeLessThanOrEqual(604);
    expect(eyebrowSize(long.repeat(4), 604)).toBe(16);
  });
});

describe('the title', () => {
  it('is large on two lines, smaller on three, and smaller still for a word wider than the column', () => {
    expect(titleFontSize('Shikotan', 604)).toBe(64);
    expect(titleFontSize('Joint Declaration of 1956 to the Singapore summit of 2018', 604)).toBe(
      52,
    );
    const size = titleFontSize('Высокопоставленный японский дипломат (имя не названо)', 604);
    expect(size).toBeLessThan(52);
    expect(textWidth('Высокопоставленный', size, true)).toBeLessThanOrEqual(604);
    // Japanese breaks between words, not at spaces: its size follows its lines only.
    expect(titleFontSize('色丹島', 604)).toBe(64);
  });
});

describe('previewCardLayers', () => {
  it('splits the card into the card without its map and the map, in the same layout', () => {
    const { base, map } = previewCardLayers(card);
    const whole = previewCardSvg(card);
    expect(base).not.toContain('<clipPath');
    // Every line of text is where the whole card puts it.
    expect(base.match(/<text[^>]*>/g)).toEqual(whole.match(/<text[^>]*>/g));
    expect(map?.svg).toContain('<clipPath id="map-box">');
    expect(whole).toContain(map?.svg.replace(/^<svg[^>]*>|<\/svg>$/g, ''));
    expect(map).toMatchObject({ left: 712, top: 60 });
  });

  it('has no map layer for a card without a map', () => {
    expect(previewCardLayers({ ...card, map: null }).map).toBeUndefined();
  });
});

describe('wrapText in Japanese', () => {
  it('breaks between words, never before closing punctuation, and keeps every character', () => {
    const text =
      '日本政府が択捉島、国後島、色丹島、歯舞群島の領有を主張する理由を、政府自身の説明と文書に基づいて示す。';
    const lines = wrapText(text, 28, 600, 3);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(text);
    for (const line of lines) expect(line).not.toMatch(/^[、。」）]/u);
  });

  it('ends the last line with an ellipsis when the text does not fit', () => {
    const lines = wrapText('日本の主張——日本自身の言葉で'.repeat(6), 64, 600, 2, true);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/u);
  });
});

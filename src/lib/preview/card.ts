/**
 * A page's preview image for shared links (Open Graph, Twitter cards), as SVG: the page's kind and
 * title, both names where the page is an island's, its one-sentence description, a small map of
 * the islands with the page's island picked out, and the site's name with the page's address.
 * The build renders it to a 1200×630 PNG with the machine's fonts (tools/previews/).
 */

import type { MapView } from '../map/map-view.ts';

/** The size Open Graph and Twitter's large card expect. */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** Where a page's preview image is served: `/` → `/og/index.png`, `/islands/x/` → `/og/islands/x.png`. */
export function previewPath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '');
  return `/og/${trimmed === '' ? 'index' : trimmed}.png`;
}

/** The land and islands of a page's static map, in that map's own viewBox units. */
export interface PreviewMap {
  width: number;
  height: number;
  land: string[];
  islands: { d: string; focus: boolean }[];
}

/**
 * A static map's view as a card draws it, the same shapes its SVG prints (MapSvg.astro): the
 * context land and every island, none picked out (the overview the home page draws).
 */
export function previewMapOf(
  view: Pick<MapView, 'width' | 'height' | 'contextPaths' | 'islands'>,
): PreviewMap {
  return {
    width: view.width,
    height: view.height,
    land: view.contextPaths.map((path) => path.d),
    islands: view.islands.map((island) => ({ d: island.d, focus: false })),
  };
}

/** Where the build leaves the map a card shows for a page without one of its own (the home page's). */
export const FALLBACK_MAP_PATH = '/og/fallback-map.json';

export interface PreviewCard {
  /** The page's kind as its eyebrow gives it ("Disputed island"); none on some pages. */
  eyebrow?: string | undefined;
  title: string;
  /** An island's names in both languages' scripts, each with its language tag. */
  names?: { text: string; lang: 'ja' | 'ru' }[] | undefined;
  description: string;
  map: PreviewMap | null;
  siteName: string;
  /** The page's address without the scheme: `example.org/islands/shikotan/`. */
  address: string;
}

/** The colours of the site's light theme (src/styles/global.css). */
const COLOURS = {
  paper: '#fbfaf7',
  ink: '#1c2127',
  muted: '#4f5863',
  rule: '#d9d5cc',
  accent: '#0b5f82',
  sea: '#dcebf2',
  land: '#efe9dc',
  focus: '#a9cddc',
} as const;

const MARGIN = 64;
const MAP_BOX = { x: 716, y: 64, width: 420, height: 440 } as const;

/** Escapes text for SVG character data and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** Average advance of a Latin letter in the cards' face, as a share of the font size. */
const CARD_CHARACTER_WIDTH = 0.56;
/**
 * The same for Cyrillic, whose letters are broader in DejaVu Sans: measured at 0.60–0.63 of the
 * size in regular text and 0.66–0.70 in bold ("Спорные вопросы" at 64 px bold is 655 px wide).
 */
const CYRILLIC_CHARACTER_WIDTH = 0.63;

/** Whether a character takes a full em: CJK ideographs, kana and full-width forms (・, （）). */
const isWide = (character: string) => /[\u3000-\u9fff\uff00-\uffef]/u.test(character);

/** How wide a line will be: CJK characters take a full em, other text about half of one. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const characters = [...text];
  const wide = characters.filter(isWide).length;
  const cyrillic = characters.filter((character) => /\p{Script=Cyrillic}/u.test(character)).length;
  const narrow = characters.length - wide - cyrillic;
  const narrowWidth = Math.ceil(
    (narrow * CARD_CHARACTER_WIDTH + cyrillic * CYRILLIC_CHARACTER_WIDTH) * fontSize,
  );
  return (narrowWidth * (bold ? 1.1 : 1) + wide * fontSize) | 0;
}

/**
 * Breaks text into at most `maxLines` lines no wider than `width`; the last line ends in "…" when
 * words are left over. A word wider than the line stands alone on its line.
 */
export function wrapText(
  text: string,
  fontSize: number,
  width: number,
  maxLines: number,
  bold = false,
): string[] {
  if (CJK.test(text)) return wrapUnits(japaneseUnits(text), fontSize, width, maxLines, bold);
  const words = keepShortWordsWithNext(text.split(/\s+/).filter(Boolean));
  const lines: string[] = [];
  let current = '';
  let index = 0;
  for (; index < words.length; index += 1) {
    const word = words[index]!;
    const trial = current === '' ? word : `${current} ${word}`;
    if (current !== '' && textWidth(trial, fontSize, bold) > width) {
      lines.push(current);
      current = word;
      if (lines.length === maxLines) break;
    } else {
      current = trial;
    }
  }
  if (lines.length < maxLines) {
    lines.push(current);
    return lines;
  }
  // Words were left: end the last line with an ellipsis that fits.
  let last = lines[maxLines - 1]!;
  while (last.includes(' ') && textWidth(`${last} …`, fontSize, bold) > width) {
    last = last.slice(0, last.lastIndexOf(' '));
  }
  lines[maxLines - 1] = `${last.replace(/[,;:.]$/, '')} …`;
  return lines;
}

/**
 * A Russian one-letter word (в, и, с, к, у, о, а) goes on the line of the word after it, as
 * Russian typesetting keeps it: "Позиция Японии / в изложении", not "Позиция Японии в / изложении".
 */
function keepShortWordsWithNext(words: readonly string[]): string[] {
  const kept: string[] = [];
  let pending = '';
  for (const word of words) {
    if (/^\p{Script=Cyrillic}$/u.test(word)) pending += `${word} `;
    else {
      kept.push(pending + word);
      pending = '';
    }
  }
  if (pending) kept.push(pending.trimEnd());
  return kept;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Japanese has no spaces between words: the units a line may break between are its words, as
 * Intl.Segmenter finds them, each with the punctuation that follows it (a line never starts with
 * 、。」 or a closing bracket) and with an opening bracket joined to the word after it.
 */
function japaneseUnits(text: string): string[] {
  const units: string[] = [];
  let opening = '';
  for (const { segment, isWordLike } of new Intl.Segmenter('ja', { granularity: 'word' }).segment(
    text,
  )) {
    if (/^[「『（(［\[【〈《“‘]+$/u.test(segment)) opening += segment;
    else if (!isWordLike && units.length > 0 && opening === '') units[units.length - 1] += segment;
    else {
      units.push(opening + segment);
      opening = '';
    }
  }
  if (opening) units.push(opening);
  return units;
}

/** Greedy lines of units written without spaces between them, with "…" when units are left. */
function wrapUnits(
  units: readonly string[],
  fontSize: number,
  width: number,
  maxLines: number,
  bold: boolean,
): string[] {
  const lines: string[] = [];
  let current = '';
  let index = 0;
  for (; index < units.length; index += 1) {
    const unit = units[index]!;
    if (current !== '' && textWidth(current + unit, fontSize, bold) > width) {
      // A name in brackets that would be cut (歯舞群島（ハボマイ / 諸島）) goes whole to the next
      // line when it fits there: 歯舞群島 / （ハボマイ諸島）.
      const open = current.lastIndexOf('（');
      const carried = open > 0 && open > current.lastIndexOf('）') ? current.slice(open) : '';
      if (carried && textWidth(carried + unit, fontSize, bold) <= width) {
        lines.push(current.slice(0, open).trimEnd());
        if (lines.length === maxLines) break;
        current = carried + unit;
        continue;
      }
      lines.push(current.trimEnd());
      if (lines.length === maxLines) break;
      current = unit.trimStart();
    } else current += unit;
  }
  if (lines.length < maxLines) {
    if (current) lines.push(current.trimEnd());
    return lines;
  }
  let last = lines[maxLines - 1]!;
  while (last.length > 1 && textWidth(`${last}…`, fontSize, bold) > width)
    last = [...last].slice(0, -1).join('');
  lines[maxLines - 1] = `${last.replace(/[、。，,.]$/u, '')}…`;
  return lines;
}

function mapSvg(map: PreviewMap): string {
  const { x, y, width, height } = MAP_BOX;
  // The whole map is fitted inside the box, and the land it draws past its viewBox fills the
  // rest; strokes are given in the map's units.
  const scale = Math.min(width / map.width, height / map.height);
  const stroke = (pixels: number) => (pixels / scale).toFixed(2);
  const land = map.land
    .map(
      (d) =>
        `<path d="${escapeXml(d)}" fill="${COLOURS.land}" stroke="${COLOURS.muted}" stroke-width="${stroke(1)}"/>`,
    )
    .join('');
  const islands = map.islands
    .map(
      ({ d, focus }) =>
        `<path d="${escapeXml(d)}" fill="${focus ? COLOURS.focus : COLOURS.land}" stroke="${COLOURS.accent}" stroke-width="${stroke(focus ? 4 : 2.5)}" stroke-linejoin="round"/>`,
    )
    .join('');
  return (
    `<clipPath id="map-box"><rect x="${x}" y="${y}" width="${width}" height="${height}" rx="16"/></clipPath>` +
    `<g clip-path="url(#map-box)"><rect x="${x}" y="${y}" width="${width}" height="${height}" fill="${COLOURS.sea}"/>` +
    `<svg x="${x}" y="${y}" width="${width}" height="${height}" viewBox="0 0 ${map.width} ${map.height}" preserveAspectRatio="xMidYMid meet" overflow="visible">${land}${islands}</svg></g>` +
    `<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="16" fill="none" stroke="${COLOURS.rule}" stroke-width="2"/>`
  );
}

const LATIN_FAMILIES = ['DejaVu Sans', 'Liberation Sans', 'Arial'] as const;
const JAPANESE_FAMILIES = [
  'IPAGothic',
  'IPAexGothic',
  'Noto Sans CJK JP',
  'Hiragino Sans',
  'Yu Gothic',
] as const;

/** The faces the card's text is set in, each a list of families the machine picks from in order. */
export const CARD_FACES = {
  latin: [...LATIN_FAMILIES, 'sans-serif'],
  japanese: [...JAPANESE_FAMILIES, 'sans-serif'],
  /**
   * A line of a Japanese card (its kind, title, description): the Latin face for its Latin letters
   * and figures, then Japanese faces for the rest, so the machine's fallback never picks a Chinese
   * face for its kanji.
   */
  japaneseLine: [...LATIN_FAMILIES, ...JAPANESE_FAMILIES, 'sans-serif'],
} as const;
export type CardFace = keyof typeof CARD_FACES;

/** A run of a line in one colour or face: an island's name in a line of both names. */
export interface CardSpan {
  text: string;
  fill?: string;
  face?: CardFace;
  lang?: 'ja' | 'ru';
}

/** One line of the card's text, set from `x` (or, with `anchor` "end", up to it) on baseline `y`. */
export interface CardLine {
  x: number;
  y: number;
  anchor: 'start' | 'end';
  face: CardFace;
  size: number;
  bold: boolean;
  fill: string;
  /** Extra space after each character, in pixels. */
  letterSpacing: number;
  /** The line's language where it is Japanese, so that its kanji take Japanese forms. */
  lang?: 'ja';
  spans: CardSpan[];
}

/** A face as SVG's font-family: each family quoted but the generic one. */
const familyAttribute = (face: CardFace) =>
  `font-family="${CARD_FACES[face].map((family) => (family === 'sans-serif' ? family : `'${family}'`)).join(', ')}"`;

/** A line as SVG text. */
function lineSvg(line: CardLine): string {
  const spans = line.spans
    .map((span) => {
      const text = escapeXml(span.text);
      if (span.lang)
        return `<tspan xml:lang="${span.lang}" ${span.face ? familyAttribute(span.face) : ''}>${text}</tspan>`;
      if (span.fill) return `<tspan fill="${span.fill}">${text}</tspan>`;
      return text;
    })
    .join('');
  return (
    `<text x="${line.x}" y="${line.y}" ${familyAttribute(line.face)}${line.lang ? ` xml:lang="${line.lang}"` : ''} font-size="${line.size}"` +
    (line.bold ? ' font-weight="700"' : '') +
    (line.letterSpacing ? ` letter-spacing="${line.letterSpacing}"` : '') +
    (line.anchor === 'end' ? ' text-anchor="end"' : '') +
    ` fill="${line.fill}"` +
    (line.spans.length > 1 ? ' xml:space="preserve"' : '') +
    `>${spans}</text>`
  );
}

/** The face for a line of the card's own text. */
const faceFor = (text: string): { face: CardFace; lang?: 'ja' } =>
  CJK.test(text) ? { face: 'japaneseLine', lang: 'ja' } : { face: 'latin' };

const EYEBROW_SPACING = 2;
/** Average advance of a bold capital in the cards' face (wider than a lower-case letter). */
const CAPITAL_WIDTH = 0.78;

/**
 * The eyebrow's font size: 26, or smaller (down to 16) when its capitals would not fit the text
 * column: "ПРАВИТЕЛЬСТВО · МЕЖДУНАРОДНЫЙ ОРГАН" at 26 reached into the map.
 */
export function eyebrowSize(eyebrow: string, width: number): number {
  const characters = [...eyebrow];
  const wide = characters.filter(isWide).length;
  const narrow = characters.length - wide;
  // Each character advances by its width at the size, plus the letter spacing.
  const perSize = narrow * CAPITAL_WIDTH + wide;
  const fitting = (width - characters.length * EYEBROW_SPACING) / perSize;
  return Math.max(16, Math.min(26, Math.floor(fitting)));
}

/**
 * The title's size: 64 when it fits two lines, else 52 for up to three, and smaller still when
 * one of its words is wider than the column at that size ("Высокопоставленный" is 700 px wide at
 * 52 px bold): a word is never cut, so it must fit a line whole.
 */
export function titleFontSize(title: string, width: number): number {
  const words = CJK.test(title) ? [] : title.split(/\s+/);
  const wordsFit = (size: number) => words.every((word) => textWidth(word, size, true) <= width);
  if (wordsFit(64) && wrapText(title, 64, width, Infinity, true).length <= 2) return 64;
  return [52, 46, 40].find(wordsFit) ?? 40;
}

/** The card as an SVG document of {@link PREVIEW_SIZE}. */
export function previewCardSvg(card: PreviewCard): string {
  return cardSvg(card, true);
}

/** Where a card's map layer goes: the map's box and the 1 px its border stroke reaches past it. */
const MAP_LAYER = {
  left: MAP_BOX.x - 4,
  top: MAP_BOX.y - 4,
  width: MAP_BOX.width + 8,
  height: MAP_BOX.height + 8,
} as const;

/** A card's map on its own (transparent around it), to be drawn over the card at `left`, `top`. */
export interface PreviewMapLayer {
  svg: string;
  left: number;
  top: number;
}

/** The map layer of a card that shows `map`: the same for every card that shows that map. */
export function previewMapLayer(map: PreviewMap): PreviewMapLayer {
  const { left, top, width, height } = MAP_LAYER;
  return {
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${left} ${top} ${width} ${height}">${mapSvg(map)}</svg>`,
    left,
    top,
  };
}

/**
 * The card in two layers: the card with its text laid out beside the map but the map left out,
 * and the map layer. Most pages show the same map, so the build draws that layer once; the two
 * layers together draw what {@link previewCardSvg} draws.
 */
export function previewCardLayers(card: PreviewCard): { base: string; map?: PreviewMapLayer } {
  const base = cardSvg(card, false);
  return card.map ? { base, map: previewMapLayer(card.map) } : { base };
}

/** The card's text, line by line, laid out beside the map when it has one. */
export function previewCardText(card: PreviewCard): CardLine[] {
  const { width, height } = PREVIEW_SIZE;
  const textRight = card.map ? MAP_BOX.x - 48 : width - MARGIN;
  const columnWidth = textRight - MARGIN;
  const line = (
    y: number,
    text: string,
    style: Pick<CardLine, 'size' | 'fill'> & Partial<CardLine>,
  ): CardLine => ({
    x: MARGIN,
    y,
    anchor: 'start',
    bold: false,
    letterSpacing: 0,
    ...faceFor(text),
    spans: [{ text }],
    ...style,
  });
  const lines: CardLine[] = [];
  let y = MARGIN + 8;
  if (card.eyebrow) {
    y += 26;
    const eyebrow = card.eyebrow.toUpperCase();
    lines.push(
      line(y, eyebrow, {
        size: eyebrowSize(eyebrow, columnWidth),
        bold: true,
        letterSpacing: EYEBROW_SPACING,
        fill: COLOURS.accent,
      }),
    );
    y += 28;
  }
  const titleSize = titleFontSize(card.title, columnWidth);
  for (const text of wrapText(card.title, titleSize, columnWidth, 3, true)) {
    y += titleSize * 1.15;
    lines.push(
      line(Number(y.toFixed(0)), text, { size: titleSize, bold: true, fill: COLOURS.ink }),
    );
  }
  if (card.names && card.names.length > 0) {
    y += 72;
    lines.push({
      ...line(y, '', { size: 40, fill: COLOURS.ink, face: 'latin' }),
      spans: card.names.flatMap((name, index) => [
        ...(index > 0 ? [{ text: '  ·  ', fill: COLOURS.muted }] : []),
        {
          text: name.text,
          lang: name.lang,
          ...(name.lang === 'ja' ? { face: 'japanese' as const } : {}),
        },
      ]),
    });
  }
  y += 24;
  for (const text of wrapText(card.description, 28, columnWidth, card.names ? 3 : 4)) {
    y += 40;
    if (y > height - 130) break;
    lines.push(line(y, text, { size: 28, fill: COLOURS.muted }));
  }
  const footerY = height - 56;
  lines.push(
    line(footerY, card.siteName, { size: 28, bold: true, fill: COLOURS.ink, face: 'latin' }),
    {
      ...line(footerY, card.address, { size: 24, fill: COLOURS.muted, face: 'latin' }),
      x: width - MARGIN,
      anchor: 'end',
    },
  );
  return lines;
}

/** What every card has besides its text and map: the paper, the top bar and the footer's rule. */
export function previewCardFrame(): string {
  const { width, height } = PREVIEW_SIZE;
  const footerY = height - 56;
  return (
    `<rect width="${width}" height="${height}" fill="${COLOURS.paper}"/>` +
    `<rect width="${width}" height="10" fill="${COLOURS.accent}"/>` +
    `<line x1="${MARGIN}" y1="${footerY - 44}" x2="${width - MARGIN}" y2="${footerY - 44}" stroke="${COLOURS.rule}" stroke-width="2"/>`
  );
}

/** An SVG document of the card's size. */
export const previewSvgDocument = (content: string): string => {
  const { width, height } = PREVIEW_SIZE;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${content}</svg>`;
};

/** The card's SVG; `drawMap` false leaves the map out but keeps the layout made for it. */
function cardSvg(card: PreviewCard, drawMap: boolean): string {
  return previewSvgDocument(
    previewCardFrame() +
      (card.map && drawMap ? mapSvg(card.map) : '') +
      previewCardText(card).map(lineSvg).join(''),
  );
}

export { lineSvg as previewLineSvg };

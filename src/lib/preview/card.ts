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

const FONT = "font-family=\"'DejaVu Sans', 'Liberation Sans', Arial, sans-serif\"";
const JAPANESE_FONT =
  "font-family=\"'IPAGothic', 'IPAexGothic', 'Noto Sans CJK JP', 'Hiragino Sans', 'Yu Gothic', sans-serif\"";
/**
 * A line of a Japanese card (its kind, title, description): the Latin face for its Latin letters
 * and figures, then Japanese faces for the rest, so the machine's fallback never picks a Chinese
 * face for its kanji.
 */
const JAPANESE_LINE_FONT =
  "font-family=\"'DejaVu Sans', 'Liberation Sans', Arial, 'IPAGothic', 'IPAexGothic', 'Noto Sans CJK JP', 'Hiragino Sans', 'Yu Gothic', sans-serif\" xml:lang=\"ja\"";

/** The font attributes for a line of the card's own text. */
const fontFor = (text: string) => (CJK.test(text) ? JAPANESE_LINE_FONT : FONT);

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

/**
 * The card in two layers: the card with its text laid out beside the map but the map left out,
 * and the map on its own (transparent around it), to be drawn over the first at `left`, `top`.
 * Most pages show the same map, so the build draws that layer once; the two layers together
 * draw what {@link previewCardSvg} draws.
 */
export function previewCardLayers(card: PreviewCard): {
  base: string;
  map?: { svg: string; left: number; top: number };
} {
  if (!card.map) return { base: cardSvg(card, false) };
  const { left, top, width, height } = MAP_LAYER;
  return {
    base: cardSvg(card, false),
    map: {
      svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${left} ${top} ${width} ${height}">${mapSvg(card.map)}</svg>`,
      left,
      top,
    },
  };
}

/** The card's SVG; `drawMap` false leaves the map out but keeps the layout made for it. */
function cardSvg(card: PreviewCard, drawMap: boolean): string {
  const { width, height } = PREVIEW_SIZE;
  const textRight = card.map ? MAP_BOX.x - 48 : width - MARGIN;
  const columnWidth = textRight - MARGIN;
  const parts: string[] = [];
  let y = MARGIN + 8;
  if (card.eyebrow) {
    y += 26;
    const eyebrow = card.eyebrow.toUpperCase();
    parts.push(
      `<text x="${MARGIN}" y="${y}" ${fontFor(eyebrow)} font-size="${eyebrowSize(eyebrow, columnWidth)}" font-weight="700" letter-spacing="${EYEBROW_SPACING}" fill="${COLOURS.accent}">${escapeXml(eyebrow)}</text>`,
    );
    y += 28;
  }
  const titleSize = titleFontSize(card.title, columnWidth);
  for (const line of wrapText(card.title, titleSize, columnWidth, 3, true)) {
    y += titleSize * 1.15;
    parts.push(
      `<text x="${MARGIN}" y="${y.toFixed(0)}" ${fontFor(line)} font-size="${titleSize}" font-weight="700" fill="${COLOURS.ink}">${escapeXml(line)}</text>`,
    );
  }
  if (card.names && card.names.length > 0) {
    y += 72;
    const spans = card.names
      .map(
        (name, index) =>
          `${index > 0 ? `<tspan fill="${COLOURS.muted}">  ·  </tspan>` : ''}<tspan xml:lang="${name.lang}" ${name.lang === 'ja' ? JAPANESE_FONT : ''}>${escapeXml(name.text)}</tspan>`,
      )
      .join('');
    parts.push(
      `<text x="${MARGIN}" y="${y}" ${FONT} font-size="40" fill="${COLOURS.ink}" xml:space="preserve">${spans}</text>`,
    );
  }
  y += 24;
  for (const line of wrapText(card.description, 28, columnWidth, card.names ? 3 : 4)) {
    y += 40;
    if (y > height - 130) break;
    parts.push(
      `<text x="${MARGIN}" y="${y}" ${fontFor(line)} font-size="28" fill="${COLOURS.muted}">${escapeXml(line)}</text>`,
    );
  }
  const footerY = height - 56;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="${width}" height="${height}" fill="${COLOURS.paper}"/>` +
    `<rect width="${width}" height="10" fill="${COLOURS.accent}"/>` +
    (card.map && drawMap ? mapSvg(card.map) : '') +
    parts.join('') +
    `<line x1="${MARGIN}" y1="${footerY - 44}" x2="${width - MARGIN}" y2="${footerY - 44}" stroke="${COLOURS.rule}" stroke-width="2"/>` +
    `<text x="${MARGIN}" y="${footerY}" ${FONT} font-size="28" font-weight="700" fill="${COLOURS.ink}">${escapeXml(card.siteName)}</text>` +
    `<text x="${width - MARGIN}" y="${footerY}" ${FONT} font-size="24" text-anchor="end" fill="${COLOURS.muted}">${escapeXml(card.address)}</text>` +
    `</svg>`
  );
}

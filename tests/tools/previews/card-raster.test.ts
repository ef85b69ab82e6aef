import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  PREVIEW_SIZE,
  previewCardText,
  textWidth,
  type CardLine,
  type PreviewCard,
} from '../../../src/lib/preview/card.ts';
import { createCardRaster } from '../../../tools/previews/card-raster.ts';

const map = {
  width: 1000,
  height: 667,
  land: ['M0 0L400 0 400 300Z'],
  islands: [{ d: 'M500 300L700 300 700 500Z', focus: true }],
};
const english: PreviewCard = {
  eyebrow: 'Disputed island',
  title: 'Etorofu (Iturup)',
  names: [
    { text: '択捉島', lang: 'ja' },
    { text: 'Итуруп', lang: 'ru' },
  ],
  description: 'The largest of the four islands, with its names, area and residents.',
  map,
  siteName: 'The Four Islands',
  address: 'example.org/islands/etorofu/',
};
const japanese: PreviewCard = {
  eyebrow: '係争中の島',
  title: '択捉島（エトロフ島）',
  description: '択捉島の日本名とロシア名、面積、1945年と現在の住民。',
  map,
  siteName: 'The Four Islands',
  address: 'example.org/ja/islands/etorofu/',
};
const russian: PreviewCard = {
  eyebrow: 'Статья',
  title: 'Позиция России в её собственном изложении',
  description: 'Как российское и советское правительства сами объясняют свою позицию.',
  map: null,
  siteName: 'The Four Islands',
  address: 'example.org/ru/articles/russia-s-case/',
};

const pixels = async (png: Buffer) => {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
};

/**
 * The ink of one line: the box of pixels clearly darker than the paper in the band between its
 * cap height and its baseline (descenders and the next line stay out).
 */
function lineInk(image: Awaited<ReturnType<typeof pixels>>, line: CardLine) {
  const top = Math.round(line.y - line.size * 0.75);
  const bottom = Math.round(line.y);
  const [from, to] =
    line.anchor === 'end' ? [line.x - 700, line.x + 4] : [line.x - 4, line.x + 700];
  let left = Infinity;
  let right = -Infinity;
  let highest = Infinity;
  for (let y = top; y < bottom; y += 1)
    for (let x = Math.max(0, from); x < Math.min(image.width, to); x += 1) {
      const at = (y * image.width + x) * 3;
      // The paper is #fbfaf7; text is at least a third of the way to its ink.
      if (image.data[at]! + image.data[at + 1]! + image.data[at + 2]! > 3 * 170) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
      highest = Math.min(highest, y);
    }
  return { left, right, top: highest };
}

describe('createCardRaster', () => {
  it('sets each line where the SVG renderer sets it, in Latin, Japanese and Cyrillic', async () => {
    const raster = createCardRaster();
    for (const card of [english, japanese, russian]) {
      const [drawn, fromSvg] = await Promise.all([
        raster.draw(card).then(pixels),
        raster.fromSvg(card).then(pixels),
      ]);
      expect(drawn.width).toBe(PREVIEW_SIZE.width);
      expect(drawn.height).toBe(PREVIEW_SIZE.height);
      for (const line of previewCardText(card)) {
        const ours = lineInk(drawn, line);
        const svg = lineInk(fromSvg, line);
        const label = `${card.title}: ${line.spans.map((span) => span.text).join('')}`;
        expect(Number.isFinite(ours.left), label).toBe(true);
        expect(Math.abs(ours.top - svg.top), label).toBeLessThanOrEqual(1);
        // The end a line is set from is within a pixel; its other end within 2 % of its width.
        const width = Math.max(svg.right - svg.left, textWidth('x', line.size));
        if (line.anchor === 'end') {
          expect(Math.abs(ours.right - svg.right), label).toBeLessThanOrEqual(1);
          expect(Math.abs(ours.left - svg.left), label).toBeLessThanOrEqual(width * 0.02 + 1);
        } else {
          expect(Math.abs(ours.left - svg.left), label).toBeLessThanOrEqual(1);
          expect(Math.abs(ours.right - svg.right), label).toBeLessThanOrEqual(width * 0.02 + 1);
        }
      }
    }
  });

  it('draws the frame and the map as the SVG does', async () => {
    const raster = createCardRaster();
    const [drawn, fromSvg] = await Promise.all([
      raster.draw(english).then(pixels),
      raster.fromSvg(english).then(pixels),
    ]);
    // Right of the text column (the map and the space around it, the top bar): the same pixels.
    const differingRows: number[] = [];
    for (let y = 0; y < 520; y += 1) {
      const row = (image: typeof drawn) =>
        image.data.subarray((y * PREVIEW_SIZE.width + 690) * 3, (y + 1) * PREVIEW_SIZE.width * 3);
      if (!row(drawn).equals(row(fromSvg))) differingRows.push(y);
    }
    expect(differingRows).toEqual([]);
  });

  it('draws a card from its SVG when a letter reaches past what places its line', async () => {
    const raster = createCardRaster();
    // Stacked accents rise above the block that pins a line's top.
    const tall = { ...english, title: 'Å̂̂̂̂̂ stacked' };
    const [drawn, fromSvg] = await Promise.all([raster.draw(tall), raster.fromSvg(tall)]);
    expect(drawn.equals(fromSvg)).toBe(true);
    // An ordinary card is not drawn that way.
    const [plain, plainSvg] = await Promise.all([raster.draw(english), raster.fromSvg(english)]);
    expect(plain.equals(plainSvg)).toBe(false);
  });
});

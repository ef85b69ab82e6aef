// Draws a preview card (src/lib/preview/card.ts) to a PNG.
//
// The card's frame and map are drawn once for every card that shows that map; each line of text is
// set by Pango itself (sharp's text images) and laid over them. Drawing each card's SVG whole set
// every line through the SVG renderer again, and that was most of a card's cost: a card now
// takes about half the time. The SVG stays the card's definition: each kind of line is placed where the
// SVG renderer places it, measured once on a probe, and a card whose text the probe's measure
// does not hold for is drawn from its SVG as before.
import sharp, { type Sharp } from 'sharp';
import {
  CARD_FACES,
  PREVIEW_SIZE,
  escapeXml,
  previewCardFrame,
  previewCardLayers,
  previewCardText,
  previewMapLayer,
  previewLineSvg,
  previewSvgDocument,
  type CardLine,
  type PreviewCard,
  type PreviewMapLayer,
} from '../../src/lib/preview/card.ts';

/** Pixels as sharp gives them, row by row. */
interface Pixels {
  data: Buffer;
  width: number;
  height: number;
  channels: number;
}

const pixelsOf = async (image: Sharp): Promise<Pixels> => {
  const { data, info } = await image.raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
};

/** The box of the pixels at least half covered: left and top inclusive, right and bottom not. */
function inkBox({ data, width, height, channels }: Pixels) {
  let left = width;
  let top = height;
  let right = 0;
  let bottom = 0;
  for (let y = 0; y < height; y += 1)
    for (let x = 0; x < width; x += 1) {
      if ((data[(y * width + x) * channels + channels - 1] ?? 0) < 128) continue;
      left = Math.min(left, x);
      right = Math.max(right, x + 1);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y + 1);
    }
  if (right === 0) throw new Error('the probe drew nothing');
  return { left, top, right, bottom };
}

const familiesOf = (face: CardLine['face']) => CARD_FACES[face].join(',');

// Pango crops a text image to its ink, which differs from line to line. An invisible full block
// at the line's start (and, for a line set up to its end, at its end too) is taller than any
// letter, so every line of one kind has the same edges, a fixed distance from its origin. Each pin
// holds a Latin letter too, in the Latin face: a line that began with Japanese straight after the
// block set its kanji 3 px lower than the SVG renderer does, and than it does after a Latin letter.
const pin = (text: string) =>
  `<span fgalpha="1" font_family="${familiesOf('latin')}">${text}</span>`;
const START_PIN = pin('█x');
const END_PIN = pin('x█');

/** A line in Pango's markup, between its pins. */
function lineMarkup(line: CardLine): string {
  const spans = line.spans
    .map((span) => {
      const attributes = [
        `foreground="${span.fill ?? line.fill}"`,
        span.face ? `font_family="${familiesOf(span.face)}"` : '',
        span.lang ? `lang="${span.lang}"` : '',
      ].filter(Boolean);
      return `<span ${attributes.join(' ')}>${escapeXml(span.text)}</span>`;
    })
    .join('');
  const outer = [
    `letter_spacing="${Math.round(line.letterSpacing * 1024)}"`,
    line.lang ? `lang="${line.lang}"` : '',
  ].filter(Boolean);
  return `<span ${outer.join(' ')}>${START_PIN}${spans}${line.anchor === 'end' ? END_PIN : ''}</span>`;
}

/** A line set by Pango: its pixels, straight (not premultiplied) RGBA. */
const setLine = (line: CardLine): Promise<Pixels> =>
  pixelsOf(
    sharp({
      text: {
        text: lineMarkup(line),
        font: `${familiesOf(line.face)} ${line.bold ? 'Bold ' : ''}${line.size}px`,
        rgba: true,
        // Pango's points are the SVG's pixels at 72 dots per inch.
        dpi: 72,
      },
    }),
  );

/** Where the origin of a kind of line lies in its Pango image, and how tall that image is. */
interface Placement {
  /** From the image's left edge to the line's start, or for a line set up to its end, from the
   * line's end to the image's right edge. */
  x: number;
  /** From the image's top to the baseline. */
  y: number;
  height: number;
}

/** What places a line: everything but its text and its place. */
const placementKey = ({ face, size, bold, letterSpacing, lang, anchor }: CardLine) =>
  JSON.stringify([face, size, bold, letterSpacing, lang, anchor]);

/**
 * Measures where the SVG renderer puts a line of this kind: a probe "H" drawn both ways, its ink
 * compared. The block pins make the answer the same for every line of the kind.
 */
async function measurePlacement(line: CardLine): Promise<Placement> {
  const origin = { x: 300, y: 150 };
  const probe: CardLine = { ...line, ...origin, spans: [{ text: 'H' }] };
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300">${previewLineSvg(probe)}</svg>`;
  const drawn = inkBox(await pixelsOf(sharp(Buffer.from(svg)).ensureAlpha()));
  const set = await setLine(probe);
  const ink = inkBox(set);
  return {
    x:
      line.anchor === 'end'
        ? set.width - (ink.right + (origin.x - drawn.right))
        : ink.left - (drawn.left - origin.x),
    y: ink.top - (drawn.top - origin.y),
    height: set.height,
  };
}

/** Lays straight RGBA pixels over an opaque RGB image, clipped to it. */
function blend(target: Pixels, source: Pixels, left: number, top: number): void {
  const { data: out, width, height } = target;
  const { data: src, width: sourceWidth, height: sourceHeight } = source;
  for (let row = Math.max(0, -top); row < sourceHeight; row += 1) {
    const y = top + row;
    if (y >= height) break;
    for (let column = Math.max(0, -left); column < sourceWidth; column += 1) {
      const x = left + column;
      if (x >= width) break;
      const from = (row * sourceWidth + column) * 4;
      const alpha = src[from + 3]!;
      if (alpha === 0) continue;
      const to = (y * width + x) * 3;
      for (let channel = 0; channel < 3; channel += 1)
        out[to + channel] =
          (src[from + channel]! * alpha + out[to + channel]! * (255 - alpha) + 127) / 255;
    }
  }
}

/** `make` for each key once: later calls with an argument of the same key get the first result. */
function memoized<A, V>(keyOf: (argument: A) => string, make: (argument: A) => V) {
  const made = new Map<string, V>();
  return (argument: A): V => {
    const key = keyOf(argument);
    let value = made.get(key);
    if (value === undefined) {
      value = make(argument);
      made.set(key, value);
    }
    return value;
  };
}

const NO_MAP = '';

/** Draws cards; the frames, maps and measures it makes are kept for the next cards. */
export function createCardRaster() {
  // The map a card shows, drawn alone (transparent around it); most pages show the same one.
  const mapPixels = memoized(
    (svg: string) => svg,
    (svg) => pixelsOf(sharp(Buffer.from(svg)).ensureAlpha()),
  );

  const layersOver = async (map: PreviewMapLayer | undefined) => {
    if (!map) return [];
    const layer = await mapPixels(map.svg);
    return [
      {
        input: layer.data,
        raw: { width: layer.width, height: layer.height, channels: 4 as const },
        left: map.left,
        top: map.top,
      },
    ];
  };

  /** The frame with the card's map on it, opaque RGB. */
  const frameFor = memoized(
    (map: PreviewMapLayer | undefined) => map?.svg ?? NO_MAP,
    (map) =>
      layersOver(map).then((layers) =>
        pixelsOf(
          sharp(Buffer.from(previewSvgDocument(previewCardFrame())))
            .composite(layers)
            .removeAlpha(),
        ),
      ),
  );

  const placementOf = memoized(placementKey, measurePlacement);

  // zlib level 1: the card's flat colours compress well enough, and it encodes a third faster.
  const png = (image: Sharp) => image.png({ compressionLevel: 1 }).toBuffer();

  /** The card drawn from its SVG, as every card was before: for text the measure does not hold for. */
  const fromSvg = async (card: PreviewCard) => {
    const { base, map } = previewCardLayers(card);
    return png(sharp(Buffer.from(base)).composite(await layersOver(map)));
  };

  return {
    /** The card as a PNG of {@link PREVIEW_SIZE}. */
    async draw(card: PreviewCard): Promise<Buffer> {
      const lines = previewCardText(card);
      const [frame, set, placed] = await Promise.all([
        frameFor(card.map ? previewMapLayer(card.map) : undefined),
        Promise.all(lines.map(setLine)),
        Promise.all(lines.map(placementOf)),
      ]);
      // A letter that reaches past the block (a tall accent, a face the block is not in) makes
      // its image larger, and the measure would misplace the line.
      if (set.some((image, index) => image.height !== placed[index]!.height)) return fromSvg(card);
      const canvas = { ...frame, data: Buffer.from(frame.data) };
      lines.forEach((line, index) => {
        const image = set[index]!;
        const { x, y } = placed[index]!;
        const left = line.anchor === 'end' ? line.x - (image.width - x) : line.x - x;
        // The SVG may set a baseline between pixels; Pango's images are whole pixels.
        blend(canvas, image, Math.round(left), Math.round(line.y - y));
      });
      return png(
        sharp(canvas.data, {
          raw: { width: PREVIEW_SIZE.width, height: PREVIEW_SIZE.height, channels: 3 },
        }),
      );
    },
    fromSvg,
  };
}

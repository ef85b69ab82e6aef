// Label placement for the static map: each label tries the sides of its anchor in order of
// preference and takes the one that overlaps the fewest other labels and the least land it does
// not name. Pure geometry in viewBox units; the SVG and the Leaflet map both use the result.
import type { LabelSide } from './map-data.ts';

export type { LabelSide };

/** A rectangle in viewBox units, y growing downwards. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  id: string;
  /** The point the label belongs to, in viewBox units. */
  anchor: { x: number; y: number };
  width: number;
  height: number;
  /** Sides to try, best first. Default {@link DEFAULT_SIDES}. */
  sides?: readonly LabelSide[];
  /** Land (owner names, as `landAt` returns them) the label may cover: its own island, say. */
  mayCover?: readonly string[];
}

export interface PlacedLabel {
  id: string;
  side: LabelSide;
  box: Rect;
  /** Where SVG `<text>` goes with `dominant-baseline: central`. */
  textX: number;
  textY: number;
  textAnchor: 'start' | 'middle' | 'end';
}

export interface PlacementOptions {
  /** The viewBox: labels should stay inside it. */
  bounds: Rect;
  /** Distance between an anchor and its label. */
  gap: number;
  /** The owner of the land at a point (an island id, "Hokkaido"…), or null for sea. */
  landAt: (x: number, y: number) => string | null;
}

export const DEFAULT_SIDES: readonly LabelSide[] = [
  'right',
  'left',
  'below',
  'above',
  'below-right',
  'above-right',
  'below-left',
  'above-left',
  'center',
];

/** Average advance of a Latin letter, as a share of the font size, in a sans-serif. */
const AVERAGE_CHARACTER_WIDTH = 0.56;

/**
 * A Cyrillic letter's: wider than a Latin one in the faces readers have (ХОККАЙДО runs a tenth
 * wider than HOKKAIDO in DejaVu Sans), and set wider for the semibold labels.
 */
const CYRILLIC_CHARACTER_WIDTH = 0.66;

/**
 * How much wider the map's semibold island labels run than regular text: about a fifth in the
 * wider faces readers have (DejaVu Sans, Verdana).
 */
export const BOLD_WIDTH_FACTOR = 1.2;

/**
 * Whether a character is set a full em wide: kana, kanji, CJK punctuation and the full-width
 * forms (the Japanese brackets in 択捉島（イトゥルップ島）).
 */
export function isWideCharacter(character: string): boolean {
  return /[\u3000-\u9fff\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/u.test(character);
}

/**
 * A conservative width for a line of text: real fonts may run a little narrower. Japanese
 * characters take a full em each, about twice a Latin letter, so a Japanese label is not placed
 * as if it were half its length.
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  const characters = [...text];
  const wide = characters.filter(isWideCharacter).length;
  const cyrillic = characters.filter((character) => /\p{Script=Cyrillic}/u.test(character)).length;
  const latin = characters.length - wide - cyrillic;
  const narrow =
    (latin * fontSize * AVERAGE_CHARACTER_WIDTH + cyrillic * fontSize * CYRILLIC_CHARACTER_WIDTH) *
    (bold ? BOLD_WIDTH_FACTOR : 1);
  return Math.ceil(narrow + wide * fontSize);
}

/** The box a label of the given size occupies on one side of its anchor. */
export function labelBox(
  anchor: { x: number; y: number },
  width: number,
  height: number,
  side: LabelSide,
  gap: number,
): Rect {
  // Diagonal sides sit a little closer so the label still reads as belonging to the point.
  const diagonal = gap * 0.7;
  const { x, y } = anchor;
  switch (side) {
    case 'center':
      return { x: x - width / 2, y: y - height / 2, width, height };
    case 'right':
      return { x: x + gap, y: y - height / 2, width, height };
    case 'left':
      return { x: x - gap - width, y: y - height / 2, width, height };
    case 'above':
      return { x: x - width / 2, y: y - gap - height, width, height };
    case 'below':
      return { x: x - width / 2, y: y + gap, width, height };
    case 'above-right':
      return { x: x + diagonal, y: y - diagonal - height, width, height };
    case 'below-right':
      return { x: x + diagonal, y: y + diagonal, width, height };
    case 'above-left':
      return { x: x - diagonal - width, y: y - diagonal - height, width, height };
    case 'below-left':
      return { x: x - diagonal - width, y: y + diagonal, width, height };
  }
}

/** Which way text runs from its x for a label on that side: away from the anchor. */
export function textAnchorFor(side: LabelSide): PlacedLabel['textAnchor'] {
  if (side === 'right' || side === 'above-right' || side === 'below-right') return 'start';
  if (side === 'left' || side === 'above-left' || side === 'below-left') return 'end';
  return 'middle';
}

export function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/** Share of the box's sample points on land the label may not cover (0–1). */
function forbiddenLandShare(
  box: Rect,
  request: LabelRequest,
  landAt: PlacementOptions['landAt'],
): number {
  const columns = 8;
  const rows = 3;
  let blocked = 0;
  for (let column = 0; column < columns; column += 1) {
    for (let row = 0; row < rows; row += 1) {
      const owner = landAt(
        box.x + ((column + 0.5) / columns) * box.width,
        box.y + ((row + 0.5) / rows) * box.height,
      );
      if (owner !== null && !(request.mayCover ?? []).includes(owner)) blocked += 1;
    }
  }
  return blocked / (columns * rows);
}

/**
 * Places labels in the order given (so earlier ones, the islands, get the best spots): for each,
 * the side with the lowest cost, where leaving the map costs most, covering another label next
 * (text over text cannot be read; text over land, with its halo, can),
 * and covering land the label does not name least. Ties keep the preferred order of sides.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  options: PlacementOptions,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (const request of requests) {
    let best: { side: LabelSide; box: Rect; cost: number } | undefined;
    for (const side of request.sides ?? DEFAULT_SIDES) {
      const box = labelBox(request.anchor, request.width, request.height, side, options.gap);
      const area = box.width * box.height;
      const outside = (area - overlapArea(box, options.bounds)) / area;
      const onLabels = placed.reduce((sum, other) => sum + overlapArea(box, other.box), 0) / area;
      const onLand = forbiddenLandShare(box, request, options.landAt);
      const cost = 100 * outside + 50 * onLabels + onLand;
      if (best === undefined || cost < best.cost - 1e-9) best = { side, box, cost };
    }
    if (best === undefined) throw new Error(`Label "${request.id}" has no side to try.`);
    const textAnchor = textAnchorFor(best.side);
    const { box } = best;
    placed.push({
      id: request.id,
      side: best.side,
      box,
      textX:
        textAnchor === 'start'
          ? box.x
          : textAnchor === 'end'
            ? box.x + box.width
            : box.x + box.width / 2,
      textY: box.y + box.height / 2,
      textAnchor,
    });
  }
  return placed;
}

// ── Placement inside a frame with controls (the interactive map, in screen pixels) ──────────────

/** A point in the frame's coordinates (pixels from its top left). */
export interface FramePoint {
  x: number;
  y: number;
}

/** A size a label can take: its text on one line, or stacked on two. */
export interface LabelSize {
  width: number;
  height: number;
}

export interface FrameLabelRequest {
  id: string;
  /** Points the label may belong to, best first: a landmass may be named at any of them. */
  anchors: readonly FramePoint[];
  /** The label's size with its full text on one line. */
  size: LabelSize;
  /** A narrower form of the same text (stacked on two lines), tried when the full one fits nowhere. */
  stacked?: LabelSize;
  /** Sides to try at each anchor, best first. Default {@link DEFAULT_SIDES}. */
  sides?: readonly LabelSide[];
}

export interface FrameOptions {
  /** The map's box: every label must lie wholly inside it. */
  frame: Rect;
  /** What labels must not cover: the zoom buttons, the scale bar, the attribution. */
  obstacles: readonly Rect[];
  /** Distance between an anchor and its label. */
  gap: number;
  /** Space kept between a label and the frame's edge, an obstacle or another label. Default 2. */
  margin?: number;
  /** How far from its anchor a label may move at the end of a leader line, in gaps. Default 3. */
  leaderGaps?: number;
}

export interface FramePlacedLabel {
  id: string;
  /** The anchor the label belongs to. */
  anchor: FramePoint;
  side: LabelSide;
  box: Rect;
  /** True when the label uses its stacked form. */
  stacked: boolean;
  /** True when the label sits away from its anchor and a leader line joins them. */
  leader: boolean;
}

export interface FramePlacement {
  placed: FramePlacedLabel[];
  /** Labels with no room anywhere: not drawn, rather than drawn cut or under a control. */
  dropped: string[];
}

function inflate(rect: Rect, by: number): Rect {
  return {
    x: rect.x - by,
    y: rect.y - by,
    width: rect.width + 2 * by,
    height: rect.height + 2 * by,
  };
}

/** Whether `inner` lies wholly inside `outer`. */
export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

function insideFrame(point: FramePoint, frame: Rect): boolean {
  return (
    point.x >= frame.x &&
    point.y >= frame.y &&
    point.x <= frame.x + frame.width &&
    point.y <= frame.y + frame.height
  );
}

/**
 * Places labels in the order given (so earlier ones get the best spots): for each, the first
 * position that lies wholly inside the frame, clear of every obstacle and of the labels placed
 * before it. Positions are tried in this order: the full text beside each anchor that is in the
 * frame, on each side in turn; then the full text further out, joined to its anchor by a leader;
 * then the stacked form beside the anchor and further out. A label that fits nowhere is dropped:
 * its text is never cut and never drawn under a control.
 */
export function placeLabelsInFrame(
  requests: readonly FrameLabelRequest[],
  options: FrameOptions,
): FramePlacement {
  const margin = options.margin ?? 2;
  const leaderGap = options.gap * (options.leaderGaps ?? 3);
  const frame = inflate(options.frame, -margin);
  const taken: Rect[] = options.obstacles.map((obstacle) => inflate(obstacle, margin));
  const placed: FramePlacedLabel[] = [];
  const dropped: string[] = [];
  const fits = (box: Rect) =>
    contains(frame, box) && taken.every((other) => overlapArea(box, other) === 0);

  for (const request of requests) {
    const anchors = request.anchors.filter((anchor) => insideFrame(anchor, options.frame));
    const sides = request.sides ?? DEFAULT_SIDES;
    const attempts: { size: LabelSize; stacked: boolean; gap: number; leader: boolean }[] = [
      { size: request.size, stacked: false, gap: options.gap, leader: false },
      { size: request.size, stacked: false, gap: leaderGap, leader: true },
      ...(request.stacked
        ? [
            { size: request.stacked, stacked: true, gap: options.gap, leader: false },
            { size: request.stacked, stacked: true, gap: leaderGap, leader: true },
          ]
        : []),
    ];
    let found: FramePlacedLabel | undefined;
    search: for (const attempt of attempts) {
      for (const anchor of anchors) {
        // A label on its anchor (`center`) has no leader to draw: it is tried at the plain gap only.
        for (const side of attempt.leader ? sides.filter((s) => s !== 'center') : sides) {
          const box = labelBox(anchor, attempt.size.width, attempt.size.height, side, attempt.gap);
          if (!fits(box)) continue;
          found = {
            id: request.id,
            anchor,
            side,
            box,
            stacked: attempt.stacked,
            leader: attempt.leader,
          };
          break search;
        }
      }
    }
    if (found === undefined) {
      dropped.push(request.id);
      continue;
    }
    placed.push(found);
    taken.push(inflate(found.box, margin));
  }
  return { placed, dropped };
}

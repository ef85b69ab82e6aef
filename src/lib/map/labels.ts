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

/** Average advance of a character, as a share of the font size, for a sans-serif face. */
const AVERAGE_CHARACTER_WIDTH = 0.56;

/** A conservative width for a line of text: real fonts may run a little narrower. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * AVERAGE_CHARACTER_WIDTH);
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
function forbiddenLandShare(box: Rect, request: LabelRequest, landAt: PlacementOptions['landAt']): number {
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
 * the side with the lowest cost, where leaving the map costs most, covering another label next,
 * and covering land the label does not name least. Ties keep the preferred order of sides.
 */
export function placeLabels(requests: readonly LabelRequest[], options: PlacementOptions): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (const request of requests) {
    let best: { side: LabelSide; box: Rect; cost: number } | undefined;
    for (const side of request.sides ?? DEFAULT_SIDES) {
      const box = labelBox(request.anchor, request.width, request.height, side, options.gap);
      const area = box.width * box.height;
      const outside = (area - overlapArea(box, options.bounds)) / area;
      const onLabels = placed.reduce((sum, other) => sum + overlapArea(box, other.box), 0) / area;
      const onLand = forbiddenLandShare(box, request, options.landAt);
      const cost = 100 * outside + 10 * onLabels + onLand;
      if (best === undefined || cost < best.cost - 1e-9) best = { side, box, cost };
    }
    if (best === undefined) throw new Error(`Label "${request.id}" has no side to try.`);
    const textAnchor = textAnchorFor(best.side);
    const { box } = best;
    placed.push({
      id: request.id,
      side: best.side,
      box,
      textX: textAnchor === 'start' ? box.x : textAnchor === 'end' ? box.x + box.width : box.x + box.width / 2,
      textY: box.y + box.height / 2,
      textAnchor,
    });
  }
  return placed;
}

import { describe, expect, it } from 'vitest';
import {
  estimateTextWidth,
  labelBox,
  overlapArea,
  placeLabels,
  textAnchorFor,
} from '../../../../src/lib/map/labels.ts';

const bounds = { x: 0, y: 0, width: 400, height: 300 };
const sea = () => null;

describe('labelBox', () => {
  const anchor = { x: 100, y: 100 };

  it('puts the label beside, above, below or on its anchor, a gap away', () => {
    expect(labelBox(anchor, 50, 10, 'right', 4)).toEqual({ x: 104, y: 95, width: 50, height: 10 });
    expect(labelBox(anchor, 50, 10, 'left', 4)).toEqual({ x: 46, y: 95, width: 50, height: 10 });
    expect(labelBox(anchor, 50, 10, 'above', 4)).toEqual({ x: 75, y: 86, width: 50, height: 10 });
    expect(labelBox(anchor, 50, 10, 'below', 4)).toEqual({ x: 75, y: 104, width: 50, height: 10 });
    expect(labelBox(anchor, 50, 10, 'center', 4)).toEqual({ x: 75, y: 95, width: 50, height: 10 });
  });

  it('runs text away from the anchor', () => {
    expect(textAnchorFor('right')).toBe('start');
    expect(textAnchorFor('below-left')).toBe('end');
    expect(textAnchorFor('above')).toBe('middle');
  });
});

describe('overlapArea and estimateTextWidth', () => {
  it('measures shared area, zero for boxes that only touch', () => {
    expect(overlapArea({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 5, width: 10, height: 10 })).toBe(25);
    expect(overlapArea({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 10, height: 10 })).toBe(0);
  });

  it('grows with the text and the font size', () => {
    expect(estimateTextWidth('Shikotan', 20)).toBeGreaterThan(estimateTextWidth('Shikotan', 10));
    expect(estimateTextWidth('Kunashiri (Kunashir)', 20)).toBeGreaterThan(estimateTextWidth('Shikotan', 20));
  });
});

describe('placeLabels', () => {
  it('takes the first preferred side when nothing is in the way', () => {
    const [label] = placeLabels([{ id: 'a', anchor: { x: 100, y: 100 }, width: 60, height: 12 }], {
      bounds,
      gap: 5,
      landAt: sea,
    });
    expect(label?.side).toBe('right');
    expect(label?.textAnchor).toBe('start');
    expect(label?.textX).toBe(105);
    expect(label?.textY).toBe(100);
  });

  it('keeps labels inside the map: one near the east edge goes left', () => {
    const [label] = placeLabels([{ id: 'a', anchor: { x: 380, y: 100 }, width: 60, height: 12 }], {
      bounds,
      gap: 5,
      landAt: sea,
    });
    expect(label?.side).toBe('left');
    expect(label?.textAnchor).toBe('end');
  });

  it('does not put a label on one placed before it', () => {
    const [first, second] = placeLabels(
      [
        { id: 'a', anchor: { x: 100, y: 100 }, width: 60, height: 12 },
        { id: 'b', anchor: { x: 100, y: 100 }, width: 60, height: 12 },
      ],
      { bounds, gap: 5, landAt: sea },
    );
    expect(first?.side).toBe('right');
    expect(second?.side).not.toBe('right');
    expect(overlapArea(first!.box, second!.box)).toBe(0);
  });

  it('avoids land the label does not name, but may cover its own', () => {
    // Another island fills everything right of x = 150; the label's own island lies left of it.
    const landAt = (x: number) => (x > 150 ? 'other' : x > 20 ? 'own' : null);
    const [label] = placeLabels(
      [{ id: 'own', anchor: { x: 140, y: 100 }, width: 60, height: 12, mayCover: ['own'] }],
      { bounds, gap: 5, landAt },
    );
    expect(label?.side).toBe('left');
  });

  it('keeps a fixed side when only one is offered', () => {
    const [label] = placeLabels(
      [{ id: 'sea', anchor: { x: 200, y: 150 }, width: 80, height: 12, sides: ['center'] }],
      { bounds, gap: 5, landAt: () => 'land' },
    );
    expect(label?.side).toBe('center');
    expect(label?.textAnchor).toBe('middle');
  });
});

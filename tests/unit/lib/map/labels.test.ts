import { describe, expect, it } from 'vitest';
import {
  contains,
  estimateTextWidth,
  placeLabelsInFrame,
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
    expect(
      overlapArea({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 5, width: 10, height: 10 }),
    ).toBe(25);
    expect(
      overlapArea({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 10, height: 10 }),
    ).toBe(0);
  });

  it('grows with the text and the font size', () => {
    expect(estimateTextWidth('Shikotan', 20)).toBeGreaterThan(estimateTextWidth('Shikotan', 10));
    expect(estimateTextWidth('Kunashiri (Kunashir)', 20)).toBeGreaterThan(
      estimateTextWidth('Shikotan', 20),
    );
  });

  it('gives a Japanese character a full em and a Cyrillic letter more than a Latin one', () => {
    // 12 characters, brackets included, each as wide as the font size.
    expect(estimateTextWidth('択捉島（イトゥルップ島）', 40)).toBe(480);
    expect(estimateTextWidth('Хоккайдо', 32)).toBeGreaterThan(estimateTextWidth('Hokkaido', 32));
    expect(estimateTextWidth('Etorofu', 40, true)).toBeGreaterThan(
      estimateTextWidth('Etorofu', 40),
    );
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

describe('placeLabelsInFrame', () => {
  const frame = { x: 0, y: 0, width: 300, height: 200 };
  // Leaflet's corners: zoom buttons at the bottom right, the scale bar at the bottom left.
  const zoom = { x: 254, y: 110, width: 36, height: 80 };
  const scale = { x: 10, y: 176, width: 80, height: 18 };
  const size = { width: 80, height: 16 };
  const options = { frame, obstacles: [zoom, scale], gap: 6, margin: 2 };

  it('takes the first side that fits: right of the anchor when there is room', () => {
    const { placed, dropped } = placeLabelsInFrame(
      [{ id: 'a', anchors: [{ x: 100, y: 50 }], size }],
      options,
    );
    expect(dropped).toEqual([]);
    expect(placed[0]).toMatchObject({ id: 'a', side: 'right', stacked: false, leader: false });
    expect(placed[0]?.box).toEqual({ x: 106, y: 42, width: 80, height: 16 });
  });

  it('moves a label off the frame’s edge: left of an anchor near the right edge', () => {
    const { placed } = placeLabelsInFrame(
      [{ id: 'a', anchors: [{ x: 260, y: 40 }], size }],
      options,
    );
    expect(placed[0]?.side).toBe('left');
    expect(contains(frame, placed[0]!.box)).toBe(true);
  });

  it('keeps labels off the zoom buttons and the scale bar', () => {
    // Right of this anchor lies the zoom control, below it the frame's edge.
    const { placed } = placeLabelsInFrame(
      [{ id: 'a', anchors: [{ x: 200, y: 150 }], size }],
      options,
    );
    expect(placed[0]?.side).toBe('left');
    for (const obstacle of [zoom, scale]) expect(overlapArea(placed[0]!.box, obstacle)).toBe(0);
    const nearScale = placeLabelsInFrame(
      [{ id: 'b', anchors: [{ x: 40, y: 170 }], size }],
      options,
    );
    expect(overlapArea(nearScale.placed[0]!.box, scale)).toBe(0);
    expect(contains(frame, nearScale.placed[0]!.box)).toBe(true);
  });

  it('does not put a later label on an earlier one', () => {
    const { placed } = placeLabelsInFrame(
      [
        { id: 'first', anchors: [{ x: 100, y: 50 }], size },
        { id: 'second', anchors: [{ x: 104, y: 52 }], size },
      ],
      options,
    );
    expect(placed.map((label) => label.id)).toEqual(['first', 'second']);
    expect(overlapArea(placed[0]!.box, placed[1]!.box)).toBe(0);
  });

  it('uses the first anchor that is inside the frame', () => {
    const { placed } = placeLabelsInFrame(
      [
        {
          id: 'land',
          anchors: [
            { x: -50, y: 50 },
            { x: 150, y: 100 },
          ],
          size,
          sides: ['center'],
        },
      ],
      options,
    );
    expect(placed[0]?.anchor).toEqual({ x: 150, y: 100 });
  });

  it('draws a label on a leader, then stacked, when it fits nowhere beside its anchor', () => {
    // Two bars either side of the anchor block every position at the plain gap; beyond the right
    // bar, a leader's length away, there is room.
    const walls = [
      { x: 150, y: 20, width: 16, height: 60 },
      { x: 130, y: 20, width: 16, height: 60 },
    ];
    const crowded = { ...options, obstacles: [...options.obstacles, ...walls] };
    const wide = placeLabelsInFrame(
      [{ id: 'a', anchors: [{ x: 150, y: 50 }], size: { width: 60, height: 16 } }],
      crowded,
    );
    expect(wide.placed[0]).toMatchObject({ side: 'right', leader: true });
    for (const wall of walls) expect(overlapArea(wide.placed[0]!.box, wall)).toBe(0);
    const narrowFrame = {
      ...options,
      frame: { x: 0, y: 0, width: 120, height: 200 },
      obstacles: [],
    };
    const stacked = placeLabelsInFrame(
      [
        {
          id: 'b',
          anchors: [{ x: 60, y: 100 }],
          size: { width: 130, height: 16 },
          stacked: { width: 70, height: 32 },
        },
      ],
      narrowFrame,
    );
    expect(stacked.placed[0]).toMatchObject({ stacked: true });
    expect(contains(narrowFrame.frame, stacked.placed[0]!.box)).toBe(true);
  });

  it('drops a label that fits nowhere, rather than cutting it', () => {
    const { placed, dropped } = placeLabelsInFrame(
      [
        { id: 'too-wide', anchors: [{ x: 150, y: 100 }], size: { width: 400, height: 16 } },
        { id: 'off-screen', anchors: [{ x: 500, y: 100 }], size },
      ],
      options,
    );
    expect(placed).toEqual([]);
    expect(dropped).toEqual(['too-wide', 'off-screen']);
  });

  it('places every label of a crowded map inside the frame and clear of controls and of each other', () => {
    const requests = Array.from({ length: 12 }, (_, i) => ({
      id: `label-${i}`,
      anchors: [{ x: 20 + ((i * 53) % 260), y: 20 + ((i * 37) % 170) }],
      size: { width: 50 + (i % 4) * 15, height: 16 },
    }));
    const { placed, dropped } = placeLabelsInFrame(requests, options);
    expect(placed.length + dropped.length).toBe(requests.length);
    for (const label of placed) {
      expect(contains(frame, label.box), label.id).toBe(true);
      for (const obstacle of [zoom, scale])
        expect(overlapArea(label.box, obstacle), label.id).toBe(0);
      for (const other of placed)
        if (other !== label) expect(overlapArea(label.box, other.box)).toBe(0);
    }
  });
});

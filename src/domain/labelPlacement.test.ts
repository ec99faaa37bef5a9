import { describe, expect, it } from 'vitest';
import {
  placeLabelBoxes,
  placeLabels,
  type Box,
  type LabelCandidate,
  type PlacedLabel,
} from './labelPlacement.ts';

const label = (id: string, x: number, y: number, priority: number, required = false): LabelCandidate => ({
  id,
  x,
  y,
  radius: 4,
  width: 60,
  height: 14,
  priority,
  required,
});

describe('placeLabels', () => {
  it('keeps labels apart, preferring higher priority, and always keeps the required one', () => {
    const placed = placeLabels([
      label('a', 100, 100, 1),
      label('b', 102, 100, 5),
      label('c', 101, 101, 0, true),
      label('far', 400, 400, 0),
    ]);
    const ids = placed.map((p) => p.id);
    expect(ids[0]).toBe('c');
    expect(ids).toContain('far');
    expect(ids).toContain('b');
  });

  it('drops a label that fits nowhere', () => {
    const crowd = Array.from({ length: 12 }, (_, i) => label(`n${i}`, 100 + (i % 2), 100, i));
    expect(placeLabels(crowd).length).toBeLessThan(12);
  });
});

/**
 * Exact placements. Every candidate here has radius 7 (so a gap of 10 to its label), width 40 and height
 * 10 unless it says otherwise. For a node at (x, y) the four places and their boxes [x0, y0, x1, y1] are:
 * below (x, y + 18) in [x − 20, y + 10, x + 20, y + 20]; above (x, y − 12) in [x − 20, y − 20, x + 20, y − 10];
 * right (x + 10, y + 3) in [x + 10, y − 5, x + 50, y + 5]; left (x − 10, y + 3) in [x − 50, y − 5, x − 10, y + 5].
 */
const at = (id: string, x: number, y: number, priority: number, more: Partial<LabelCandidate> = {}) => ({
  id,
  x,
  y,
  radius: 7,
  width: 40,
  height: 10,
  priority,
  ...more,
});
const byId = (placed: PlacedLabel[]) => Object.fromEntries(placed.map((p) => [p.id, [p.x, p.y, p.anchor]]));

describe('placeLabels, exactly', () => {
  it('puts a lone label centred below its node', () => {
    expect(placeLabels([at('c', 100, 100, 1)])).toEqual([
      { id: 'c', x: 100, y: 118, anchor: 'middle', side: 'below', gap: 10 },
    ]);
  });

  it('lets boxes that only touch side by side all take their first place', () => {
    // Boxes: l [80, 120], m [120, 160], r [160, 200] in x, all at y 110..120; m is placed first.
    const placed = placeLabels([at('l', 100, 100, 2), at('m', 140, 100, 3), at('r', 180, 100, 1)]);
    expect(byId(placed)).toEqual({
      m: [140, 118, 'middle'],
      l: [100, 118, 'middle'],
      r: [180, 118, 'middle'],
    });
  });

  it('lets boxes that only touch one above the other all take their first place', () => {
    // Boxes: t y 110..120, m y 120..130, u y 130..140, all at x 80..120; m is placed first.
    const placed = placeLabels([at('t', 100, 100, 2), at('m', 100, 110, 3), at('u', 100, 120, 1)]);
    expect(byId(placed)).toEqual({
      m: [100, 128, 'middle'],
      t: [100, 118, 'middle'],
      u: [100, 138, 'middle'],
    });
  });

  it('places the required label first, even when another has a higher priority', () => {
    const placed = placeLabels([at('x', 100, 100, 5), at('c', 100, 100, 0, { required: true })]);
    expect(placed).toEqual([
      { id: 'c', x: 100, y: 118, anchor: 'middle', side: 'below', gap: 10 },
      { id: 'x', x: 100, y: 88, anchor: 'middle', side: 'above', gap: 10 },
    ]);
  });

  it('goes above when below is taken, in a box exactly as wide as the label', () => {
    const placed = placeLabels([
      at('p1', 100, 105, 9), // below, in [80, 115, 120, 125]: takes c's place below
      at('c', 100, 100, 8), // so above, in [80, 80, 120, 90]
      at('left', 60, 65, 3), // below in [40, 75, 80, 85]: touches c's box on the left
      at('right', 140, 65, 2), // below in [120, 75, 160, 85]: touches it on the right
      at('under', 100, 80, 1), // below in [80, 90, 120, 100]: touches it from below
    ]);
    expect(byId(placed)).toEqual({
      p1: [100, 123, 'middle'],
      c: [100, 88, 'middle'],
      left: [60, 83, 'middle'],
      right: [140, 83, 'middle'],
      under: [100, 98, 'middle'],
    });
  });

  it('goes right when below and above are taken, in a box exactly the label’s size', () => {
    const placed = placeLabels([
      at('p1', 100, 105, 9), // below, in [80, 115, 120, 125]
      at('p2', 100, 65, 8), // below, in [80, 75, 120, 85]: takes c's place above
      at('c', 100, 100, 7), // so right, in [110, 95, 150, 105]
      at('d', 90, 85, 4), // below in [70, 95, 110, 105]: touches c's box on the left
      at('e', 140, 75, 3), // below in [120, 85, 160, 95]: touches it from above
      at('f', 140, 95, 2), // below in [120, 105, 160, 115]: touches it from below
      at('g', 165, 85, 1), // below would be [145, 95, 185, 105], 5 into c's box: so above
    ]);
    expect(byId(placed)).toEqual({
      p1: [100, 123, 'middle'],
      p2: [100, 83, 'middle'],
      c: [110, 103, 'start'],
      d: [90, 103, 'middle'],
      e: [140, 93, 'middle'],
      f: [140, 113, 'middle'],
      g: [165, 73, 'middle'],
    });
    // The map picks the text's direction and anchor by the side's name.
    expect(placed.find((l) => l.id === 'c')!.side).toBe('right');
  });

  it('goes left when below, above and right are taken, in a box exactly the label’s size', () => {
    const placed = placeLabels([
      at('p1', 100, 105, 9), // below, in [80, 115, 120, 125]
      at('p2', 100, 65, 8), // below, in [80, 75, 120, 85]
      at('p3', 140, 85, 7), // below, in [120, 95, 160, 105]: takes c's place on the right
      at('c', 100, 100, 6), // so left, in [50, 95, 90, 105]
      at('h', 95, 85, 4, { width: 10 }), // below in [90, 95, 100, 105]: touches c's box on the right
      at('i', 60, 75, 3), // below in [40, 85, 80, 95]: touches it from above
      at('j', 60, 95, 2), // below in [40, 105, 80, 115]: touches it from below
      at('k', 45, 85, 1), // below would be [25, 95, 65, 105], 15 into c's box: so above
    ]);
    expect(byId(placed)).toEqual({
      p1: [100, 123, 'middle'],
      p2: [100, 83, 'middle'],
      p3: [140, 103, 'middle'],
      c: [90, 103, 'end'],
      h: [95, 103, 'middle'],
      i: [60, 93, 'middle'],
      j: [60, 113, 'middle'],
      k: [45, 73, 'middle'],
    });
    expect(placed.find((l) => l.id === 'c')!.side).toBe('left');
  });
});

describe('placeLabels priority', () => {
  it('gives the higher priority the first place, whatever the order given', () => {
    const placed = placeLabels([at('low', 100, 100, 1), at('high', 100, 100, 5)]);
    expect(placed).toEqual([
      { id: 'high', x: 100, y: 118, anchor: 'middle', side: 'below', gap: 10 },
      { id: 'low', x: 100, y: 88, anchor: 'middle', side: 'above', gap: 10 },
    ]);
  });
});

describe('making room', () => {
  it('moves a placed label to another side when that is the only way the next one fits', () => {
    // A's first choice (below) takes the only place B's label fits inside the bounds; A can go above.
    const a = { id: 'a', x: 0, y: 0, radius: 2, width: 40, height: 10, priority: 2 };
    const b = { id: 'b', x: 0, y: 25, radius: 2, width: 40, height: 10, priority: 1 };
    const placed = placeLabels([a, b], { bounds: [-50, -20, 50, 22] });
    expect(placed.map((l) => [l.id, l.side])).toEqual([
      ['a', 'above'],
      ['b', 'above'],
    ]);
  });

  // Layouts like the one above, built in each test: A at (0, 0) below in [−20, 5, 20, 15], above in [−20, −15, 20, −5],
  // right in [5, −5, 45, 5]; B at (0, 25) fits in the bounds only above, in [−20, 10, 20, 20], or at its
  // upper corners, which A's label below overlaps too.
  const small = (id: string, x: number, y: number, width: number, priority: number): LabelCandidate => ({
    id,
    x,
    y,
    radius: 2,
    width,
    height: 10,
    priority,
  });

  it('makes room even when an unrelated label is already placed elsewhere', () => {
    // U, placed first, far to the right below in [280, 5, 320, 15]: in nobody's way.
    const placed = placeLabels(
      [small('a', 0, 0, 40, 2), small('b', 0, 25, 40, 1), small('u', 300, 0, 40, 3)],
      { bounds: [-50, -20, 350, 22] },
    );
    expect(placed.map((l) => [l.id, l.side])).toEqual([
      ['u', 'below'],
      ['a', 'above'],
      ['b', 'above'],
    ]);
  });

  it('moves both labels when two are in the way', () => {
    // A1 at (−20, 0) below in [−35, 5, −5, 15], A2 at (20, 0) below in [5, 5, 35, 15]: B's place above
    // meets both; each can go above, in [−35, −15, −5, −5] and [5, −15, 35, −5].
    const placed = placeLabels(
      [small('a1', -20, 0, 30, 3), small('a2', 20, 0, 30, 2), small('b', 0, 25, 40, 1)],
      { bounds: [-60, -20, 60, 22] },
    );
    expect(placed.map((l) => [l.id, l.side])).toEqual([
      ['a1', 'above'],
      ['a2', 'above'],
      ['b', 'above'],
    ]);
  });

  it('moves no more than two: with three in the way the label is dropped', () => {
    // A1, A2, A3 at x −30, 0, 30 below in [−40, 5, −20, 15], [−10, 5, 10, 15], [20, 5, 40, 15]. B (60 wide)
    // fits in the bounds only above, in [−30, 10, 30, 20], which meets all three.
    const placed = placeLabels(
      [
        small('a1', -30, 0, 20, 4),
        small('a2', 0, 0, 20, 3),
        small('a3', 30, 0, 20, 2),
        small('b', 0, 25, 60, 1),
      ],
      { bounds: [-60, -20, 60, 22] },
    );
    expect(placed.map((l) => [l.id, l.side])).toEqual([
      ['a1', 'below'],
      ['a2', 'below'],
      ['a3', 'below'],
    ]);
  });

  it('moves a label in the way to a side that covers no node circle', () => {
    // A circle in A's place above: A moves right instead.
    const placed = placeLabels([small('a', 0, 0, 40, 2), small('b', 0, 25, 40, 1)], {
      bounds: [-50, -20, 50, 22],
      obstacles: [[-5, -12, 5, -8]],
    });
    expect(placed.map((l) => [l.id, l.side])).toEqual([
      ['a', 'right'],
      ['b', 'above'],
    ]);
  });

  it('moves a label in the way over a node circle when every free side covers one', () => {
    // Circles over A's places above (and its upper corners), right and left; its lower corners meet B's box.
    const placed = placeLabels([small('a', 0, 0, 40, 2), small('b', 0, 25, 40, 1)], {
      bounds: [-50, -20, 50, 22],
      obstacles: [
        [-5, -12, 5, -8],
        [30, -2, 34, 2],
        [-34, -2, -30, 2],
      ],
    });
    expect(placed.map((l) => [l.id, l.side])).toEqual([
      ['a', 'above'],
      ['b', 'above'],
    ]);
  });
});

/**
 * The corners. A node at (100, 100), radius 7 (gap 10), label 40 × 10: a corner's label starts or ends
 * d = 10 · √½ ≈ 7.0711 from the centre along each axis, so below-right is anchored at (107.0711, 115.0711)
 * (the baseline 0.8 of the height below the box's top) in [107.0711, 107.0711, 147.0711, 117.0711], and
 * above-right at (107.0711, 90.9289) (0.2 of the height above its bottom) in [107.0711, 82.9289, 147.0711,
 * 92.9289]; the left corners mirror them at x 92.9289, their boxes from x 52.9289 to 92.9289.
 */
describe('the corners, when below, above, right and left are taken', () => {
  const near = (n: number) => expect.closeTo(n, 4);
  /** Narrow panels over the four main sides, clear of every corner. */
  const overTheSides = (): Box[] => [
    [95, 112, 105, 118], // below
    [95, 82, 105, 88], // above
    [120, 97, 130, 103], // right
    [70, 97, 80, 103], // left
  ];

  it('goes below-right first, starting there', () => {
    expect(placeLabelBoxes([at('c', 100, 100, 1)], { covers: overTheSides() })).toEqual([
      {
        id: 'c',
        x: near(107.0711),
        y: near(115.0711),
        anchor: 'start',
        side: 'below-right',
        gap: near(7.0711),
        box: [near(107.0711), near(107.0711), near(147.0711), near(117.0711)],
      },
    ]);
  });

  it('goes below-left when below-right is taken too, ending there', () => {
    const covers: Box[] = [...overTheSides(), [125, 110, 130, 115]];
    expect(placeLabelBoxes([at('c', 100, 100, 1)], { covers })).toEqual([
      {
        id: 'c',
        x: near(92.9289),
        y: near(115.0711),
        anchor: 'end',
        side: 'below-left',
        gap: near(7.0711),
        box: [near(52.9289), near(107.0711), near(92.9289), near(117.0711)],
      },
    ]);
  });

  it('goes above-right when both lower corners are taken too', () => {
    const covers: Box[] = [...overTheSides(), [125, 110, 130, 115], [70, 110, 75, 115]];
    expect(placeLabelBoxes([at('c', 100, 100, 1)], { covers })).toEqual([
      {
        id: 'c',
        x: near(107.0711),
        y: near(90.9289),
        anchor: 'start',
        side: 'above-right',
        gap: near(7.0711),
        box: [near(107.0711), near(82.9289), near(147.0711), near(92.9289)],
      },
    ]);
  });

  it('goes above-left when every other place is taken', () => {
    const covers: Box[] = [...overTheSides(), [125, 110, 130, 115], [70, 110, 75, 115], [125, 85, 130, 90]];
    expect(placeLabelBoxes([at('c', 100, 100, 1)], { covers })).toEqual([
      {
        id: 'c',
        x: near(92.9289),
        y: near(90.9289),
        anchor: 'end',
        side: 'above-left',
        gap: near(7.0711),
        box: [near(52.9289), near(82.9289), near(92.9289), near(92.9289)],
      },
    ]);
  });
});

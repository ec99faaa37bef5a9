import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelCandidate, type PlacedLabel } from './labelPlacement.ts';

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
});

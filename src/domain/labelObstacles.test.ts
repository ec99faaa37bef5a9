import { describe, expect, it } from 'vitest';
import { placeLabels, type Box } from './labelPlacement.ts';

// A node at (100, 100), radius 7: its label (40 × 10) goes below in [80, 110, 120, 120] if it can.
const node = (id: string, more: object = {}) => ({
  id,
  x: 100,
  y: 100,
  radius: 7,
  width: 40,
  height: 10,
  priority: 1,
  ...more,
});

describe('labels clear of what covers the map', () => {
  it('moves a label out from under a panel', () => {
    const panel: Box = [0, 105, 300, 300]; // covers everything below y = 105
    const [placed] = placeLabels([node('a')], { covers: [panel] });
    expect(placed).toMatchObject({ side: 'above', y: 88 });
  });

  it('drops a label that fits nowhere in the bounds, unless it is required', () => {
    // Bounds too small for a 40 px label on any side of the node.
    const bounds: Box = [90, 90, 110, 110];
    expect(placeLabels([node('a')], { bounds })).toEqual([]);
    expect(placeLabels([node('c', { required: true })], { bounds })).toHaveLength(1);
  });

  it('keeps a label inside the top of the bounds', () => {
    // Below is under the panel; above, in [80, 80, 120, 90], sticks out over the top (y 85): so right.
    const covers: Box[] = [[0, 105, 300, 300]];
    const [placed] = placeLabels([node('a')], { covers, bounds: [0, 85, 300, 300] });
    expect(placed).toMatchObject({ side: 'right', x: 110, y: 103 });
  });

  it('keeps a label whose box is flush with every edge of the bounds', () => {
    // The bounds are exactly the box below, [80, 110, 120, 120]: touching an edge is still inside.
    const [placed] = placeLabels([node('a')], { bounds: [80, 110, 120, 120] });
    expect(placed).toMatchObject({ side: 'below', x: 100, y: 118 });
  });

  it('keeps a label off the one circle in its way, whatever other circles there are', () => {
    // The circle [95, 108, 105, 118] blocks below; the one at [0, 0, 5, 5] is far from every side.
    const obstacles: Box[] = [
      [95, 108, 105, 118],
      [0, 0, 5, 5],
    ];
    const [placed] = placeLabels([node('a')], { obstacles });
    expect(placed).toMatchObject({ side: 'above', x: 100, y: 88 });
  });

  it('keeps a label off another node’s circle where it can, and over it where nothing else is left', () => {
    // A second node just below the first: its circle [95, 108, 105, 118] blocks "below".
    const circle: Box = [95, 108, 105, 118];
    const [placed] = placeLabels([node('a')], { obstacles: [circle] });
    expect(placed!.side).toBe('above');
    // Above, right and left under panels: the label lies over the circle rather than vanish.
    const covers: Box[] = [
      [0, 0, 300, 92],
      [108, 92, 300, 108],
      [0, 92, 92, 108],
    ];
    const [crowded] = placeLabels([node('a')], { obstacles: [circle], covers });
    expect(crowded!.side).toBe('below');
  });

  it('gives a required label, where no side is free, the side that collides least', () => {
    // Below meets two panels, above one; right and left leave the bounds (x 85..115).
    const covers: Box[] = [
      [0, 108, 300, 300],
      [0, 112, 300, 300],
      [0, 0, 300, 92],
    ];
    const [placed] = placeLabels([node('c', { required: true, width: 20 })], {
      covers,
      bounds: [85, 0, 115, 300],
    });
    expect(placed!.side).toBe('above');
  });

  it('lets a required label cover a node rather than hide under a panel', () => {
    // Right is under a panel; below, above and left each cover one node circle.
    const covers: Box[] = [[108, 0, 300, 300]];
    const obstacles: Box[] = [
      [95, 112, 105, 118],
      [95, 82, 105, 88],
      [70, 97, 80, 103],
    ];
    const [placed] = placeLabels([node('c', { required: true, width: 20 })], { covers, obstacles });
    expect(placed!.side).not.toBe('right');
  });

  it('lets a required label lie over a label and a circle rather than under a panel', () => {
    // Both required, at (100, 100); the bounds (x 60..140) leave only below, in [80, 110, 120, 120], and
    // above, in [80, 80, 120, 90], under the panel. R takes below (over the circle only). For C, below
    // meets R's label and the circle (1 + 10), above the panel (100), every other side leaves the bounds
    // (100 or more): below.
    const placed = placeLabels([node('c', { required: true }), node('r', { required: true, priority: 2 })], {
      obstacles: [[95, 112, 105, 118]],
      covers: [[0, 0, 300, 90]],
      bounds: [60, 0, 140, 300],
    });
    expect(placed).toEqual([
      { id: 'r', x: 100, y: 118, anchor: 'middle', side: 'below', gap: 10 },
      { id: 'c', x: 100, y: 118, anchor: 'middle', side: 'below', gap: 10 },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  ARC,
  ARC_STRIDE,
  nearestArc,
  nearestArcOnPolylines,
  nearestOnQuadratic,
  type ArcGeometry,
} from './arcs.ts';

const identity = (x: number, y: number): [number, number] => [x, y];

function oneArc(
  x0: number,
  y0: number,
  cx: number,
  cy: number,
  x1: number,
  y1: number,
  width: number,
): ArcGeometry {
  const data = new Float32Array(ARC_STRIDE);
  Object.entries({ x0, y0, cx, cy, x1, y1, width }).forEach(([k, v]) => (data[ARC[k as 'x0']] = v));
  return { data, count: 1, maxValue: 1 };
}

describe('pointing at a drawn arc', () => {
  it('finds the nearest point of a curved arc exactly', () => {
    // a (0,0), c (50,100), b (100,0): the apex is at t = ½, (50, 50).
    const { t, distance } = nearestOnQuadratic([0, 0], [50, 100], [100, 0], [50, 60]);
    expect(t).toBeCloseTo(0.5, 6);
    expect(distance).toBeCloseTo(10, 6);
  });

  it('hits a long arc between any two of a few dozen samples, as drawn on a zoomed-in wall', () => {
    // 4,000 px long: 24 samples would be ~170 px apart, far beyond a 2 px arc's reach of 5 px.
    const g = oneArc(0, 0, 2000, 0, 4000, 0, 2);
    // t = 0.52 lies between samples 12/24 and 13/24: x = 2080.
    expect(nearestArc(g, identity, [2080, 4.9])).toBe(0);
    expect(nearestArc(g, identity, [2080, 5.1])).toBe(-1);
  });

  it('keeps t at the source when the point lies beyond the source end', () => {
    // From (−10, −20) the curve leaves a (0, 0) heading straight away, along (1, 2): the nearest point is a
    // itself, √(10² + 20²) = √500 ≈ 22.3607 away.
    const { t, distance } = nearestOnQuadratic([0, 0], [50, 100], [100, 0], [-10, -20]);
    expect(t).toBeGreaterThanOrEqual(0);
    expect(t).toBeCloseTo(0, 5);
    expect(distance).toBeCloseTo(22.3607, 3);
  });

  it('keeps t at the target when the point lies beyond the target end', () => {
    // The mirror image: from (110, −20) the nearest point is b (100, 0), √500 away.
    const { t, distance } = nearestOnQuadratic([0, 0], [50, 100], [100, 0], [110, -20]);
    expect(t).toBeLessThanOrEqual(1);
    expect(t).toBeCloseTo(1, 5);
    expect(distance).toBeCloseTo(22.3607, 3);
  });

  it('hits an arc from points within reach just past its ends and near them', () => {
    // Flat, from (0, 0) to (100, 0), width 2: reach 1 + 4 = 5. Each point is 3 from the arc.
    const g = oneArc(0, 0, 50, 0, 100, 0, 2);
    expect(nearestArc(g, identity, [-3, 0])).toBe(0);
    expect(nearestArc(g, identity, [103, 0])).toBe(0);
    expect(nearestArc(g, identity, [2, 3])).toBe(0);
    expect(nearestArc(g, identity, [98, -3])).toBe(0);
  });

  it('counts the width of the arc: a thick arc is hit further from its centre line', () => {
    const g = oneArc(0, 0, 50, 100, 100, 0, 20);
    // 10 (half the width) + 4 (tolerance) around the apex (50, 50).
    expect(nearestArc(g, identity, [50, 63.9])).toBe(0);
    expect(nearestArc(g, identity, [50, 64.1])).toBe(-1);
  });
});

describe('pointing at an arc drawn on the globe', () => {
  // The path stands in for the globe's projection: a right angle (0,0) → (100,0) → (100,100), its middle
  // point hidden for the second test.
  const g = oneArc(0, 0, 0, 0, 1, 1, 2);
  const path = (): Array<[number, number] | null> => [
    [0, 0],
    [100, 0],
    [100, 100],
  ];

  it('hits a segment of the path within half the width plus the tolerance, and nothing beyond', () => {
    expect(nearestArcOnPolylines(g, path, [50, 4.9])).toBe(0);
    expect(nearestArcOnPolylines(g, path, [50, 5.1])).toBe(-1);
    expect(nearestArcOnPolylines(g, path, [104, 60])).toBe(0);
    // A wall draws arcs twice as wide: the reach grows with them.
    expect(nearestArcOnPolylines(g, path, [50, 5.9], 4, 2)).toBe(0);
  });

  it('never hits the part the globe hides', () => {
    const hidden = (): Array<[number, number] | null> => [[0, 0], null, [100, 100]];
    expect(nearestArcOnPolylines(g, hidden, [50, 0])).toBe(-1);
    expect(nearestArcOnPolylines(g, hidden, [100, 50])).toBe(-1);
  });
});

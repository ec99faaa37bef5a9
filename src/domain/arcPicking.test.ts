import { describe, expect, it } from 'vitest';
import { ARC, ARC_STRIDE, nearestArc, nearestOnQuadratic, type ArcGeometry } from './arcs.ts';

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

  it('counts the width of the arc: a thick arc is hit further from its centre line', () => {
    const g = oneArc(0, 0, 50, 100, 100, 0, 20);
    // 10 (half the width) + 4 (tolerance) around the apex (50, 50).
    expect(nearestArc(g, identity, [50, 63.9])).toBe(0);
    expect(nearestArc(g, identity, [50, 64.1])).toBe(-1);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { FLOW_TYPES, NODE_KINDS } from '../data/schema.ts';
import { aggregate } from './aggregate.ts';
import {
  ARC,
  ARC_STRIDE,
  arcGeometry,
  arcPoint,
  nearestArc,
  PROVENANCE_CODE,
  PROVENANCE_OF_CODE,
} from './arcs.ts';
import { fromMercator, toMercator } from './mercator.ts';
import { type NetworkIndex, networkIndex } from './networkIndex.ts';
import { legendValues, nodeRadius } from './scales.ts';
import { testDataset, testFlow } from './testDataset.ts';

const all = { window: { from: -Infinity, to: Infinity }, types: [...FLOW_TYPES], kinds: [...NODE_KINDS] };

describe('arc geometry', () => {
  // Built per test, not at load: mutation testing counts code run at load as static and reruns every test for it.
  let index: NetworkIndex;
  let g: ReturnType<typeof arcGeometry>;
  beforeEach(() => {
    index = networkIndex(
      testDataset([
        testFlow('a', 'project', 'qingdao', 'minsk', '2021', 1),
        testFlow('b', 'project', 'minsk', 'qingdao', '2021', 9),
        testFlow('c', 'talent', 'qingdao', 'minsk', '2021', 4),
      ]),
    );
    g = arcGeometry(index, aggregate(index, all));
  });
  const side = (i: number) => {
    // Sign of the control point's offset from the straight line, seen from Qingdao towards Minsk.
    const [qx, qy] = toMercator(120.38, 36.07);
    const [mx, my] = toMercator(27.56, 53.9);
    const o = i * ARC_STRIDE;
    return Math.sign((mx - qx) * (g.data[o + ARC.cy]! - qy) - (my - qy) * (g.data[o + ARC.cx]! - qx));
  };

  it('packs one instance per aggregated edge, starting and ending on the nodes', () => {
    expect(g.count).toBe(3);
    expect(g.data).toHaveLength(3 * ARC_STRIDE);
    for (let i = 0; i < g.count; i++) {
      const s = index.nodes[g.data[i * ARC_STRIDE + ARC.source]!]!;
      const t = index.nodes[g.data[i * ARC_STRIDE + ARC.target]!]!;
      const [lon0, lat0] = fromMercator(...arcPoint(g, i, 0));
      const [lon1, lat1] = fromMercator(...arcPoint(g, i, 1));
      expect(lon0).toBeCloseTo(s.lon, 3);
      expect(lat0).toBeCloseTo(s.lat, 3);
      expect(lon1).toBeCloseTo(t.lon, 3);
      expect(lat1).toBeCloseTo(t.lat, 3);
    }
  });

  it('bows reciprocal edges to opposite sides', () => {
    const there = [...Array(g.count).keys()].find(
      (i) => g.data[i * ARC_STRIDE + ARC.source] === 0 && g.data[i * ARC_STRIDE + ARC.type] === 0,
    )!;
    const back = [...Array(g.count).keys()].find((i) => g.data[i * ARC_STRIDE + ARC.source] === 2)!;
    expect(side(there)).not.toBe(0);
    expect(side(there)).toBe(-side(back));
  });

  it('keeps two types between one pair apart and widths growing with value', () => {
    const rows = [...Array(g.count).keys()].map((i) => ({
      value: g.data[i * ARC_STRIDE + ARC.value]!,
      width: g.data[i * ARC_STRIDE + ARC.width]!,
      mid: arcPoint(g, i, 0.5),
    }));
    const sorted = [...rows].sort((a, b) => a.value - b.value);
    expect(sorted.map((r) => r.width)).toEqual([...sorted.map((r) => r.width)].sort((a, b) => a - b));
    expect(sorted[0]!.width).toBeLessThan(sorted[2]!.width);
    const [p, t] = [rows.find((r) => r.value === 1)!, rows.find((r) => r.value === 4)!];
    expect(Math.hypot(p.mid[0] - t.mid[0], p.mid[1] - t.mid[1])).toBeGreaterThan(0.001);
  });
});

describe('scales', () => {
  it('keeps the center largest and grows with activity', () => {
    expect(nodeRadius('center', 0, 100)).toBeGreaterThan(nodeRadius('hub', 100, 100));
    expect(nodeRadius('partner', 100, 100)).toBeGreaterThan(nodeRadius('partner', 1, 100));
  });

  it('offers round legend values up to the maximum', () => {
    expect(legendValues(300)).toEqual([20, 80, 300]);
    expect(legendValues(0)).toEqual([]);
  });
});

describe('nearestArc', () => {
  it('finds the arc under a point and nothing far from every arc', async () => {
    const { nearestArc } = await import('./arcs.ts');
    const index = networkIndex(testDataset([testFlow('a', 'project', 'qingdao', 'minsk', '2021', 9)]));
    const g = arcGeometry(index, aggregate(index, all));
    const screen = (x: number, y: number): [number, number] => [x * 1000, y * 1000];
    const [mx, my] = arcPoint(g, 0, 0.5);
    expect(nearestArc(g, screen, [mx * 1000 + 2, my * 1000])).toBe(0);
    expect(nearestArc(g, screen, [mx * 1000, my * 1000 + 80])).toBe(-1);
  });
});

/** A hand-made geometry: arcs given by their six control coordinates and their width. */
function geometry(
  arcs: Array<{ x0: number; y0: number; cx: number; cy: number; x1: number; y1: number; width: number }>,
) {
  const data = new Float32Array(arcs.length * ARC_STRIDE);
  arcs.forEach((a, i) => {
    const o = i * ARC_STRIDE;
    data[o + ARC.x0] = a.x0;
    data[o + ARC.y0] = a.y0;
    data[o + ARC.cx] = a.cx;
    data[o + ARC.cy] = a.cy;
    data[o + ARC.x1] = a.x1;
    data[o + ARC.y1] = a.y1;
    data[o + ARC.width] = a.width;
  });
  return { data, count: arcs.length, maxValue: 1 };
}
// A straight arc along y = `y` from x 0 to 100 (its control point midway).
const flat = (y: number, width: number) => ({ x0: 0, y0: y, cx: 50, cy: y, x1: 100, y1: y, width });
const identity = (x: number, y: number): [number, number] => [x, y];

describe('arc points and picking on hand-made arcs', () => {
  it('follows the quadratic Bézier of the arc asked for', () => {
    const g = geometry([flat(0, 1), { x0: 2, y0: 2, cx: 4, cy: 8, x1: 8, y1: 0, width: 1 }]);
    // t = ½: ¼·2 + ½·4 + ¼·8 = 4.5 and ¼·2 + ½·8 + ¼·0 = 4.5.
    expect(arcPoint(g, 1, 0.5)).toEqual([4.5, 4.5]);
    // t = ¼: 0.5625·2 + 0.375·4 + 0.0625·8 = 3.125 and 0.5625·2 + 0.375·8 = 4.125.
    expect(arcPoint(g, 1, 0.25)).toEqual([3.125, 4.125]);
  });

  it('picks an arc within half its width plus the tolerance, and no further', () => {
    // Width 2: half 1, plus the default tolerance 4, is 5.
    const g = geometry([flat(0, 2), flat(100, 10)]);
    expect(nearestArc(g, identity, [50, 5])).toBe(0);
    expect(nearestArc(g, identity, [50, 6])).toBe(-1);
    // The second arc, width 10: 5 + 4 = 9 around y = 100.
    expect(nearestArc(g, identity, [50, 108])).toBe(1);
    expect(nearestArc(g, identity, [50, 110])).toBe(-1);
  });

  it('picks the nearest of two arcs in reach, even when it comes first', () => {
    // From (50, 3): 3 to the first arc (reach 5), 5 to the second (reach 9).
    const g = geometry([flat(0, 2), flat(8, 10)]);
    expect(nearestArc(g, identity, [50, 3])).toBe(0);
  });
});

describe('arc data', () => {
  const build = () =>
    networkIndex(
      testDataset([
        testFlow('a', 'project', 'qingdao', 'wuhan', '2025-10', 1),
        testFlow('b', 'talent', 'qingdao', 'wuhan', '2025-10', 2),
        testFlow('c', 'agreement', 'minsk', 'qingdao', '2025-10', 3),
      ]),
    );

  it('gives each arc a particle phase in [0, 1), the same every time, different between these arcs', () => {
    const phases = () => {
      const index = build();
      const g = arcGeometry(index, aggregate(index, all));
      return [0, 1, 2].map((i) => g.data[i * ARC_STRIDE + ARC.phase]!);
    };
    const first = phases();
    for (const p of first) {
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThan(1);
    }
    expect(new Set(first).size).toBe(3);
    expect(phases()).toEqual(first);
  });

  it('carries the emphasis it is given, and 0 without one', () => {
    const index = build();
    const agg = aggregate(index, all);
    const emphasis = new Map(agg.edges.map((e, i) => [e, [1, 2, 3][i]!]));
    const g = arcGeometry(index, agg, emphasis);
    expect([0, 1, 2].map((i) => g.data[i * ARC_STRIDE + ARC.emphasis])).toEqual([1, 2, 3]);
    const plain = arcGeometry(index, agg);
    expect([0, 1, 2].map((i) => plain.data[i * ARC_STRIDE + ARC.emphasis])).toEqual([0, 0, 0]);
  });

  it('packs provenance as a code that reads back to the same provenance', () => {
    for (const p of ['reported', 'illustrative', 'mixed'] as const)
      expect(PROVENANCE_OF_CODE[PROVENANCE_CODE[p]]).toBe(p);
  });
});

describe('arc control points', () => {
  const build = () =>
    networkIndex(
      testDataset([
        testFlow('p', 'project', 'qingdao', 'minsk', '2021', 1),
        testFlow('t', 'talent', 'qingdao', 'minsk', '2021', 1),
        testFlow('a', 'agreement', 'qingdao', 'minsk', '2021', 10_000),
      ]),
    );
  /** For arc i: its chord (B − A) and the offset of its control point from the chord's midpoint. */
  const chordAndOffset = (g: ReturnType<typeof arcGeometry>, i: number) => {
    const o = i * ARC_STRIDE;
    const d = g.data;
    const chord = [d[o + ARC.x1]! - d[o + ARC.x0]!, d[o + ARC.y1]! - d[o + ARC.y0]!] as const;
    const mid = [(d[o + ARC.x0]! + d[o + ARC.x1]!) / 2, (d[o + ARC.y0]! + d[o + ARC.y1]!) / 2] as const;
    const offset = [d[o + ARC.cx]! - mid[0], d[o + ARC.cy]! - mid[1]] as const;
    return { chord, offset };
  };

  it('puts the control point on the chord’s perpendicular bisector, to the left of travel', () => {
    const index = build();
    const g = arcGeometry(index, aggregate(index, all));
    for (let i = 0; i < g.count; i++) {
      const { chord, offset } = chordAndOffset(g, i);
      const length = Math.hypot(...chord);
      // Perpendicular: no component along the chord.
      expect((chord[0] * offset[0] + chord[1] * offset[1]) / length ** 2).toBeCloseTo(0, 5);
      // Left of travel in a y-down world is along (dy, −dx).
      expect(chord[1] * offset[0] - chord[0] * offset[1]).toBeGreaterThan(0);
    }
  });

  it('bows each flow type between one pair a little further than the one before', () => {
    const index = build();
    const g = arcGeometry(index, aggregate(index, all));
    const bow = (type: number) => {
      const i = [...Array(g.count).keys()].find((k) => g.data[k * ARC_STRIDE + ARC.type] === type)!;
      const { chord, offset } = chordAndOffset(g, i);
      return Math.hypot(...offset) / Math.hypot(...chord);
    };
    expect(bow(0)).toBeLessThan(bow(1));
    expect(bow(1)).toBeLessThan(bow(2));
  });

  it('packs each arc’s provenance code', () => {
    const dataset = testDataset([
      testFlow('i', 'project', 'qingdao', 'minsk', '2021', 1),
      { ...testFlow('r', 'talent', 'qingdao', 'minsk', '2021', 2), provenance: 'reported' as const },
    ]);
    const index = networkIndex(dataset);
    const g = arcGeometry(index, aggregate(index, all));
    // Sorted by value: the illustrative project (1), then the reported talent (2).
    expect([0, 1].map((i) => g.data[i * ARC_STRIDE + ARC.provenance])).toEqual([
      PROVENANCE_CODE.illustrative,
      PROVENANCE_CODE.reported,
    ]);
    expect(PROVENANCE_CODE).toEqual({ reported: 0, illustrative: 1, mixed: 2 });
  });

  it('draws a tiny flow of a plain view as a 1.2 px hairline', () => {
    const index = build();
    const g = arcGeometry(index, aggregate(index, all));
    // Values 1, 1 and 10 000: 11 × √(1 / 10 000) = 0.11 px, raised to the hairline.
    expect(g.data[ARC.width]).toBeCloseTo(1.2, 6);
    expect(g.data[2 * ARC_STRIDE + ARC.width]).toBeCloseTo(11, 5);
  });
});

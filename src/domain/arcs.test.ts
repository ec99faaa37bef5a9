import { describe, expect, it } from 'vitest';
import { FLOW_TYPES, NODE_KINDS } from '../data/schema.ts';
import { aggregate } from './aggregate.ts';
import { ARC, ARC_STRIDE, arcGeometry, arcPoint } from './arcs.ts';
import { fromMercator, toMercator } from './mercator.ts';
import { networkIndex } from './networkIndex.ts';
import { legendValues, nodeRadius } from './scales.ts';
import { testDataset, testFlow } from './testDataset.ts';

const all = { window: { from: -Infinity, to: Infinity }, types: [...FLOW_TYPES], kinds: [...NODE_KINDS] };

describe('arc geometry', () => {
  const index = networkIndex(
    testDataset([
      testFlow('a', 'project', 'qingdao', 'minsk', '2021', 1),
      testFlow('b', 'project', 'minsk', 'qingdao', '2021', 9),
      testFlow('c', 'talent', 'qingdao', 'minsk', '2021', 4),
    ]),
  );
  const g = arcGeometry(index, aggregate(index, all));
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

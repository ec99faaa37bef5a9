import { describe, expect, it } from 'vitest';
import { FLOW_TYPES, NODE_KINDS } from '../data/schema.ts';
import { parseTimeSelection } from '../data/period.ts';
import { aggregate } from './aggregate.ts';
import { ARC, ARC_STRIDE, arcGeometry, changeMarks } from './arcs.ts';
import { compareAggregates, comparisonAggregate } from './compare.ts';
import { networkIndex } from './networkIndex.ts';
import { testDataset, testFlow } from './testDataset.ts';
import { monthWindow } from './timeWindow.ts';

const all = { types: [...FLOW_TYPES], kinds: [...NODE_KINDS] };

/**
 * Two versions: the later one adds 4 talent on minsk→qingdao (5 → 9) and a new agreement qingdao→minsk;
 * project qingdao→minsk (5), project minsk→qingdao (1) and agreement qingdao→wuhan (1) are unchanged.
 */
function drawnComparison() {
  const before = networkIndex(testDataset());
  const later = networkIndex(
    testDataset([
      ...testDataset().flows,
      testFlow('more', 'talent', 'minsk', 'qingdao', '2021-03', 4),
      testFlow('new', 'agreement', 'qingdao', 'minsk', '2023', 2),
    ]),
  );
  const query = { window: monthWindow(null, 'cumulative'), ...all };
  const rows = compareAggregates(
    { index: before, agg: aggregate(before, query) },
    { index: later, agg: aggregate(later, query) },
  );
  return { index: later, ...comparisonAggregate(later, rows, new Uint8Array([1, 1, 1]), []) };
}

describe('a drawn comparison speaks only of change', () => {
  it('gives unchanged edges no size, so the widest arc is the largest change', () => {
    const { agg } = drawnComparison();
    // Changes: talent +4, agreement qingdao→minsk +2 (new); three unchanged edges at 0.
    expect(agg.edges.map((e) => e.value).sort((a, b) => a - b)).toEqual([0, 0, 0, 2, 4]);
    expect(agg.maxEdgeValue).toBe(4);
  });

  it('draws unchanged edges as a 1 px hairline and changed ones at least 3 px wide', () => {
    const { index, agg, emphasis } = drawnComparison();
    const g = arcGeometry(index, agg, emphasis);
    const widthByCode = new Map<number, number[]>();
    for (let i = 0; i < g.count; i++) {
      const code = g.data[i * ARC_STRIDE + ARC.emphasis]!;
      widthByCode.set(code, [...(widthByCode.get(code) ?? []), g.data[i * ARC_STRIDE + ARC.width]!]);
    }
    expect(widthByCode.get(3)).toEqual([1, 1, 1]);
    // +4 is the maximum: the full 11 px; the new +2 is √(2/4)·11 ≈ 7.78 px.
    expect(widthByCode.get(1)).toEqual([11]);
    expect(widthByCode.get(4)![0]).toBeCloseTo(7.778, 2);
  });

  it('marks new and gone edges at the middle of their arcs', () => {
    const index = networkIndex(testDataset());
    const at = (time: string) =>
      aggregate(index, { window: monthWindow(parseTimeSelection(time), 'period'), ...all });
    const rows = compareAggregates({ index, agg: at('2021') }, { index, agg: at('2022') });
    const { agg, emphasis } = comparisonAggregate(index, rows, new Uint8Array([1, 1, 1]), []);
    const g = arcGeometry(index, agg, emphasis);
    const marks = changeMarks(g);
    // 2021 → 2022: project minsk→qingdao is new; talent and project the other way are gone.
    expect(marks.map((m) => m.kind).sort()).toEqual(['added', 'removed', 'removed']);
    for (const m of marks) {
      const o = m.arc * ARC_STRIDE;
      // A quadratic Bézier's midpoint is (p0 + 2c + p1) / 4.
      expect(m.x).toBeCloseTo((g.data[o + ARC.x0]! + 2 * g.data[o + ARC.cx]! + g.data[o + ARC.x1]!) / 4, 9);
      expect(m.y).toBeCloseTo((g.data[o + ARC.y0]! + 2 * g.data[o + ARC.cy]! + g.data[o + ARC.y1]!) / 4, 9);
    }
  });

  it('has no marks outside a comparison', () => {
    const index = networkIndex(testDataset());
    const g = arcGeometry(index, aggregate(index, { window: monthWindow(null, 'cumulative'), ...all }));
    expect(changeMarks(g)).toEqual([]);
  });
});

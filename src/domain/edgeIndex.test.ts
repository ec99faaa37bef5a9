import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FLOW_TYPES, NODE_KINDS, type Flow } from '../data/schema.ts';
import { aggregate } from './aggregate.ts';
import { edgeIndex, edgeTotal } from './edgeIndex.ts';
import { naiveAggregate } from './naiveAggregate.ts';
import { networkIndex } from './networkIndex.ts';
import { parseTimeSelection, type Granularity, type Period } from '../data/period.ts';
import { testDataset, testFlow } from './testDataset.ts';
import { monthWindow } from './timeWindow.ts';

const NODES = ['qingdao', 'wuhan', 'minsk'];
const pad = (n: number) => String(n).padStart(2, '0');

const dateArb = fc
  .tuple(
    fc.integer({ min: 2018, max: 2026 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 0, max: 2 }),
  )
  .map(([y, m, d, precision]) =>
    precision === 0 ? `${y}` : precision === 1 ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`,
  );
const flowArb = fc.tuple(
  fc.constantFrom(...NODES),
  fc.constantFrom(...NODES),
  fc.constantFrom(...FLOW_TYPES),
  dateArb,
  fc.integer({ min: 1, max: 50 }),
);
const flowsArb = fc
  .array(flowArb, { maxLength: 60 })
  .map((rows) =>
    rows
      .filter(([s, t]) => s !== t)
      .map(([s, t, type, date, value], i): Flow => testFlow(`f${i}`, type, s, t, date, value)),
  );
const periodArb = fc.tuple(
  fc.constantFrom<Granularity>('year', 'quarter', 'month'),
  fc.integer({ min: 2017, max: 2027 }),
  fc.integer({ min: 1, max: 12 }),
  fc.integer({ min: 0, max: 30 }),
);
const selectionArb = periodArb.map(([granularity, year, i, span]) => {
  const index = granularity === 'year' ? undefined : granularity === 'quarter' ? ((i - 1) % 4) + 1 : i;
  const from: Period = { granularity, year, ...(index ? { index } : {}) };
  const units = granularity === 'year' ? 1 : granularity === 'quarter' ? 4 : 12;
  const ord = year * units + (index ? index - 1 : 0) + span;
  const to: Period = {
    granularity,
    year: Math.floor(ord / units),
    ...(index ? { index: (ord % units) + 1 } : {}),
  };
  return { from, to };
});

describe('the per-edge cumulative index', () => {
  it('counts a year-only record only once its December is inside the window', () => {
    const index = networkIndex(testDataset([testFlow('y', 'talent', 'minsk', 'qingdao', '2021', 3)]));
    const at = (time: string) =>
      aggregate(index, {
        window: monthWindow(parseTimeSelection(time), 'cumulative'),
        types: [...FLOW_TYPES],
        kinds: [...NODE_KINDS],
      }).edges.length;
    expect(at('2021-11')).toBe(0);
    expect(at('2021-12')).toBe(1);
    expect(at('2021-Q4')).toBe(1);
  });

  it('gives exactly what one pass over the records gives, for any data, window, mode and filter', () => {
    fc.assert(
      fc.property(
        flowsArb,
        fc.option(selectionArb),
        fc.constantFrom('period' as const, 'cumulative' as const),
        fc.subarray([...FLOW_TYPES]),
        fc.subarray([...NODE_KINDS]),
        fc.subarray(['CN', 'BY']),
        fc.integer({ min: 0, max: 60 }),
        (flows, time, mode, types, kinds, countries, minValue) => {
          const index = networkIndex(testDataset(flows));
          const query = { window: monthWindow(time, mode), types, kinds, countries, minValue };
          expect(aggregate(index, query)).toEqual(naiveAggregate(index, query));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('edgeTotal on hand-written records', () => {
  // Month ordinals are year × 12 + (month − 1).
  const month = (year: number, m: number) => year * 12 + m - 1;
  const reported = (f: Flow): Flow => ({ ...f, provenance: 'reported' });
  const build = () =>
    networkIndex(
      testDataset([
        // Edge 0, minsk → qingdao talent: two records in one month, one later, one year-only, one next year.
        testFlow('a', 'talent', 'minsk', 'qingdao', '2021-03', 2),
        reported(testFlow('b', 'talent', 'minsk', 'qingdao', '2021-03-20', 3)),
        reported(testFlow('c', 'talent', 'minsk', 'qingdao', '2021-05', 4)),
        reported(testFlow('d', 'talent', 'minsk', 'qingdao', '2021', 10)),
        testFlow('e', 'talent', 'minsk', 'qingdao', '2022-01', 1),
        // Edge 1, qingdao → minsk project.
        testFlow('x', 'project', 'qingdao', 'minsk', '2021-04', 7),
      ]),
    );
  /** [value, records, reported value, reported records] of edge `e` in months from … to. */
  const total = (e: number, from: number, to: number) => {
    const out = new Float64Array(4);
    edgeTotal(edgeIndex(build()), e, { from, to }, out);
    return [...out];
  };

  it('has one edge per (source, target, type), built once per version', () => {
    const index = build();
    expect(edgeIndex(index).edgeCount).toBe(2);
    expect(edgeIndex(index)).toBe(edgeIndex(index));
  });

  it('sums all records and the reported ones over all time', () => {
    // 2 + 3 + 4 + 10 + 1; reported b, c, d: 3 + 4 + 10.
    expect(total(0, -Infinity, Infinity)).toEqual([20, 5, 17, 3]);
    expect(total(1, -Infinity, Infinity)).toEqual([7, 1, 0, 0]);
  });

  it('counts both records of one month', () => {
    expect(total(0, month(2021, 3), month(2021, 4))).toEqual([5, 2, 3, 1]);
  });

  it('leaves out records before the window’s first month', () => {
    // Only c (2021-05); a and b (March) are before, d (all of 2021) is not wholly inside.
    expect(total(0, month(2021, 4), month(2021, 12))).toEqual([4, 1, 4, 1]);
    // c and e.
    expect(total(0, month(2021, 5), month(2022, 12))).toEqual([5, 2, 4, 1]);
  });

  it('counts a year-only record in a window holding its whole year', () => {
    // a, b, c and d.
    expect(total(0, month(2021, 1), month(2021, 12))).toEqual([19, 4, 17, 3]);
    // Up to June: a, b and c.
    expect(total(0, -Infinity, month(2021, 6))).toEqual([9, 3, 7, 2]);
  });

  it('orders an edge’s records by month whatever the file order', () => {
    const index = networkIndex(
      testDataset([
        testFlow('late', 'talent', 'minsk', 'qingdao', '2021-09', 4),
        testFlow('early', 'talent', 'minsk', 'qingdao', '2021-02', 3),
      ]),
    );
    const out = new Float64Array(4);
    edgeTotal(edgeIndex(index), 0, { from: month(2021, 1), to: month(2021, 3) }, out);
    expect(out[0]).toBe(3);
    edgeTotal(edgeIndex(index), 0, { from: month(2021, 4), to: month(2021, 12) }, out);
    expect(out[0]).toBe(4);
  });

  it('orders an edge’s year-only records by year whatever the file order', () => {
    // Newest first in the file: 2022 (2), then 2020 (4).
    const index = networkIndex(
      testDataset([
        testFlow('newer', 'talent', 'minsk', 'qingdao', '2022', 2),
        testFlow('older', 'talent', 'minsk', 'qingdao', '2020', 4),
      ]),
    );
    const out = new Float64Array(4);
    edgeTotal(edgeIndex(index), 0, { from: month(2020, 1), to: month(2020, 12) }, out);
    expect([...out]).toEqual([4, 1, 0, 0]);
    edgeTotal(edgeIndex(index), 0, { from: month(2022, 1), to: month(2022, 12) }, out);
    expect([...out]).toEqual([2, 1, 0, 0]);
  });
});

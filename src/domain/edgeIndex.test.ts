import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FLOW_TYPES, NODE_KINDS, type Flow } from '../data/schema.ts';
import { aggregate } from './aggregate.ts';
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

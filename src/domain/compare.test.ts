import { beforeEach, describe, expect, it } from 'vitest';
import { FLOW_TYPES, NODE_KINDS } from '../data/schema.ts';
import { aggregate, finishAggregate, nodeActivityOf, type Edge, type EdgeProvenance } from './aggregate.ts';
import { compareAggregates, comparisonAggregate, STATUS_EMPHASIS, type ComparedEdge } from './compare.ts';
import { type NetworkIndex, networkIndex } from './networkIndex.ts';
import { parseTimeSelection } from '../data/period.ts';
import { testDataset, testFlow } from './testDataset.ts';
import { monthWindow } from './timeWindow.ts';

// Built per test, not at load: mutation testing counts code run at load as static and reruns every test for it.
let index: NetworkIndex;
beforeEach(() => {
  index = networkIndex(testDataset());
});
const at = (time: string) => ({
  index,
  agg: aggregate(index, {
    window: monthWindow(parseTimeSelection(time), 'period'),
    types: [...FLOW_TYPES],
    kinds: [...NODE_KINDS],
  }),
});

describe('comparing two views', () => {
  it('gives each edge its change between two periods', () => {
    const rows = compareAggregates(at('2021'), at('2022'));
    expect(rows.map((r) => [r.source, r.target, FLOW_TYPES[r.type], r.before, r.after, r.status])).toEqual([
      ['minsk', 'qingdao', 'talent', 5, 0, 'removed'],
      ['qingdao', 'minsk', 'project', 5, 0, 'removed'],
      ['minsk', 'qingdao', 'project', 0, 1, 'added'],
    ]);
  });

  it('compares the same view of two versions by node ids', () => {
    const later = networkIndex(
      testDataset([...testDataset().flows, testFlow('more', 'talent', 'minsk', 'qingdao', '2021-03', 4)]),
    );
    const all = { window: monthWindow(null, 'cumulative'), types: [...FLOW_TYPES], kinds: [...NODE_KINDS] };
    const rows = compareAggregates(
      { index, agg: aggregate(index, all) },
      { index: later, agg: aggregate(later, all) },
    );
    const talent = rows.find((r) => FLOW_TYPES[r.type] === 'talent')!;
    expect(talent).toMatchObject({ before: 5, after: 9, status: 'increased' });
    expect(rows.filter((r) => r.status === 'same')).toHaveLength(3);
  });

  it('turns the comparison into drawable edges sized by the change', () => {
    const rows = compareAggregates(at('2021'), at('2022'));
    const { agg, emphasis } = comparisonAggregate(index, rows, new Uint8Array([1, 1, 1]), []);
    expect(agg.edges.map((e) => e.value)).toEqual([1, 5, 5]);
    expect(agg.edges.map((e) => emphasis.get(e))).toEqual([
      STATUS_EMPHASIS.added,
      STATUS_EMPHASIS.removed,
      STATUS_EMPHASIS.removed,
    ]);
  });
});

// Nodes by index: 0 qingdao, 1 wuhan, 2 minsk. Types: 0 project, 1 talent, 2 agreement.
const edge = (
  source: number,
  target: number,
  type: number,
  value: number,
  reported: number,
  provenance: EdgeProvenance,
  records = 1,
): Edge => ({ source, target, type, value, records, reported, provenance });
const side = (edges: Edge[]) => ({
  index,
  agg: finishAggregate(edges, nodeActivityOf(edges, 3), new Uint8Array([1, 1, 1]), [], index.eventNode),
});

describe('compareAggregates on hand-written views', () => {
  const compared = () =>
    compareAggregates(
      side([
        edge(0, 2, 1, 6, 6, 'reported', 2),
        edge(0, 1, 2, 4, 1, 'mixed', 2),
        edge(0, 2, 0, 2, 2, 'reported'),
        edge(2, 0, 0, 1, 0, 'illustrative'),
        edge(2, 0, 1, 3, 0, 'illustrative'),
      ]),
      side([
        edge(0, 2, 1, 2, 2, 'reported'),
        edge(0, 2, 0, 5, 5, 'reported'),
        edge(1, 0, 1, 2, 0, 'illustrative'),
        edge(2, 0, 0, 1, 0, 'illustrative'),
        edge(2, 0, 1, 3, 3, 'reported'),
      ]),
    );

  it('orders by the size of the change, then by source, target and type', () => {
    const rows = compared();
    // |change|: 4, 4, 3, 2, 0, 0; the two 4s share qingdao and part on the target (minsk < wuhan).
    expect(rows.map((r) => [r.source, r.target, FLOW_TYPES[r.type], r.before, r.after, r.status])).toEqual([
      ['qingdao', 'minsk', 'talent', 6, 2, 'decreased'],
      ['qingdao', 'wuhan', 'agreement', 4, 0, 'removed'],
      ['qingdao', 'minsk', 'project', 2, 5, 'increased'],
      ['wuhan', 'qingdao', 'talent', 0, 2, 'added'],
      ['minsk', 'qingdao', 'project', 1, 1, 'same'],
      ['minsk', 'qingdao', 'talent', 3, 3, 'same'],
    ]);
  });

  it('keeps each side’s records and reported part', () => {
    const rows = compared();
    expect(rows[0]).toMatchObject({ recordsBefore: 2, recordsAfter: 1, reportedBefore: 6, reportedAfter: 2 });
    expect(rows[1]).toMatchObject({ recordsBefore: 2, recordsAfter: 0, reportedBefore: 1, reportedAfter: 0 });
    expect(rows[3]).toMatchObject({ recordsBefore: 0, recordsAfter: 1, reportedBefore: 0, reportedAfter: 0 });
  });

  it('combines the provenance of both sides; a side without the edge does not count', () => {
    expect(compared().map((r) => r.provenance)).toEqual([
      'reported', // reported on both sides
      'mixed', // only before, mixed there
      'reported',
      'illustrative', // only after, illustrative there
      'illustrative', // illustrative on both sides
      'mixed', // illustrative before, reported after
    ]);
  });

  it('breaks a tie between two types of one pair by type', () => {
    // The agreement edge is met first (it is the only one before), yet the project edge sorts first.
    const tie = compareAggregates(
      side([edge(0, 2, 2, 3, 0, 'illustrative')]),
      side([edge(0, 2, 0, 3, 0, 'illustrative')]),
    );
    expect(tie.map((r) => [FLOW_TYPES[r.type], r.status])).toEqual([
      ['project', 'added'],
      ['agreement', 'removed'],
    ]);
  });
});

describe('comparisonAggregate on hand-written rows', () => {
  const row = (
    source: string,
    target: string,
    type: number,
    status: ComparedEdge['status'],
    [before, after]: [number, number],
    [reportedBefore, reportedAfter]: [number, number],
    provenance: EdgeProvenance,
  ): ComparedEdge => ({
    source,
    target,
    type,
    before,
    after,
    recordsBefore: before > 0 ? 2 : 0,
    recordsAfter: after > 0 ? 2 : 0,
    reportedBefore,
    reportedAfter,
    provenance,
    status,
  });
  const rows = [
    row('qingdao', 'minsk', 0, 'increased', [2, 10], [1, 4], 'mixed'),
    row('minsk', 'qingdao', 1, 'same', [6, 6], [5, 2], 'mixed'),
    row('qingdao', 'wuhan', 2, 'decreased', [5, 2], [5, 2], 'reported'),
    row('wuhan', 'qingdao', 1, 'added', [0, 4], [0, 0], 'illustrative'),
    row('minsk', 'qingdao', 0, 'removed', [7, 0], [7, 0], 'reported'),
    // Two rows with nodes this version lacks, and one unchanged at nothing.
    row('gone', 'qingdao', 0, 'removed', [3, 0], [3, 0], 'reported'),
    row('qingdao', 'gone', 0, 'added', [0, 3], [0, 3], 'reported'),
    row('wuhan', 'minsk', 0, 'same', [0, 0], [0, 0], 'reported'),
  ];

  it('sizes each edge by its change and splits off the reported part of the change', () => {
    const { agg, emphasis } = comparisonAggregate(index, rows, new Uint8Array([1, 1, 1]), []);
    expect(agg.edges.map((e) => [e.source, e.target, e.type, e.value, e.reported, emphasis.get(e)])).toEqual([
      // Unchanged (3): no change to size, whatever the value; wuhan (1) sorts before minsk (2).
      [1, 2, 0, 0, 0, 3],
      [2, 0, 1, 0, 0, 3],
      // decreased 5 → 2: 3, all reported; shrank (2).
      [0, 1, 2, 3, 3, 2],
      // added 0 → 4: 4, illustrative; new (4).
      [1, 0, 1, 4, 0, 4],
      // removed 7 → 0: 7, all reported; gone (5).
      [2, 0, 0, 7, 7, 5],
      // increased 2 → 10: 8; the reported part grew 1 → 4, so 3 of the 8; grew (1).
      [0, 2, 0, 8, 3, 1],
    ]);
  });

  it('leaves out edges with a hidden source or a hidden target', () => {
    const { agg } = comparisonAggregate(index, rows, new Uint8Array([1, 1, 0]), []);
    expect(agg.edges.map((e) => [e.source, e.target])).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('emphasises growth as 1, shrinking as 2, no change as 3, a new edge as 4 and a gone one as 5', () => {
    expect(STATUS_EMPHASIS).toEqual({ increased: 1, decreased: 2, same: 3, added: 4, removed: 5 });
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { FLOW_TYPES, NODE_KINDS } from '../data/schema.ts';
import { aggregate } from './aggregate.ts';
import { type NetworkIndex, networkIndex } from './networkIndex.ts';
import { citedSources, nodeEvents, nodeFlows, nodeTotals, onEdge, windowRecords } from './nodeDetails.ts';
import { parseTimeSelection } from '../data/period.ts';
import { testDataset, testFlow } from './testDataset.ts';
import { ALL_TIME, monthWindow } from './timeWindow.ts';

// Built per test, not at load: mutation testing counts code run at load as static and reruns every test for it.
let index: NetworkIndex;
beforeEach(() => {
  index = networkIndex(testDataset());
});
const all = { window: ALL_TIME, types: [...FLOW_TYPES], kinds: [...NODE_KINDS] };

describe('node details', () => {
  it('totals in and out by type', () => {
    const minsk = index.nodeIndex.get('minsk')!;
    expect(nodeTotals(aggregate(index, all), minsk)).toEqual({ incoming: [5, 0, 0], outgoing: [1, 5, 0] });
  });

  it('lists the node’s records in the window, newest first, at their own precision', () => {
    const qingdao = index.nodeIndex.get('qingdao')!;
    expect(nodeFlows(index, qingdao, ALL_TIME, FLOW_TYPES).map((f) => f.id)).toEqual([
      'hub',
      'back',
      'day',
      'month',
      'year-only',
    ]);
    const q1 = monthWindow(parseTimeSelection('2021-Q1'), 'period');
    expect(nodeFlows(index, qingdao, q1, FLOW_TYPES).map((f) => f.id)).toEqual(['day', 'month']);
    expect(nodeFlows(index, qingdao, ALL_TIME, ['agreement']).map((f) => f.id)).toEqual(['hub']);
  });

  it('lists one edge’s records', () => {
    const [q, m] = [index.nodeIndex.get('qingdao')!, index.nodeIndex.get('minsk')!];
    expect(windowRecords(index, ALL_TIME, onEdge(index, m, q, 1)).map((f) => f.id)).toEqual([
      'month',
      'year-only',
    ]);
  });

  it('cites each source once', () => {
    const sources = [{ id: 'a', title: 'A', publisher: 'P', date: '2025', language: 'en' }];
    expect(citedSources(sources, ['a', 'missing', 'a']).map((s) => s.id)).toEqual(['a']);
  });
});

describe('node details, record by record', () => {
  // Four project records around qingdao (0), wuhan (1) and minsk (2); only "qm2" is reported.
  const small = () => {
    const dataset = testDataset([
      testFlow('qm', 'project', 'qingdao', 'minsk', '2025-10', 1),
      { ...testFlow('qm2', 'project', 'qingdao', 'minsk', '2025-11', 2), provenance: 'reported' as const },
      testFlow('wm', 'project', 'wuhan', 'minsk', '2025-10', 1),
      testFlow('mq', 'project', 'minsk', 'qingdao', '2025-10', 1),
      testFlow('qw', 'project', 'qingdao', 'wuhan', '2025-10', 1),
    ]);
    dataset.events = [
      {
        id: 'at-minsk',
        node: 'minsk',
        date: '2025-10-01',
        kind: 'visit',
        title: dataset.nodes[0]!.name,
        provenance: 'reported',
        sources: [],
      },
      {
        id: 'at-wuhan',
        node: 'wuhan',
        date: '2025-10-02',
        kind: 'opening',
        title: dataset.nodes[0]!.name,
        provenance: 'reported',
        sources: [],
      },
    ];
    return networkIndex(dataset);
  };

  it('takes an edge’s own records only: not the reverse edge, nor edges sharing one end', () => {
    const index = small();
    expect(windowRecords(index, ALL_TIME, onEdge(index, 0, 2, 0)).map((f) => f.id)).toEqual(['qm2', 'qm']);
  });

  it('takes only an edge’s reported records with the reported filter', () => {
    const index = small();
    expect(windowRecords(index, ALL_TIME, onEdge(index, 0, 2, 0, 'reported')).map((f) => f.id)).toEqual([
      'qm2',
    ]);
  });

  it('lists only the records of the node asked for', () => {
    const index = small();
    // Wuhan (1) is in "wm" and "qw"; same month, so by id.
    expect(nodeFlows(index, 1, ALL_TIME, FLOW_TYPES).map((f) => f.id)).toEqual(['qw', 'wm']);
  });

  it('takes only a node’s reported records with the reported filter', () => {
    const index = small();
    expect(nodeFlows(index, 2, ALL_TIME, FLOW_TYPES, 'reported').map((f) => f.id)).toEqual(['qm2']);
  });

  it('lists the events of the view held at the node', () => {
    const index = small();
    const agg = aggregate(index, all);
    expect(nodeEvents(index, agg, 1).map((e) => e.id)).toEqual(['at-wuhan']);
    expect(nodeEvents(index, agg, 0)).toEqual([]);
  });

  it('orders records newest first by their date as written, ties by id', () => {
    const index = networkIndex(
      testDataset([
        // Two ties on the date: a and b in id order, g and f against it.
        testFlow('e', 'talent', 'minsk', 'qingdao', '2020', 1),
        testFlow('a', 'talent', 'minsk', 'qingdao', '2021-03', 1),
        testFlow('g', 'talent', 'minsk', 'qingdao', '2021-07', 1),
        testFlow('c', 'talent', 'minsk', 'qingdao', '2021-05', 1),
        testFlow('b', 'talent', 'minsk', 'qingdao', '2021-03', 1),
        testFlow('f', 'talent', 'minsk', 'qingdao', '2021-07', 1),
        testFlow('d', 'talent', 'minsk', 'qingdao', '2021-03-15', 1),
      ]),
    );
    expect(windowRecords(index, ALL_TIME, () => true).map((f) => f.id)).toEqual([
      'f',
      'g',
      'c',
      'd',
      'a',
      'b',
      'e',
    ]);
  });
});

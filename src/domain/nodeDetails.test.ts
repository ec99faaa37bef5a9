import { describe, expect, it } from 'vitest';
import { FLOW_TYPES, NODE_KINDS } from '../data/schema.ts';
import { aggregate } from './aggregate.ts';
import { networkIndex } from './networkIndex.ts';
import { citedSources, nodeFlows, nodeTotals, onEdge, windowRecords } from './nodeDetails.ts';
import { parseTimeSelection } from '../data/period.ts';
import { testDataset } from './testDataset.ts';
import { ALL_TIME, monthWindow } from './timeWindow.ts';

const index = networkIndex(testDataset());
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

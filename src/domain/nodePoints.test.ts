import { describe, expect, it } from 'vitest';
import type { Aggregate, Edge } from './aggregate.ts';
import { networkIndex } from './networkIndex.ts';
import { connectedNodes, nodeBounds, nodePoints } from './nodePoints.ts';
import { testDataset } from './testDataset.ts';

// Nodes by index: 0 qingdao (center), 1 wuhan (hub), 2 minsk (partner). Qingdao and Wuhan are reported
// here; Minsk stays illustrative, as the test dataset writes it.
const reportedIndex = () => {
  const dataset = testDataset();
  dataset.nodes[0] = { ...dataset.nodes[0]!, provenance: 'reported' };
  dataset.nodes[1] = { ...dataset.nodes[1]!, provenance: 'reported' };
  return networkIndex(dataset);
};

const edge = (source: number, target: number): Edge => ({
  source,
  target,
  type: 0,
  value: 1,
  records: 1,
  reported: 1,
  provenance: 'reported',
});

/** A hand-written aggregate: only the fields nodePoints and connectedNodes read matter. */
const view = (over: Partial<Aggregate>): Aggregate => ({
  edges: [],
  nodeActivity: Float64Array.from([10, 4, 4]),
  nodeReported: Float64Array.from([10, 1, 4]),
  nodeVisible: Uint8Array.from([1, 1, 1]),
  events: [],
  nodeEvents: Uint16Array.from([0, 2, 1]),
  maxEdgeValue: 0,
  maxNodeActivity: 10,
  totalValue: 0,
  reportedValue: 0,
  ...over,
});

describe('nodePoints', () => {
  it('draws only the visible nodes, each with its own index, label and event count', () => {
    const points = nodePoints(
      reportedIndex(),
      view({ nodeVisible: Uint8Array.from([1, 0, 1]) }),
      (n) => `«${n.id}»`,
    );
    expect(points.map((p) => [p.index, p.id, p.label, p.events])).toEqual([
      [0, 'qingdao', '«qingdao»', 0],
      [2, 'minsk', '«minsk»', 1],
    ]);
  });

  it('labels the center first, then every hub, then partners by activity', () => {
    const points = nodePoints(reportedIndex(), view({}), (n) => n.id);
    // Wuhan (hub) and Minsk (partner) both have activity 4: any hub comes before any partner.
    expect(points.map((p) => p.labelPriority)).toEqual([1e9, 1e6 + 4, 4]);
  });

  it('calls a reported node mixed when part of its activity is illustrative', () => {
    const points = nodePoints(reportedIndex(), view({}), (n) => n.id);
    // qingdao: all 10 of 10 reported; wuhan: 1 of 4; minsk: its own record is illustrative.
    expect(points.map((p) => p.provenance)).toEqual(['reported', 'mixed', 'illustrative']);
  });

  it('calls an illustrative node illustrative even when all of its activity is reported', () => {
    const points = nodePoints(
      reportedIndex(),
      view({ nodeActivity: Float64Array.from([0, 0, 3]), nodeReported: Float64Array.from([0, 0, 3]) }),
      (n) => n.id,
    );
    expect(points.map((p) => p.provenance)).toEqual(['reported', 'reported', 'illustrative']);
  });
});

describe('connectedNodes', () => {
  // 0 → 1 and 2 → 0; node 3 has no flow in the view.
  const agg = () => view({ edges: [edge(0, 1), edge(2, 0)] });

  it('collects the node and every node it shares a flow with, in either direction', () => {
    expect(connectedNodes(agg(), 0)).toEqual(new Set([0, 1, 2]));
  });

  it('follows a flow from its target back to its source only', () => {
    expect(connectedNodes(agg(), 1)).toEqual(new Set([1, 0]));
  });

  it('follows a flow from its source to its target only', () => {
    expect(connectedNodes(agg(), 2)).toEqual(new Set([2, 0]));
  });

  it('keeps a node without flows on its own', () => {
    expect(connectedNodes(agg(), 3)).toEqual(new Set([3]));
  });
});

describe('nodeBounds', () => {
  it('spans the westmost, southmost, eastmost and northmost nodes', () => {
    // lon: minsk 27.56 … qingdao 120.38; lat: wuhan 30.59 … minsk 53.9.
    expect(nodeBounds(reportedIndex())).toEqual([
      [27.56, 30.59],
      [120.38, 53.9],
    ]);
  });
});

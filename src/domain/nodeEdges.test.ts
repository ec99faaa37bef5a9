import { describe, expect, it } from 'vitest';
import { FLOW_TYPES, NODE_KINDS } from '../data/schema.ts';
import { aggregate } from './aggregate.ts';
import { networkIndex } from './networkIndex.ts';
import { countryTotals, nodeEdges } from './nodeDetails.ts';
import { testDataset } from './testDataset.ts';
import { ALL_TIME } from './timeWindow.ts';

describe("a node's connections", () => {
  it('lists every edge in or out of the node in the view, largest first', () => {
    const index = networkIndex(testDataset());
    const agg = aggregate(index, { window: ALL_TIME, types: [...FLOW_TYPES], kinds: [...NODE_KINDS] });
    // Minsk (2): talent to qingdao 5, projects from qingdao 5, project back to qingdao 1; wuhan's edge is not its.
    const edges = nodeEdges(agg, 2).map((e) => [e.source, e.target, FLOW_TYPES[e.type], e.value]);
    expect(edges).toEqual([
      [0, 2, 'project', 5],
      [2, 0, 'talent', 5],
      [2, 0, 'project', 1],
    ]);
  });
});

describe('flow value per country', () => {
  it('counts each edge once for each country at its ends', () => {
    const index = networkIndex(testDataset());
    const agg = aggregate(index, { window: ALL_TIME, types: [...FLOW_TYPES], kinds: [...NODE_KINDS] });
    // CN–BY edges: 5 + 5 + 1 = 11; CN–CN (qingdao→wuhan): 1. CN sees all 12 once, BY 11.
    expect(Object.fromEntries(countryTotals(index, agg))).toEqual({ CN: 12, BY: 11 });
  });
});

/**
 * Everything about a dataset version that does not depend on the reader's choices, computed once per
 * version: node positions by index, each flow's month range, the time extent.
 */
import type { Dataset, FlowType, Node } from '../data/schema.ts';
import { FLOW_TYPES } from '../data/schema.ts';
import { dateMonths } from './timeWindow.ts';

export interface NetworkIndex {
  dataset: Dataset;
  nodes: Node[];
  nodeIndex: Map<string, number>;
  /** Per node: the first month it can take part in flows (its predecessor's start, else its own). */
  nodeStart: Int32Array;
  /** Per flow: endpoints as node indices, type index, value, and the first/last month its date can mean. */
  flowSource: Uint32Array;
  flowTarget: Uint32Array;
  flowType: Uint8Array;
  flowValue: Float64Array;
  flowStart: Int32Array;
  flowEnd: Int32Array;
  /** First and last month (ordinal) any flow can mean. */
  extent: [number, number];
}

export const typeIndex = (type: FlowType) => FLOW_TYPES.indexOf(type);

const cache = new WeakMap<Dataset, NetworkIndex>();

export function networkIndex(dataset: Dataset): NetworkIndex {
  const cached = cache.get(dataset);
  if (cached) return cached;
  const { nodes, flows } = dataset;
  const nodeIndex = new Map(nodes.map((n, i) => [n.id, i]));
  const n = flows.length;
  const index: NetworkIndex = {
    dataset,
    nodes,
    nodeIndex,
    nodeStart: Int32Array.from(nodes, (node) => dateMonths(node.predecessor?.since ?? node.since)[0]),
    flowSource: new Uint32Array(n),
    flowTarget: new Uint32Array(n),
    flowType: new Uint8Array(n),
    flowValue: new Float64Array(n),
    flowStart: new Int32Array(n),
    flowEnd: new Int32Array(n),
    extent: [Infinity, -Infinity],
  };
  flows.forEach((f, i) => {
    index.flowSource[i] = nodeIndex.get(f.source)!;
    index.flowTarget[i] = nodeIndex.get(f.target)!;
    index.flowType[i] = typeIndex(f.type);
    index.flowValue[i] = f.value;
    const [start, end] = dateMonths(f.date);
    index.flowStart[i] = start;
    index.flowEnd[i] = end;
    if (start < index.extent[0]) index.extent[0] = start;
    if (end > index.extent[1]) index.extent[1] = end;
  });
  cache.set(dataset, index);
  return index;
}

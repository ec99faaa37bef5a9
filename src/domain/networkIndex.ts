/**
 * Everything about a dataset version that does not depend on the reader's choices, computed once per
 * version: node positions by index, each flow's month range, the time extent.
 */
import type { Dataset, FlowType, Node } from '../data/schema.ts';
import { FLOW_TYPES } from '../data/schema.ts';
import { eventSpan } from '../data/events.ts';
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
  /** Per flow: 1 when the record is reported, 0 when illustrative. */
  flowReported: Uint8Array;
  /** Per node: 1 when the node record is reported. */
  nodeReported: Uint8Array;
  /** Per event: its node's index, the first and last month it can mean, and whether it is reported. */
  eventNode: Uint32Array;
  eventStart: Int32Array;
  eventEnd: Int32Array;
  eventReported: Uint8Array;
  /** First and last month (ordinal) any flow can mean. */
  extent: [number, number];
}

export const typeIndex = (type: FlowType) => FLOW_TYPES.indexOf(type);

const cache = new WeakMap<Dataset, NetworkIndex>();

export function networkIndex(dataset: Dataset): NetworkIndex {
  const cached = cache.get(dataset);
  if (cached) return cached;
  const { nodes, flows, events } = dataset;
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
    flowReported: Uint8Array.from(flows, (f) => (f.provenance === 'reported' ? 1 : 0)),
    nodeReported: Uint8Array.from(nodes, (node) => (node.provenance === 'reported' ? 1 : 0)),
    eventNode: Uint32Array.from(events, (e) => nodeIndex.get(e.node)!),
    eventStart: new Int32Array(events.length),
    eventEnd: new Int32Array(events.length),
    eventReported: Uint8Array.from(events, (e) => (e.provenance === 'reported' ? 1 : 0)),
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
  events.forEach((e, i) => {
    const [first, last] = eventSpan(e)!;
    index.eventStart[i] = dateMonths(first)[0];
    index.eventEnd[i] = dateMonths(last)[1];
    if (index.eventStart[i]! < index.extent[0]) index.extent[0] = index.eventStart[i]!;
    if (index.eventEnd[i]! > index.extent[1]) index.extent[1] = index.eventEnd[i]!;
  });
  cache.set(dataset, index);
  return index;
}

/**
 * The flows of the current view, aggregated per edge (source, target, type), and each node's activity.
 * Renderers draw exactly this; they compute nothing of their own.
 */
import { FLOW_TYPES, type FlowType, type NodeKind } from '../data/schema.ts';
import type { NetworkIndex } from './networkIndex.ts';
import { inWindow, type DayWindow } from './timeWindow.ts';

export interface Edge {
  source: number;
  target: number;
  type: number;
  value: number;
  records: number;
}

export interface ViewQuery {
  window: DayWindow;
  types: readonly FlowType[];
  kinds: readonly NodeKind[];
}

export interface Aggregate {
  /** Sorted by value, smallest first, so big flows draw on top. */
  edges: Edge[];
  /** Per node index: total value in and out within the view. */
  nodeActivity: Float64Array;
  /** Per node index: whether the node's kind is shown. */
  nodeVisible: Uint8Array;
  maxEdgeValue: number;
  maxNodeActivity: number;
}

export function aggregate(index: NetworkIndex, query: ViewQuery): Aggregate {
  const typeOn = FLOW_TYPES.map((t) => query.types.includes(t));
  const kindOn = new Set(query.kinds);
  const nodeVisible = Uint8Array.from(index.nodes, (n) => (kindOn.has(n.kind) ? 1 : 0));
  const nodeCount = index.nodes.length;
  const byKey = new Map<number, Edge>();
  const nodeActivity = new Float64Array(nodeCount);
  const n = index.flowValue.length;
  for (let i = 0; i < n; i++) {
    const type = index.flowType[i]!;
    if (!typeOn[type]) continue;
    const s = index.flowSource[i]!;
    const t = index.flowTarget[i]!;
    if (!nodeVisible[s] || !nodeVisible[t]) continue;
    if (!inWindow(index.flowStart[i]!, index.flowEnd[i]!, query.window)) continue;
    const key = (s * nodeCount + t) * FLOW_TYPES.length + type;
    let edge = byKey.get(key);
    if (!edge) byKey.set(key, (edge = { source: s, target: t, type, value: 0, records: 0 }));
    const v = index.flowValue[i]!;
    edge.value += v;
    edge.records += 1;
    nodeActivity[s] = nodeActivity[s]! + v;
    nodeActivity[t] = nodeActivity[t]! + v;
  }
  const edges = [...byKey.values()].sort(
    (a, b) => a.value - b.value || a.source - b.source || a.target - b.target || a.type - b.type,
  );
  return {
    edges,
    nodeActivity,
    nodeVisible,
    maxEdgeValue: edges.reduce((m, e) => Math.max(m, e.value), 0),
    maxNodeActivity: nodeActivity.reduce((m, v) => Math.max(m, v), 0),
  };
}

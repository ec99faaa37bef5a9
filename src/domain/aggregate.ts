/**
 * The flows of the current view, aggregated per edge (source, target, type), and each node's activity.
 * Renderers draw exactly this; they compute nothing of their own. Cost: one window query per edge
 * (src/domain/edgeIndex.ts), independent of the number of records.
 */
import { FLOW_TYPES, type FlowType, type NodeKind } from '../data/schema.ts';
import { edgeIndex, edgeTotal } from './edgeIndex.ts';
import type { NetworkIndex } from './networkIndex.ts';
import type { MonthWindow } from './timeWindow.ts';

export interface Edge {
  source: number;
  target: number;
  type: number;
  value: number;
  records: number;
}

export interface ViewQuery {
  window: MonthWindow;
  types: readonly FlowType[];
  kinds: readonly NodeKind[];
  /** ISO codes; when not empty, only flows with an end in one of these countries. */
  countries?: readonly string[];
  /** Edges whose value in the window is below this are left out. */
  minValue?: number;
}

/** Nodes whose country is selected (all when no country is). */
export function countryMask(index: NetworkIndex, countries: readonly string[] | undefined): Uint8Array {
  const on = new Set(countries ?? []);
  return Uint8Array.from(index.nodes, (n) => (on.size === 0 || on.has(n.country) ? 1 : 0));
}

/**
 * With a country filter, a node stays on the map when it is in a chosen country or still has a flow in
 * the view; otherwise the map would keep partners whose every flow was filtered out.
 */
export function applyCountryVisibility(
  nodeVisible: Uint8Array,
  inCountry: Uint8Array,
  activity: Float64Array,
  filtering: boolean,
) {
  if (!filtering) return;
  for (let i = 0; i < nodeVisible.length; i++) if (!inCountry[i] && activity[i] === 0) nodeVisible[i] = 0;
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

/** Nodes of a shown kind that exist by the end of the window (a hub founded in 2025 is absent in 2021). */
export function visibleNodes(
  index: NetworkIndex,
  kinds: readonly NodeKind[],
  window: MonthWindow,
): Uint8Array {
  const on = new Set(kinds);
  return Uint8Array.from(index.nodes, (n, i) => (on.has(n.kind) && index.nodeStart[i]! <= window.to ? 1 : 0));
}

/** Sorting and maxima shared by every way of aggregating, so they agree exactly. */
export function finishAggregate(
  edges: Edge[],
  nodeActivity: Float64Array,
  nodeVisible: Uint8Array,
): Aggregate {
  edges.sort((a, b) => a.value - b.value || a.source - b.source || a.target - b.target || a.type - b.type);
  return {
    edges,
    nodeActivity,
    nodeVisible,
    maxEdgeValue: edges.reduce((m, e) => Math.max(m, e.value), 0),
    maxNodeActivity: nodeActivity.reduce((m, v) => Math.max(m, v), 0),
  };
}

export function aggregate(index: NetworkIndex, query: ViewQuery): Aggregate {
  const ix = edgeIndex(index);
  const typeOn = FLOW_TYPES.map((t) => query.types.includes(t));
  const nodeVisible = visibleNodes(index, query.kinds, query.window);
  const inCountry = countryMask(index, query.countries);
  const minValue = query.minValue ?? 0;
  const nodeActivity = new Float64Array(index.nodes.length);
  const edges: Edge[] = [];
  const total = new Float64Array(2);
  for (let e = 0; e < ix.edgeCount; e++) {
    const type = ix.type[e]!;
    const s = ix.source[e]!;
    const t = ix.target[e]!;
    if (!typeOn[type] || !nodeVisible[s] || !nodeVisible[t] || (!inCountry[s] && !inCountry[t])) continue;
    edgeTotal(ix, e, query.window, total);
    if (total[1] === 0 || total[0]! < minValue) continue;
    const value = total[0]!;
    edges.push({ source: s, target: t, type, value, records: total[1]! });
    nodeActivity[s] = nodeActivity[s]! + value;
    nodeActivity[t] = nodeActivity[t]! + value;
  }
  applyCountryVisibility(nodeVisible, inCountry, nodeActivity, Boolean(query.countries?.length));
  return finishAggregate(edges, nodeActivity, nodeVisible);
}

/**
 * The flows of the current view, aggregated per edge (source, target, type), each node's activity, and the
 * events in the view. Renderers draw exactly this; they compute nothing of their own. Cost: one window query
 * per edge (src/domain/edgeIndex.ts), independent of the number of records.
 */
import { FLOW_TYPES, type FlowType, type NodeKind } from '../data/schema.ts';
import { edgeIndex, edgeTotal, TOTAL } from './edgeIndex.ts';
import type { NetworkIndex } from './networkIndex.ts';
import { inWindow, type MonthWindow } from './timeWindow.ts';

/** What an edge's records are: all reported, all illustrative, or some of each. */
export type EdgeProvenance = 'reported' | 'illustrative' | 'mixed';

export interface Edge {
  source: number;
  target: number;
  type: number;
  value: number;
  records: number;
  /** The part of `value` that reported records carry (the rest is illustrative). */
  reported: number;
  provenance: EdgeProvenance;
}

/** `all` records, or only the `reported` ones (the default of rooms nobody can ask, see src/state). */
export type ProvenanceFilter = 'all' | 'reported';

export interface ViewQuery {
  window: MonthWindow;
  types: readonly FlowType[];
  kinds: readonly NodeKind[];
  /** ISO codes; when not empty, only flows with an end in one of these countries. */
  countries?: readonly string[];
  /** Edges whose value in the window is below this are left out. */
  minValue?: number;
  /** Defaults to all records. */
  provenance?: ProvenanceFilter;
}

export function provenanceOf(records: number, reportedRecords: number): EdgeProvenance {
  return reportedRecords === records ? 'reported' : reportedRecords === 0 ? 'illustrative' : 'mixed';
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
  /** Per node index: the part of its activity that reported records carry. */
  nodeReported: Float64Array;
  /** Per node index: whether the node's kind is shown. */
  nodeVisible: Uint8Array;
  /** Indices into the version's events of those in the view, in file order. */
  events: number[];
  /** Per node index: how many events in the view were held there. */
  nodeEvents: Uint16Array;
  maxEdgeValue: number;
  maxNodeActivity: number;
  /** Sum of all edge values, and the part reported records carry: the illustrative share is their gap. */
  totalValue: number;
  reportedValue: number;
}

/**
 * Nodes of a shown kind that exist by the end of the window (a hub founded in 2025 is absent in 2021);
 * with the reported filter, only nodes whose own record is reported.
 */
export function visibleNodes(
  index: NetworkIndex,
  kinds: readonly NodeKind[],
  window: MonthWindow,
  provenance: ProvenanceFilter = 'all',
): Uint8Array {
  const on = new Set(kinds);
  return Uint8Array.from(index.nodes, (n, i) =>
    on.has(n.kind) && index.nodeStart[i]! <= window.to && (provenance === 'all' || index.nodeReported[i])
      ? 1
      : 0,
  );
}

/** Events wholly inside the window, at a visible node, passing the provenance filter. */
export function viewEvents(
  index: NetworkIndex,
  window: MonthWindow,
  nodeVisible: Uint8Array,
  provenance: ProvenanceFilter = 'all',
): number[] {
  const out: number[] = [];
  for (let i = 0; i < index.eventNode.length; i++) {
    if (!nodeVisible[index.eventNode[i]!]) continue;
    if (provenance === 'reported' && !index.eventReported[i]) continue;
    if (inWindow(index.eventStart[i]!, index.eventEnd[i]!, window)) out.push(i);
  }
  return out;
}

/** Each node's activity in the edges given, and the part reported records carry. */
export function nodeActivityOf(edges: readonly Edge[], nodeCount: number) {
  const activity = new Float64Array(nodeCount);
  const reported = new Float64Array(nodeCount);
  for (const e of edges) {
    for (const n of [e.source, e.target]) {
      activity[n] = activity[n]! + e.value;
      reported[n] = reported[n]! + e.reported;
    }
  }
  return { activity, reported };
}

/** Sorting, maxima and totals shared by every way of aggregating, so they agree exactly. */
export function finishAggregate(
  edges: Edge[],
  activity: { activity: Float64Array; reported: Float64Array },
  nodeVisible: Uint8Array,
  events: number[],
  eventNode: Uint32Array,
): Aggregate {
  edges.sort((a, b) => a.value - b.value || a.source - b.source || a.target - b.target || a.type - b.type);
  const nodeEvents = new Uint16Array(nodeVisible.length);
  for (const i of events) nodeEvents[eventNode[i]!] = nodeEvents[eventNode[i]!]! + 1;
  return {
    edges,
    nodeActivity: activity.activity,
    nodeReported: activity.reported,
    nodeVisible,
    events,
    nodeEvents,
    maxEdgeValue: edges.reduce((m, e) => Math.max(m, e.value), 0),
    maxNodeActivity: activity.activity.reduce((m, v) => Math.max(m, v), 0),
    totalValue: edges.reduce((s, e) => s + e.value, 0),
    reportedValue: edges.reduce((s, e) => s + e.reported, 0),
  };
}

export function aggregate(index: NetworkIndex, query: ViewQuery): Aggregate {
  const ix = edgeIndex(index);
  const provenance = query.provenance ?? 'all';
  const typeOn = FLOW_TYPES.map((t) => query.types.includes(t));
  const nodeVisible = visibleNodes(index, query.kinds, query.window, provenance);
  const inCountry = countryMask(index, query.countries);
  const minValue = query.minValue ?? 0;
  const edges: Edge[] = [];
  const total = new Float64Array(4);
  for (let e = 0; e < ix.edgeCount; e++) {
    const type = ix.type[e]!;
    const s = ix.source[e]!;
    const t = ix.target[e]!;
    if (!typeOn[type] || !nodeVisible[s] || !nodeVisible[t] || (!inCountry[s] && !inCountry[t])) continue;
    edgeTotal(ix, e, query.window, total);
    const onlyReported = provenance === 'reported';
    const value = onlyReported ? total[TOTAL.reportedValue]! : total[TOTAL.value]!;
    const records = onlyReported ? total[TOTAL.reportedRecords]! : total[TOTAL.records]!;
    if (records === 0 || value < minValue) continue;
    const reportedRecords = total[TOTAL.reportedRecords]!;
    edges.push({
      source: s,
      target: t,
      type,
      value,
      records,
      reported: total[TOTAL.reportedValue]!,
      provenance: provenanceOf(records, reportedRecords),
    });
  }
  const activity = nodeActivityOf(edges, index.nodes.length);
  applyCountryVisibility(nodeVisible, inCountry, activity.activity, Boolean(query.countries?.length));
  const events = viewEvents(index, query.window, nodeVisible, provenance);
  return finishAggregate(edges, activity, nodeVisible, events, index.eventNode);
}

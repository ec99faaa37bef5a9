/** What the details panel shows for one node: totals in the view, its records, its sources. */
import { FLOW_TYPES, type Event, type Flow, type FlowType, type Source } from '../data/schema.ts';
import type { Aggregate, Edge, ProvenanceFilter } from './aggregate.ts';
import type { NetworkIndex } from './networkIndex.ts';
import { inWindow, type MonthWindow } from './timeWindow.ts';

export interface NodeTotals {
  /** Per flow type (as in FLOW_TYPES): value arriving at and leaving the node in the view. */
  incoming: number[];
  outgoing: number[];
}

export function nodeTotals(agg: Aggregate, node: number): NodeTotals {
  const incoming = FLOW_TYPES.map(() => 0);
  const outgoing = FLOW_TYPES.map(() => 0);
  for (const e of agg.edges) {
    if (e.target === node) incoming[e.type]! += e.value;
    if (e.source === node) outgoing[e.type]! += e.value;
  }
  return { incoming, outgoing };
}

/** Records in the window that `include` accepts, newest first (ties by id, so the order is stable). */
export function windowRecords(
  index: NetworkIndex,
  window: MonthWindow,
  include: (record: number) => boolean,
): Flow[] {
  const out: Flow[] = [];
  const flows = index.dataset.flows;
  for (let i = 0; i < flows.length; i++) {
    if (!include(i) || !inWindow(index.flowStart[i]!, index.flowEnd[i]!, window)) continue;
    out.push(flows[i]!);
  }
  return out.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? -1 : 1));
}

/** The node's records in the window, of the chosen types and provenance, newest first. */
export function nodeFlows(
  index: NetworkIndex,
  node: number,
  window: MonthWindow,
  types: readonly FlowType[],
  provenance: ProvenanceFilter = 'all',
): Flow[] {
  const typeOn = FLOW_TYPES.map((t) => types.includes(t));
  return windowRecords(
    index,
    window,
    (i) =>
      (index.flowSource[i] === node || index.flowTarget[i] === node) &&
      typeOn[index.flowType[i]!]! &&
      (provenance === 'all' || index.flowReported[i] === 1),
  );
}

/** The events of the view held at `node`, as records. */
export function nodeEvents(index: NetworkIndex, agg: Aggregate, node: number): Event[] {
  return agg.events.filter((i) => index.eventNode[i] === node).map((i) => index.dataset.events[i]!);
}

/** Whether record `i` belongs to the edge (source, target, type) and passes the provenance filter. */
export const onEdge =
  (index: NetworkIndex, source: number, target: number, type: number, provenance: ProvenanceFilter = 'all') =>
  (i: number) =>
    index.flowSource[i] === source &&
    index.flowTarget[i] === target &&
    index.flowType[i] === type &&
    (provenance === 'all' || index.flowReported[i] === 1);

/** Every source the node and the given flows cite, each once, in citation order. */
export function citedSources(sources: Source[], ids: Iterable<string>): Source[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const id of ids) {
    if (seen.has(id) || !byId.has(id)) continue;
    seen.add(id);
    out.push(byId.get(id)!);
  }
  return out;
}

/** The node's edges in the view, largest first: the connections a reader can step to from its details. */
export function nodeEdges(agg: Aggregate, node: number): Edge[] {
  return agg.edges
    .filter((e) => e.source === node || e.target === node)
    .sort((a, b) => b.value - a.value || a.source - b.source || a.target - b.target || a.type - b.type);
}

/**
 * The flow value per country in a view: each edge counts once for each distinct country at its ends (a
 * China→China edge once for CN). The filters drawer shows it beside each country.
 */
export function countryTotals(index: NetworkIndex, agg: Aggregate): Map<string, number> {
  const totals = new Map<string, number>();
  for (const e of agg.edges) {
    const a = index.nodes[e.source]!.country;
    const b = index.nodes[e.target]!.country;
    totals.set(a, (totals.get(a) ?? 0) + e.value);
    if (b !== a) totals.set(b, (totals.get(b) ?? 0) + e.value);
  }
  return totals;
}

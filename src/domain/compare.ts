/**
 * Comparing two views edge by edge: two periods of one version (difference mode) or the same view of two
 * versions. Edges are matched by node ids and type, so versions with different node lists compare.
 */
import type { Aggregate, Edge } from './aggregate.ts';
import { finishAggregate } from './aggregate.ts';
import type { NetworkIndex } from './networkIndex.ts';

export type EdgeStatus = 'added' | 'removed' | 'increased' | 'decreased' | 'same';

export interface ComparedEdge {
  source: string;
  target: string;
  type: number;
  before: number;
  after: number;
  recordsBefore: number;
  recordsAfter: number;
  status: EdgeStatus;
}

/** Arc emphasis per status, as the arc layer reads it: 0 plain, 1 grew or new, 2 shrank or gone, 3 unchanged. */
export const STATUS_EMPHASIS: Record<EdgeStatus, number> = {
  added: 1,
  increased: 1,
  removed: 2,
  decreased: 2,
  same: 3,
};

function status(before: number, after: number, recordsBefore: number, recordsAfter: number): EdgeStatus {
  if (recordsBefore === 0) return 'added';
  if (recordsAfter === 0) return 'removed';
  return after > before ? 'increased' : after < before ? 'decreased' : 'same';
}

const keyOf = (source: string, target: string, type: number) => `${source}\u0000${target}\u0000${type}`;

export function compareAggregates(
  before: { index: NetworkIndex; agg: Aggregate },
  after: { index: NetworkIndex; agg: Aggregate },
): ComparedEdge[] {
  const rows = new Map<string, ComparedEdge>();
  const put = (side: 'before' | 'after', index: NetworkIndex, e: Edge) => {
    const source = index.nodes[e.source]!.id;
    const target = index.nodes[e.target]!.id;
    const key = keyOf(source, target, e.type);
    const row = rows.get(key) ?? {
      source,
      target,
      type: e.type,
      before: 0,
      after: 0,
      recordsBefore: 0,
      recordsAfter: 0,
      status: 'same' as EdgeStatus,
    };
    if (side === 'before') {
      row.before = e.value;
      row.recordsBefore = e.records;
    } else {
      row.after = e.value;
      row.recordsAfter = e.records;
    }
    rows.set(key, row);
  };
  for (const e of before.agg.edges) put('before', before.index, e);
  for (const e of after.agg.edges) put('after', after.index, e);
  const out = [...rows.values()];
  for (const r of out) r.status = status(r.before, r.after, r.recordsBefore, r.recordsAfter);
  return out.sort(
    (a, b) =>
      Math.abs(b.after - b.before) - Math.abs(a.after - a.before) ||
      a.source.localeCompare(b.source) ||
      a.target.localeCompare(b.target) ||
      a.type - b.type,
  );
}

/**
 * The comparison as an aggregate over the current version's nodes, for the renderers: each edge's value is
 * the size of the change (unchanged edges keep their value, drawn faint), and `emphasis` says how to draw it.
 * Edges whose nodes the current version lacks cannot be drawn and are left out.
 */
export function comparisonAggregate(
  index: NetworkIndex,
  rows: ComparedEdge[],
  nodeVisible: Uint8Array,
): { agg: Aggregate; emphasis: Map<Edge, number> } {
  const edges: Edge[] = [];
  const emphasis = new Map<Edge, number>();
  const activity = new Float64Array(index.nodes.length);
  for (const r of rows) {
    const s = index.nodeIndex.get(r.source);
    const t = index.nodeIndex.get(r.target);
    if (s === undefined || t === undefined || !nodeVisible[s] || !nodeVisible[t]) continue;
    const value = r.status === 'same' ? r.after : Math.abs(r.after - r.before);
    if (value === 0) continue;
    const edge: Edge = { source: s, target: t, type: r.type, value, records: r.recordsAfter };
    edges.push(edge);
    emphasis.set(edge, STATUS_EMPHASIS[r.status]);
    activity[s] = activity[s]! + value;
    activity[t] = activity[t]! + value;
  }
  return { agg: finishAggregate(edges, activity, nodeVisible), emphasis };
}

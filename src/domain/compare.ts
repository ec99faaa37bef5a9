/**
 * Comparing two views edge by edge: two periods of one version (difference mode) or the same view of two
 * versions. Edges are matched by node ids and type, so versions with different node lists compare.
 */
import type { Aggregate, Edge, EdgeProvenance } from './aggregate.ts';
import { finishAggregate, nodeActivityOf } from './aggregate.ts';
import { edgeIdOf } from './edgeId.ts';
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
  /** The reported part of `before` and of `after`. */
  reportedBefore: number;
  reportedAfter: number;
  /** Over the records of both sides. */
  provenance: EdgeProvenance;
  status: EdgeStatus;
}

/** The provenance of records from two sides together (a side without records does not count). */
function combine(a: EdgeProvenance | null, b: EdgeProvenance | null): EdgeProvenance {
  if (!a || !b) return a ?? b ?? 'reported';
  return a === b ? a : 'mixed';
}

/**
 * Arc emphasis per status, as the arcs carry it (src/domain/arcs.ts) and the look draws it
 * (src/map/look.ts): 0 is a plain view; 1 grew, 2 shrank, 3 unchanged, 4 new, 5 gone.
 */
export const STATUS_EMPHASIS: Record<EdgeStatus, number> = {
  increased: 1,
  decreased: 2,
  same: 3,
  added: 4,
  removed: 5,
};

/** Emphasis codes of a drawn comparison, by name, for code that asks "is this arc unchanged?". */
export const EMPHASIS = { plain: 0, grew: 1, shrank: 2, same: 3, added: 4, removed: 5 } as const;

function status(before: number, after: number, recordsBefore: number, recordsAfter: number): EdgeStatus {
  if (recordsBefore === 0) return 'added';
  if (recordsAfter === 0) return 'removed';
  return after > before ? 'increased' : after < before ? 'decreased' : 'same';
}

export function compareAggregates(
  before: { index: NetworkIndex; agg: Aggregate },
  after: { index: NetworkIndex; agg: Aggregate },
): ComparedEdge[] {
  const rows = new Map<string, ComparedEdge>();
  const put = (side: 'before' | 'after', index: NetworkIndex, e: Edge) => {
    const source = index.nodes[e.source]!.id;
    const target = index.nodes[e.target]!.id;
    const key = edgeIdOf(source, target, e.type);
    const row = rows.get(key) ?? {
      source,
      target,
      type: e.type,
      before: 0,
      after: 0,
      recordsBefore: 0,
      recordsAfter: 0,
      reportedBefore: 0,
      reportedAfter: 0,
      provenance: 'reported' as EdgeProvenance,
      status: 'same' as EdgeStatus,
    };
    const other =
      side === 'before'
        ? row.recordsAfter
          ? row.provenance
          : null
        : row.recordsBefore
          ? row.provenance
          : null;
    if (side === 'before') {
      row.before = e.value;
      row.recordsBefore = e.records;
      row.reportedBefore = e.reported;
    } else {
      row.after = e.value;
      row.recordsAfter = e.records;
      row.reportedAfter = e.reported;
    }
    row.provenance = combine(other, e.provenance);
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
 * the size of the change, so widths, node sizes and the legend all speak of the change (an unchanged edge
 * has value 0 and is drawn as a thin grey line, never as the widest arc), and `emphasis` says how to draw
 * it. Edges whose nodes the current version lacks cannot be drawn and are left out.
 */
export function comparisonAggregate(
  index: NetworkIndex,
  rows: ComparedEdge[],
  nodeVisible: Uint8Array,
  /** The events of the current view, which a comparison shows as they are. */
  events: number[],
): { agg: Aggregate; emphasis: Map<Edge, number> } {
  const edges: Edge[] = [];
  const emphasis = new Map<Edge, number>();
  for (const r of rows) {
    const s = index.nodeIndex.get(r.source);
    const t = index.nodeIndex.get(r.target);
    if (s === undefined || t === undefined || !nodeVisible[s] || !nodeVisible[t]) continue;
    const value = Math.abs(r.after - r.before);
    const reportedChange = Math.abs(r.reportedAfter - r.reportedBefore);
    const reported =
      r.provenance === 'reported'
        ? value
        : r.provenance === 'illustrative'
          ? 0
          : Math.min(value, reportedChange);
    const edge: Edge = {
      source: s,
      target: t,
      type: r.type,
      value,
      records: r.recordsAfter,
      reported,
      provenance: r.provenance,
    };
    edges.push(edge);
    emphasis.set(edge, STATUS_EMPHASIS[r.status]);
  }
  const activity = nodeActivityOf(edges, index.nodes.length);
  return { agg: finishAggregate(edges, activity, nodeVisible, events, index.eventNode), emphasis };
}

/**
 * What the current view shows, as facts the words under the map are written from (src/ui/viewSummary.ts):
 * how many records and how much value, by flow type, the partners with the most activity, the events, the
 * illustrative share, and what changed against a comparison. Pure: the same view gives the same facts.
 */
import { FLOW_TYPES, type FlowType } from '../data/schema.ts';
import type { Aggregate } from './aggregate.ts';
import type { ComparedEdge } from './compare.ts';
import type { NetworkIndex } from './networkIndex.ts';
import { illustrativeShare } from './provenance.ts';

/** How many partners the summary names. */
export const TOP_PARTNERS = 3;

export interface ViewFacts {
  records: number;
  value: number;
  /** Flow types with any value, largest first (ties in FLOW_TYPES order). */
  byType: { type: FlowType; value: number }[];
  /** International cooperation nodes with the most activity in the view, largest first (ties by id). */
  topPartners: { id: string; value: number }[];
  events: number;
  /** The part of the value illustrative records carry, 0..1. */
  illustrativeShare: number;
  /** Against the comparison period or version, when there is one. */
  change: {
    before: number;
    after: number;
    increased: number;
    decreased: number;
    added: number;
    removed: number;
  } | null;
}

export function viewFacts(
  index: NetworkIndex,
  agg: Aggregate,
  compared: readonly ComparedEdge[] | null,
): ViewFacts {
  const byTypeValue = [0, 0, 0];
  let records = 0;
  for (const e of agg.edges) {
    byTypeValue[e.type]! += e.value;
    records += e.records;
  }
  const byType = FLOW_TYPES.map((type, i) => ({ type, value: byTypeValue[i]! }))
    .filter((t) => t.value > 0)
    .sort((a, b) => b.value - a.value);
  const topPartners = index.nodes
    .map((n, i) => ({ id: n.id, kind: n.kind, value: agg.nodeActivity[i]! }))
    .filter((n) => n.kind === 'partner' && n.value > 0)
    .sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : 1))
    .slice(0, TOP_PARTNERS)
    .map(({ id, value }) => ({ id, value }));
  let change: ViewFacts['change'] = null;
  if (compared) {
    change = { before: 0, after: 0, increased: 0, decreased: 0, added: 0, removed: 0 };
    for (const row of compared) {
      change.before += row.before;
      change.after += row.after;
      if (row.status !== 'same') change[row.status]++;
    }
  }
  return {
    records,
    value: agg.totalValue,
    byType,
    topPartners,
    events: agg.events.length,
    illustrativeShare: illustrativeShare(agg),
    change,
  };
}

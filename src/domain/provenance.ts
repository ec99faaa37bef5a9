/** How much of a view is generated detail rather than reported fact. */
import type { Aggregate } from './aggregate.ts';

/** The part of the view's flow value that illustrative records carry, 0..1 (0 for an empty view). */
export function illustrativeShare(agg: Pick<Aggregate, 'totalValue' | 'reportedValue'>): number {
  return agg.totalValue === 0 ? 0 : (agg.totalValue - agg.reportedValue) / agg.totalValue;
}

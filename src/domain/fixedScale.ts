/**
 * One scale for a whole timeline. Fitted to each window, the widest arc of 2019 (10) and of 2025 (300)
 * would look alike and playback would show no growth; on the fixed scale, widths and node sizes mean the
 * same amount in every period of the timeline at the view's granularity, mode and filters.
 */
import type { Mode, Period } from '../data/period.ts';
import { aggregate, type Aggregate, type ViewQuery } from './aggregate.ts';
import type { NetworkIndex } from './networkIndex.ts';
import { monthWindow } from './timeWindow.ts';

export interface ScaleDomain {
  /** The edge value drawn at full width and the node activity drawn at full size. */
  maxEdgeValue: number;
  maxNodeActivity: number;
  /** The period whose widest edge sets the fixed scale; null for a scale fitted to the view. */
  widestIn: Period | null;
}

/** The largest edge value and node activity over every period of `axis` (as single periods in `mode`). */
export function timelineScale(
  index: NetworkIndex,
  query: ViewQuery,
  axis: readonly Period[],
  mode: Mode,
): ScaleDomain {
  let maxEdgeValue = 0;
  let maxNodeActivity = 0;
  let widestIn: Period | null = null;
  for (const p of axis) {
    const agg = aggregate(index, { ...query, window: monthWindow({ from: p, to: p }, mode) });
    if (agg.maxEdgeValue > maxEdgeValue) {
      maxEdgeValue = agg.maxEdgeValue;
      widestIn = p;
    }
    maxNodeActivity = Math.max(maxNodeActivity, agg.maxNodeActivity);
  }
  return { maxEdgeValue, maxNodeActivity, widestIn };
}

export function fittedScale(agg: Aggregate): ScaleDomain {
  return { maxEdgeValue: agg.maxEdgeValue, maxNodeActivity: agg.maxNodeActivity, widestIn: null };
}

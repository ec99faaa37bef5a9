import type { Granularity } from '../../data/period.ts';
import { periodOrdinal } from '../../data/period.ts';
import type { NetworkIndex } from '../../domain/networkIndex.ts';
import { axisPeriods } from '../../domain/timeline.ts';
import { useAppStore } from '../../state/store.ts';

/** Where the current window sits on the timeline's axis (indices of its first and last period), if any. */
export function useMarkedWindow(index: NetworkIndex, granularity: Granularity): [number, number] | null {
  const time = useAppStore((s) => s.time);
  const mode = useAppStore((s) => s.mode);
  if (!time) return null;
  const axis = axisPeriods(index, granularity);
  const first = axis[0] ? periodOrdinal(axis[0]) : 0;
  return [mode === 'cumulative' ? 0 : periodOrdinal(time.from) - first, periodOrdinal(time.to) - first];
}

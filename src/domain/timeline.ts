/**
 * The timeline's axis: the periods a version spans at a granularity, stepping between them, and activity
 * per period for the histogram behind the slider.
 */
import { FLOW_TYPES } from '../data/schema.ts';
import type { NetworkIndex } from './networkIndex.ts';
import { periodOrdinal, type Granularity, type Period, type TimeSelection } from '../data/period.ts';

const UNITS: Record<Granularity, number> = { year: 1, quarter: 4, month: 12 };

export function periodFromOrdinal(granularity: Granularity, ordinal: number): Period {
  const units = UNITS[granularity];
  const year = Math.floor(ordinal / units);
  return granularity === 'year' ? { granularity, year } : { granularity, year, index: (ordinal % units) + 1 };
}

/** The period of `granularity` that contains month ordinal `month`. */
export function periodOfMonth(granularity: Granularity, month: number): Period {
  const year = Math.floor(month / 12);
  const m = month % 12;
  if (granularity === 'year') return { granularity, year };
  if (granularity === 'quarter') return { granularity, year, index: Math.floor(m / 3) + 1 };
  return { granularity, year, index: m + 1 };
}

/** Every period from the version's first to its last month. */
export function axisPeriods(index: NetworkIndex, granularity: Granularity): Period[] {
  const [first, last] = index.extent;
  if (!Number.isFinite(first) || !Number.isFinite(last)) return [];
  const a = periodOrdinal(periodOfMonth(granularity, first));
  const b = periodOrdinal(periodOfMonth(granularity, last));
  return Array.from({ length: b - a + 1 }, (_, i) => periodFromOrdinal(granularity, a + i));
}

export function stepPeriod(p: Period, steps: number): Period {
  return periodFromOrdinal(p.granularity, periodOrdinal(p) + steps);
}

/** Moves a selection by whole periods, keeping its length. */
export function stepSelection(t: TimeSelection, steps: number): TimeSelection {
  return { from: stepPeriod(t.from, steps), to: stepPeriod(t.to, steps) };
}

/** The same moment at another granularity: the period containing the selection's end. */
export function regranulate(
  t: TimeSelection | null,
  granularity: Granularity,
  fallbackMonth: number,
): TimeSelection {
  const endMonth = t ? periodEndMonth(t.to) : fallbackMonth;
  const p = periodOfMonth(granularity, endMonth);
  return { from: p, to: p };
}

function periodEndMonth(p: Period): number {
  if (p.granularity === 'year') return p.year * 12 + 11;
  if (p.granularity === 'quarter') return p.year * 12 + p.index! * 3 - 1;
  return p.year * 12 + p.index! - 1;
}

export interface Histogram {
  periods: Period[];
  /** Per period, value per flow type (index as in FLOW_TYPES). */
  values: number[][];
  /**
   * Per year, value per type of records known only to the year: at quarter or month granularity they are
   * drawn as undated within their year, never placed in January.
   */
  undatedByYear: Map<number, number[]>;
  max: number;
}

/** Activity per period of the version's axis; `include` limits it to some records (e.g. one node's). */
export function histogram(
  index: NetworkIndex,
  granularity: Granularity,
  include?: (record: number) => boolean,
): Histogram {
  const periods = axisPeriods(index, granularity);
  const first = periods[0] ? periodOrdinal(periods[0]) : 0;
  const values = periods.map(() => FLOW_TYPES.map(() => 0));
  const undatedByYear = new Map<number, number[]>();
  for (let i = 0; i < index.flowValue.length; i++) {
    if (include && !include(i)) continue;
    const start = index.flowStart[i]!;
    const yearOnly = index.flowEnd[i]! - start > 0;
    const type = index.flowType[i]!;
    const v = index.flowValue[i]!;
    if (yearOnly && granularity !== 'year') {
      const year = Math.floor(start / 12);
      const row = undatedByYear.get(year) ?? FLOW_TYPES.map(() => 0);
      row[type]! += v;
      undatedByYear.set(year, row);
      continue;
    }
    const row = values[periodOrdinal(periodOfMonth(granularity, start)) - first];
    if (row) row[type]! += v;
  }
  const max = Math.max(1, ...values.map((r) => r.reduce((s, x) => s + x, 0)));
  return { periods, values, undatedByYear, max };
}

/** The next selection while playing: one period on; at the end, back to the start or stop (null). */
export function nextPlaybackSelection(
  t: TimeSelection | null,
  axis: Period[],
  loop: boolean,
): TimeSelection | null {
  if (axis.length === 0) return null;
  const first = axis[0]!;
  const last = axis.at(-1)!;
  const start: TimeSelection = { from: first, to: first };
  if (!t || t.to.granularity !== first.granularity) return start;
  if (periodOrdinal(t.to) >= periodOrdinal(last)) {
    if (!loop) return null;
    const length = periodOrdinal(t.to) - periodOrdinal(t.from);
    return { from: first, to: stepPeriod(first, length) };
  }
  return stepSelection(t, 1);
}

/**
 * The windows a transition passes through from one selection to another of the same granularity, one
 * period at a time (at most 24 steps), ending before the target; empty when there is nothing to walk.
 */
export function timeTween(from: TimeSelection | null, to: TimeSelection | null): TimeSelection[] {
  if (
    !from ||
    !to ||
    from.to.granularity !== to.to.granularity ||
    from.from.granularity !== to.from.granularity
  )
    return [];
  const a = periodOrdinal(from.to);
  const b = periodOrdinal(to.to);
  const steps = b - a;
  if (steps === 0 || Math.abs(steps) > 24) return [];
  const out: TimeSelection[] = [];
  const length = periodOrdinal(to.to) - periodOrdinal(to.from);
  for (let k = 1; k < Math.abs(steps); k++) {
    const end = stepPeriod(from.to, Math.sign(steps) * k);
    out.push({ from: stepPeriod(end, -length), to: end });
  }
  return out;
}

/**
 * Which months a view covers. Views are whole periods (years, quarters, months), so month ordinals
 * (year × 12 + month − 1) describe every window exactly.
 *
 * A record counts in a window only when the whole period its date can mean lies inside it: a record dated
 * `2021` counts in 2021 (and in cumulative views from the end of 2021 on) but never in 2021-Q1 — its
 * precision is never silently made finer.
 */
import { parsePartialDate } from '../data/dates.ts';
import type { Mode, Period, TimeSelection } from '../data/period.ts';

export interface MonthWindow {
  /** First month included; -Infinity in cumulative mode or with no selection. */
  from: number;
  /** Last month included; +Infinity with no selection. */
  to: number;
}

export const ALL_TIME: MonthWindow = { from: -Infinity, to: Infinity };

export const monthOrdinal = (year: number, month: number) => year * 12 + (month - 1);

/** The first and last month a partial date can mean. */
export function dateMonths(date: string): [number, number] {
  const p = parsePartialDate(date);
  if (!p) throw new Error(`Not a partial date: ${date}`);
  return p.month === undefined
    ? [monthOrdinal(p.year, 1), monthOrdinal(p.year, 12)]
    : [monthOrdinal(p.year, p.month), monthOrdinal(p.year, p.month)];
}

export function periodMonths(p: Period): [number, number] {
  if (p.granularity === 'year') return [monthOrdinal(p.year, 1), monthOrdinal(p.year, 12)];
  if (p.granularity === 'quarter') {
    const first = monthOrdinal(p.year, (p.index! - 1) * 3 + 1);
    return [first, first + 2];
  }
  const m = monthOrdinal(p.year, p.index!);
  return [m, m];
}

export function monthWindow(time: TimeSelection | null, mode: Mode): MonthWindow {
  if (!time) return ALL_TIME;
  const to = periodMonths(time.to)[1];
  return mode === 'cumulative' ? { from: -Infinity, to } : { from: periodMonths(time.from)[0], to };
}

export function inWindow(startMonth: number, endMonth: number, w: MonthWindow): boolean {
  return startMonth >= w.from && endMonth <= w.to;
}

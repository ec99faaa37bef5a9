/**
 * Which days a view covers. A record counts in a window only when the whole period its date can mean lies
 * inside it, so a record dated `2021` counts in 2021 (or any later cumulative view) but never in 2021-Q1:
 * its precision is never silently made finer.
 */
import { dayNumber } from './dayNumber.ts';
import { daysInMonth } from './dates.ts';
import type { Mode, Period, TimeSelection } from './period.ts';

export interface DayWindow {
  /** First day included; -Infinity in cumulative mode. */
  from: number;
  /** Last day included. */
  to: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function periodDays(p: Period): [number, number] {
  if (p.granularity === 'year') return [dayNumber(`${p.year}-01-01`), dayNumber(`${p.year}-12-31`)];
  if (p.granularity === 'quarter') {
    const first = (p.index! - 1) * 3 + 1;
    const last = first + 2;
    return [
      dayNumber(`${p.year}-${pad(first)}-01`),
      dayNumber(`${p.year}-${pad(last)}-${pad(daysInMonth(p.year, last))}`),
    ];
  }
  return [
    dayNumber(`${p.year}-${pad(p.index!)}-01`),
    dayNumber(`${p.year}-${pad(p.index!)}-${pad(daysInMonth(p.year, p.index!))}`),
  ];
}

/** The window a selection covers; no selection means everything up to `latest`. */
export function dayWindow(time: TimeSelection | null, mode: Mode, latest: number): DayWindow {
  if (!time) return { from: -Infinity, to: latest };
  const to = periodDays(time.to)[1];
  return mode === 'cumulative' ? { from: -Infinity, to } : { from: periodDays(time.from)[0], to };
}

export function inWindow(start: number, end: number, w: DayWindow): boolean {
  return start >= w.from && end <= w.to;
}

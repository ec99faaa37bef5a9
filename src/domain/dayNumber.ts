import { periodEnd, periodStart } from './dates.ts';

/** Days since 1970-01-01 for a `YYYY-MM-DD` string: integers compare and subtract faster than strings. */
export function dayNumber(isoDay: string): number {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** The first and last day a partial date can mean, as day numbers. */
export function dayRange(date: string): [number, number] {
  return [dayNumber(periodStart(date)), dayNumber(periodEnd(date))];
}

/**
 * Partial dates: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. A record's date is as precise as its source knows,
 * so every comparison here works on the whole period a date covers instead of inventing a day.
 */
export type Precision = 'year' | 'month' | 'day';

export interface PartialDateParts {
  year: number;
  month?: number;
  day?: number;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function parsePartialDate(value: string): PartialDateParts | null {
  const m = PATTERN.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1900 || year > 2100) return null;
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isValidPartialDate(value: unknown): boolean {
  return typeof value === 'string' && parsePartialDate(value) !== null;
}

export function precisionOf(value: string): Precision {
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** First day the date can mean, as `YYYY-MM-DD` (sortable as a string). */
export function periodStart(value: string): string {
  const p = parsePartialDate(value);
  if (!p) throw new Error(`Not a partial date: ${value}`);
  return `${p.year}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}`;
}

/** Last day the date can mean, as `YYYY-MM-DD`. */
export function periodEnd(value: string): string {
  const p = parsePartialDate(value);
  if (!p) throw new Error(`Not a partial date: ${value}`);
  const month = p.month ?? 12;
  return `${p.year}-${pad(month)}-${pad(p.day ?? daysInMonth(p.year, month))}`;
}

/** True only when `a` certainly lies before `b`: all of a's period ends before b's period starts. */
export function isCertainlyBefore(a: string, b: string): boolean {
  return periodEnd(a) < periodStart(b);
}

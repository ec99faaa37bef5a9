/**
 * Time selections as the URL writes them: a period (`2024`, `2024-Q3`, `2024-07`) or a range of two
 * periods of the same granularity (`2019..2024`).
 */
/** Per period, or everything up to the end of the selection. */
export type Mode = 'period' | 'cumulative';

export type Granularity = 'year' | 'quarter' | 'month';

export interface Period {
  granularity: Granularity;
  year: number;
  /** Quarter 1–4 or month 1–12; absent for years. */
  index?: number;
}

export interface TimeSelection {
  from: Period;
  to: Period;
}

const PERIOD = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/;

export function parsePeriod(text: string): Period | null {
  const m = PERIOD.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1900 || year > 2100) return null;
  if (m[2]) return { granularity: 'quarter', year, index: Number(m[2]) };
  if (m[3]) return { granularity: 'month', year, index: Number(m[3]) };
  return { granularity: 'year', year };
}

export function formatPeriod(p: Period): string {
  if (p.granularity === 'quarter') return `${p.year}-Q${p.index}`;
  if (p.granularity === 'month') return `${p.year}-${String(p.index).padStart(2, '0')}`;
  return String(p.year);
}

/** Position on one axis per granularity, so periods compare and count as integers. */
export function periodOrdinal(p: Period): number {
  if (p.granularity === 'quarter') return p.year * 4 + (p.index! - 1);
  if (p.granularity === 'month') return p.year * 12 + (p.index! - 1);
  return p.year;
}

export function parseTimeSelection(text: string): TimeSelection | null {
  const parts = text.split('..');
  if (parts.length > 2) return null;
  const from = parsePeriod(parts[0]!);
  const to = parts.length === 2 ? parsePeriod(parts[1]!) : from;
  if (!from || !to || from.granularity !== to.granularity) return null;
  if (periodOrdinal(from) > periodOrdinal(to)) return null;
  return { from, to };
}

export function formatTimeSelection(t: TimeSelection): string {
  const from = formatPeriod(t.from);
  const to = formatPeriod(t.to);
  return from === to ? from : `${from}..${to}`;
}

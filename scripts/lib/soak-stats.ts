/** The arithmetic of `npm run soak`: growth from the first sample to the last, and the trend over the run. */
import type { HeapSplit } from './heap-snapshot.ts';

export interface SoakSample {
  /** Minutes since the page was ready. */
  at: number;
  heap: number;
  nodes: number;
  listeners: number;
}

export const MEASURES = ['heap', 'nodes', 'listeners'] as const;
export type Measure = (typeof MEASURES)[number];

/** Relative change from the first sample to the last: 0.1 is 10 % more. */
export function growth(samples: readonly SoakSample[], measure: Measure): number {
  const first = samples[0]?.[measure];
  const last = samples.at(-1)?.[measure];
  if (first === undefined || last === undefined || first === 0) return NaN;
  return (last - first) / first;
}

/**
 * Least-squares slope in units per hour. A kiosk runs for days: a small steady climb matters more than
 * the noise between two samples, so the report shows both.
 */
export function slopePerHour(samples: readonly SoakSample[], measure: Measure): number {
  const n = samples.length;
  if (n < 2) return NaN;
  const mx = samples.reduce((s, p) => s + p.at, 0) / n;
  const my = samples.reduce((s, p) => s + p[measure], 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of samples) {
    sxy += (p.at - mx) * (p[measure] - my);
    sxx += (p.at - mx) ** 2;
  }
  return sxx === 0 ? NaN : (sxy / sxx) * 60;
}

/** Heap snapshots split at the baseline and at the last sample (see `heap-snapshot.ts`). */
export interface SnapshotPair {
  first: HeapSplit;
  last: HeapSplit;
}

export interface SoakRow {
  measure: Measure | keyof HeapSplit;
  growth: number;
  /** Trend per hour; NaN for the snapshot measures, taken only twice. */
  perHour: number;
  /** Judged against the limit. The JS heap and V8's code are reported, not judged: see below. */
  judged: boolean;
}

export interface SoakVerdict {
  rows: SoakRow[];
  /** Some judged measure grew past the limit (or could not be measured). */
  failed: boolean;
}

const relative = (first: number, last: number) => (first === 0 ? NaN : (last - first) / first);

/**
 * The page passes when its objects (the heap without V8's code), DOM nodes and listeners each grow by at
 * most `limit`. The whole JS heap is reported beside them but not judged: it includes the machine code
 * V8 keeps compiling as a loop runs, which climbs for the first hour and stays flat with `--jitless`.
 */
export function soakVerdict(
  samples: readonly SoakSample[],
  snapshots: SnapshotPair | undefined,
  limit = 0.1,
): SoakVerdict {
  const rows: SoakRow[] = MEASURES.map((measure) => ({
    measure,
    growth: growth(samples, measure),
    perHour: slopePerHour(samples, measure),
    judged: measure !== 'heap',
  }));
  for (const part of ['objects', 'code'] as const)
    rows.push({
      measure: part,
      growth: snapshots ? relative(snapshots.first[part], snapshots.last[part]) : NaN,
      perHour: NaN,
      judged: part === 'objects',
    });
  return { rows, failed: rows.some((r) => r.judged && !(r.growth <= limit)) };
}

/** The arithmetic of `npm run soak`: growth from the first sample to the last, and the trend over the run. */

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

export interface SoakVerdict {
  rows: Array<{ measure: Measure; growth: number; perHour: number }>;
  /** Some measure grew past the limit (or could not be measured). */
  failed: boolean;
}

export function soakVerdict(samples: readonly SoakSample[], limit = 0.1): SoakVerdict {
  const rows = MEASURES.map((measure) => ({
    measure,
    growth: growth(samples, measure),
    perHour: slopePerHour(samples, measure),
  }));
  return { rows, failed: rows.some((r) => !(r.growth <= limit)) };
}

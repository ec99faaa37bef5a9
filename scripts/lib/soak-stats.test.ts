import { describe, expect, it } from 'vitest';
import { growth, slopePerHour, soakVerdict, type SoakSample } from './soak-stats.ts';

const run = (heap: (minute: number) => number, minutes = 30): SoakSample[] =>
  Array.from({ length: minutes + 1 }, (_, m) => ({ at: m, heap: heap(m), nodes: 115, listeners: 212 }));

describe('soak arithmetic', () => {
  it('measures growth from the first sample to the last', () => {
    const samples = run((m) => 10 + m / 30);
    expect(growth(samples, 'heap')).toBeCloseTo(0.1, 10);
    expect(growth(samples, 'nodes')).toBe(0);
  });

  it('gives the trend in units per hour, through the noise', () => {
    const samples = run((m) => 10 + 0.05 * m + (m % 2 ? 0.3 : -0.3));
    expect(slopePerHour(samples, 'heap')).toBeCloseTo(3, 1);
    expect(
      slopePerHour(
        run(() => 10),
        'heap',
      ),
    ).toBe(0);
  });

  it('fails a run that grew past the limit, and one it could not measure', () => {
    expect(soakVerdict(run((m) => 10 + m / 30)).failed).toBe(false);
    expect(soakVerdict(run((m) => 10 + m / 20)).failed).toBe(true);
    expect(soakVerdict(run(() => NaN)).failed).toBe(true);
    expect(soakVerdict([]).failed).toBe(true);
  });
});

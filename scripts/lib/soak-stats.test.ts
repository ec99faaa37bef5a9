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

  const flat = { first: { objects: 5e6, code: 6e6 }, last: { objects: 5.1e6, code: 6.5e6 } };

  it('fails a run whose nodes or listeners grew past the limit, and one it could not measure', () => {
    expect(
      soakVerdict(
        run(() => 10),
        flat,
      ).failed,
    ).toBe(false);
    const moreNodes = run(() => 10).map((s, i) => ({ ...s, nodes: 115 + i }));
    expect(soakVerdict(moreNodes, flat).failed).toBe(true);
    expect(
      soakVerdict(
        run(() => NaN),
        flat,
      ).failed,
    ).toBe(false);
    expect(soakVerdict([], flat).failed).toBe(true);
  });

  it('judges the page objects from the snapshots, and reports the whole heap and the code without judging them', () => {
    // The whole heap grows 20 % and the code 8 %: reported, not judged.
    const verdict = soakVerdict(
      run((m) => 10 + m / 15),
      flat,
    );
    expect(verdict.failed).toBe(false);
    const row = (m: string) => verdict.rows.find((r) => r.measure === m)!;
    expect(row('heap')).toMatchObject({ judged: false });
    expect(row('heap').growth).toBeCloseTo(0.2, 10);
    expect(row('objects')).toMatchObject({ judged: true });
    expect(row('objects').growth).toBeCloseTo(0.02, 10);
    expect(row('code').growth).toBeCloseTo(0.5 / 6, 10);
    const grown = { ...flat, last: { objects: 5.6e6, code: 6e6 } };
    expect(
      soakVerdict(
        run(() => 10),
        grown,
      ).failed,
    ).toBe(true);
    expect(
      soakVerdict(
        run(() => 10),
        undefined,
      ).failed,
    ).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { chevronCycle, CHEVRONS_PER_SECOND } from './chevronClock.ts';

const DAY_MS = 24 * 3600 * 1000;

describe('chevronCycle', () => {
  it('moves a chevron spacing every 1/CHEVRONS_PER_SECOND seconds and wraps to [0, 1)', () => {
    expect(chevronCycle(0)).toBe(0);
    expect(chevronCycle(500 / CHEVRONS_PER_SECOND)).toBeCloseTo(0.5, 12);
    expect(chevronCycle(1000 / CHEVRONS_PER_SECOND)).toBeCloseTo(0, 12);
  });

  it('still resolves one 60 Hz frame in float32 after thirty days', () => {
    const start = 30 * DAY_MS;
    const frame = 1000 / 60;
    const step = Math.fround(chevronCycle(start + frame)) - Math.fround(chevronCycle(start));
    const expected = (frame / 1000) * CHEVRONS_PER_SECOND;
    // (Seconds since start, which the uniform held before, move in 0.25 s jumps in float32 by then.)
    expect(Math.abs(step - expected)).toBeLessThan(expected * 0.01);
  });
});

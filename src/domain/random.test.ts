import { describe, expect, it } from 'vitest';
import { randomInt, seededRandom, splitTotal } from './random.ts';

describe('seededRandom', () => {
  it('repeats for a seed and differs across seeds', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const seqA = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(seqA);
    expect([c(), c(), c()]).not.toEqual(seqA);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });

  it('splits a total into parts that add up to it', () => {
    const rng = seededRandom(1);
    for (const total of [1, 34, 104]) {
      const parts = splitTotal(rng, total, 1, 4);
      expect(parts.reduce((s, p) => s + p, 0)).toBe(total);
      for (const p of parts) expect(p >= 1 && p <= 4).toBe(true);
    }
  });
});

describe('randomInt', () => {
  it('maps [0, 1) onto every integer from min to max, both included', () => {
    const fixed = (x: number) => () => x;
    // 1 + ⌊x × 4⌋ for 1 … 4.
    expect(randomInt(fixed(0), 1, 4)).toBe(1);
    expect(randomInt(fixed(0.5), 1, 4)).toBe(3);
    expect(randomInt(fixed(0.999), 1, 4)).toBe(4);
  });
});

/** A small seeded PRNG (mulberry32): generated data and fixtures come out the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;

export const randomInt = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));

/** Splits `total` into parts between `min` and `max` (the last part may be smaller) that sum to `total`. */
export function splitTotal(rng: Rng, total: number, min: number, max: number): number[] {
  const parts: number[] = [];
  let left = total;
  while (left > 0) {
    const part = Math.min(left, randomInt(rng, min, max));
    parts.push(part);
    left -= part;
  }
  return parts;
}

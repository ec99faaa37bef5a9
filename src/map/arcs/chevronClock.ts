/** Chevrons pass a point this many times a second. */
export const CHEVRONS_PER_SECOND = 0.8;

/**
 * How far the chevrons have moved, as a fraction of one chevron spacing, after `elapsedMs`. The shader
 * only needs this fraction; sending it instead of the seconds keeps the float32 uniform small, so after
 * days in a lobby the motion stays as smooth as in the first minute (seconds since start lose their
 * milliseconds in float32 after about a day and move in visible jumps after a month).
 */
export function chevronCycle(elapsedMs: number): number {
  const cycles = (elapsedMs / 1000) * CHEVRONS_PER_SECOND;
  return cycles - Math.floor(cycles);
}

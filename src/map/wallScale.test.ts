import { describe, expect, it } from 'vitest';
import { eventRings, roomHeight, wallNode, wallScale } from './look.ts';

describe('drawing for a wall', () => {
  it('draws 2.4× on a 2160-pixel-high wall, 1.2× at 1080 (ratio 2 makes the same glass), never below 1×', () => {
    expect(wallScale(true, 2160)).toBeCloseTo(2.4, 9);
    expect(wallScale(true, 1080)).toBeCloseTo(1.2, 9);
    expect(wallScale(true, 720)).toBe(1);
    // Off the wall (explore, embed) the look is drawn as written, on any screen.
    expect(wallScale(false, 2160)).toBe(1);
  });

  it('follows the height of a 16:9 screen of the same width on a taller one, the screen’s own otherwise', () => {
    expect(roomHeight(3840, 2160)).toBe(2160);
    expect(roomHeight(2560, 1080)).toBe(1080);
    // A portrait 1080 × 1920 lobby screen sizes as a 1080-wide landscape one would: 607.5 px high.
    expect(roomHeight(1080, 1920)).toBe(607.5);
  });

  it('grows radii, ring gaps and ring widths together', () => {
    expect(wallNode({ radius: 5, id: 'x' }, 2)).toEqual({ radius: 10, id: 'x' });
    // Written: a 3 px gap and a 2 px ring centred 1 px further out; a second ring 3 + 2 px beyond.
    expect(eventRings(5, 1)).toEqual([9]);
    expect(eventRings(5, 2)).toEqual([9, 14]);
    expect(eventRings(10, 2, 2)).toEqual([18, 28]);
    expect(eventRings(10, 0, 2)).toEqual([]);
  });
});

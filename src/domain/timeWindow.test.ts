import { describe, expect, it } from 'vitest';
import { dateMonths } from './timeWindow.ts';

describe('dateMonths', () => {
  it('gives the first and last month a date can mean', () => {
    // Month ordinals are year × 12 + (month − 1): 2021 × 12 = 24252.
    expect(dateMonths('2021')).toEqual([24252, 24263]);
    expect(dateMonths('2021-02')).toEqual([24253, 24253]);
    expect(dateMonths('2021-02-14')).toEqual([24253, 24253]);
  });

  it('refuses what is not a partial date, naming it', () => {
    expect(() => dateMonths('2021-13')).toThrow('Not a partial date: 2021-13');
  });
});

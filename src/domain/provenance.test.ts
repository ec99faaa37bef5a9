import { describe, expect, it } from 'vitest';
import { illustrativeShare } from './provenance.ts';

describe('illustrativeShare', () => {
  it('is the part of the view’s value that is not reported', () => {
    // 8 in all, 6 of them reported: 2 / 8.
    expect(illustrativeShare({ totalValue: 8, reportedValue: 6 })).toBe(0.25);
    expect(illustrativeShare({ totalValue: 5, reportedValue: 5 })).toBe(0);
    expect(illustrativeShare({ totalValue: 5, reportedValue: 0 })).toBe(1);
  });

  it('is 0 for an empty view rather than 0 / 0', () => {
    expect(illustrativeShare({ totalValue: 0, reportedValue: 0 })).toBe(0);
  });
});

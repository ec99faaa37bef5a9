import { describe, expect, it } from 'vitest';
import {
  isCertainlyBefore,
  isValidPartialDate,
  parsePartialDate,
  periodEnd,
  periodStart,
  precisionOf,
} from './dates.ts';

describe('partial dates', () => {
  it('accepts the three precisions and keeps them', () => {
    expect(parsePartialDate('2021')).toEqual({ year: 2021 });
    expect(parsePartialDate('2021-07')).toEqual({ year: 2021, month: 7 });
    expect(parsePartialDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(precisionOf('2021')).toBe('year');
    expect(precisionOf('2021-07')).toBe('month');
    expect(precisionOf('2021-07-01')).toBe('day');
  });

  it('rejects impossible and malformed dates', () => {
    for (const bad of [
      '2023-02-29',
      '2021-13',
      '2021-00',
      '2021-04-31',
      '21',
      '2021-1',
      '2021/01',
      '',
      'x',
      '2021-01-01T00:00',
    ]) {
      expect(isValidPartialDate(bad), bad).toBe(false);
    }
    expect(isValidPartialDate(2021)).toBe(false);
  });

  it('spans the whole period a coarse date covers', () => {
    expect(periodStart('2021')).toBe('2021-01-01');
    expect(periodEnd('2021')).toBe('2021-12-31');
    expect(periodEnd('2024-02')).toBe('2024-02-29');
    expect(periodEnd('2025-09-04')).toBe('2025-09-04');
  });

  it('calls a date "before" only when its whole period is', () => {
    expect(isCertainlyBefore('2025', '2025-09-04')).toBe(false);
    expect(isCertainlyBefore('2025-08', '2025-09-04')).toBe(true);
    expect(isCertainlyBefore('2025-09', '2025-09-04')).toBe(false);
    expect(isCertainlyBefore('2024', '2025')).toBe(true);
  });
});

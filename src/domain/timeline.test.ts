import { describe, expect, it } from 'vitest';
import { networkIndex } from './networkIndex.ts';
import { formatPeriod, parseTimeSelection } from '../data/period.ts';
import { testDataset } from './testDataset.ts';
import { axisPeriods, histogram, regranulate, stepSelection } from './timeline.ts';

const index = networkIndex(testDataset());

describe('timeline axis', () => {
  it('spans the version at each granularity', () => {
    expect(axisPeriods(index, 'year').map(formatPeriod)).toEqual(['2021', '2022', '2023', '2024', '2025']);
    const quarters = axisPeriods(index, 'quarter').map(formatPeriod);
    expect(quarters[0]).toBe('2021-Q1');
    expect(quarters.at(-1)).toBe('2025-Q4');
    expect(axisPeriods(index, 'month').map(formatPeriod).at(-1)).toBe('2025-10');
    expect(axisPeriods(index, 'month')).toHaveLength(58);
  });

  it('steps a range across year boundaries keeping its length', () => {
    const t = parseTimeSelection('2024-Q4..2025-Q1')!;
    expect(stepSelection(t, 1)).toEqual(parseTimeSelection('2025-Q1..2025-Q2'));
    expect(stepSelection(parseTimeSelection('2021-12')!, 1)).toEqual(parseTimeSelection('2022-01'));
  });

  it('changes granularity around the end of the selection', () => {
    expect(regranulate(parseTimeSelection('2024-07'), 'quarter', 0)).toEqual(parseTimeSelection('2024-Q3'));
    expect(regranulate(parseTimeSelection('2024-Q3'), 'year', 0)).toEqual(parseTimeSelection('2024'));
  });

  it('keeps year-only records out of months and quarters, as undated within their year', () => {
    const months = histogram(index, 'month');
    const jan2021 = months.values[0]!;
    expect(jan2021).toEqual([0, 0, 0]);
    expect(months.undatedByYear.get(2021)).toEqual([0, 3, 0]);
    const years = histogram(index, 'year');
    expect(years.values[0]).toEqual([5, 5, 0]);
    expect(years.undatedByYear.size).toBe(0);
  });
});

describe('playback', () => {
  const axis = axisPeriods(index, 'year');
  it('starts at the beginning, steps one period, and stops or loops at the end', async () => {
    const { nextPlaybackSelection } = await import('./timeline.ts');
    expect(nextPlaybackSelection(null, axis, false)).toEqual(parseTimeSelection('2021'));
    expect(nextPlaybackSelection(parseTimeSelection('2022'), axis, false)).toEqual(
      parseTimeSelection('2023'),
    );
    expect(nextPlaybackSelection(parseTimeSelection('2025'), axis, false)).toBeNull();
    expect(nextPlaybackSelection(parseTimeSelection('2024..2025'), axis, true)).toEqual(
      parseTimeSelection('2021..2022'),
    );
  });
});

describe('time transitions', () => {
  it('walks one period at a time towards the target, keeping its length', async () => {
    const { timeTween } = await import('./timeline.ts');
    const { formatTimeSelection } = await import('../data/period.ts');
    expect(
      timeTween(parseTimeSelection('2018'), parseTimeSelection('2021')).map(formatTimeSelection),
    ).toEqual(['2019', '2020']);
    expect(
      timeTween(parseTimeSelection('2019..2020'), parseTimeSelection('2022..2023')).map(formatTimeSelection),
    ).toEqual(['2020..2021', '2021..2022']);
    expect(timeTween(parseTimeSelection('2024'), parseTimeSelection('2023'))).toEqual([]);
    expect(timeTween(parseTimeSelection('2024'), parseTimeSelection('2024-Q3'))).toEqual([]);
  });
});

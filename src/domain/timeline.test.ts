import { beforeEach, describe, expect, it } from 'vitest';
import { type NetworkIndex, networkIndex } from './networkIndex.ts';
import { formatPeriod, parseTimeSelection } from '../data/period.ts';
import { testDataset } from './testDataset.ts';
import {
  axisPeriods,
  histogram,
  nextPlaybackSelection,
  regranulate,
  stepSelection,
  timeTween,
} from './timeline.ts';

// Built per test, not at load: mutation testing counts code run at load as static and reruns every test for it.
let index: NetworkIndex;
beforeEach(() => {
  index = networkIndex(testDataset());
});

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
  it('starts at the beginning, steps one period, and stops or loops at the end', async () => {
    const axis = axisPeriods(index, 'year');
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

describe('timeline details', () => {
  const sel = (text: string) => parseTimeSelection(text)!;

  it('keeps the end of a quarter or a month when changing granularity', () => {
    // The third quarter ends in September; a month stays itself.
    expect(regranulate(sel('2024-Q3'), 'month', 0)).toEqual(sel('2024-09'));
    expect(regranulate(sel('2024-Q4'), 'quarter', 0)).toEqual(sel('2024-Q4'));
    expect(regranulate(sel('2024-07'), 'month', 0)).toEqual(sel('2024-07'));
    expect(regranulate(sel('2024-12'), 'year', 0)).toEqual(sel('2024'));
    // A year ends in December.
    expect(regranulate(sel('2024'), 'month', 0)).toEqual(sel('2024-12'));
  });

  it('has no axis for a version without flows or events', () => {
    expect(axisPeriods(networkIndex(testDataset([])), 'year')).toEqual([]);
  });

  it('takes the tallest period’s total as the maximum, and at least 1', () => {
    const index = networkIndex(testDataset());
    // 2021: year-only 3 + month 2 + day 5 = 10; 2022: 1; 2025: 1.
    expect(histogram(index, 'year').max).toBe(10);
    expect(histogram(index, 'year', () => false).max).toBe(1);
  });

  it('counts only the records `include` accepts', () => {
    const index = networkIndex(testDataset());
    // Record 2 is "day": project, 5, on 2021-02-14.
    const h = histogram(index, 'year', (i) => i === 2);
    expect(h.values[0]).toEqual([5, 0, 0]);
    expect(
      h.values
        .slice(1)
        .flat()
        .every((v) => v === 0),
    ).toBe(true);
    expect(h.max).toBe(5);
  });

  it('has nothing to play on an empty axis', () => {
    expect(nextPlaybackSelection(null, [], false)).toBeNull();
    expect(nextPlaybackSelection(sel('2022'), [], true)).toBeNull();
  });

  it('restarts playback when the selection has another granularity than the axis', () => {
    const axis = axisPeriods(networkIndex(testDataset()), 'year');
    expect(nextPlaybackSelection(sel('2022-Q1'), axis, false)).toEqual(sel('2021'));
  });

  it('has no transition from or to nothing, nor to the same place', () => {
    expect(timeTween(null, sel('2021'))).toEqual([]);
    expect(timeTween(sel('2021'), null)).toEqual([]);
    expect(timeTween(sel('2021'), sel('2021'))).toEqual([]);
  });

  it('walks a jump of 24 periods but not one of 25', () => {
    // 2000 → 2024 passes 2001 … 2023.
    const walk = timeTween(sel('2000'), sel('2024'));
    expect(walk).toHaveLength(23);
    expect(walk[0]).toEqual(sel('2001'));
    expect(walk.at(-1)).toEqual(sel('2023'));
    expect(timeTween(sel('2000'), sel('2025'))).toEqual([]);
  });
});

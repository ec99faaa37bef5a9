import { beforeEach, describe, expect, it } from 'vitest';
import { FLOW_TYPES, NODE_KINDS } from '../data/schema.ts';
import { type NetworkIndex, networkIndex } from './networkIndex.ts';
import { testDataset } from './testDataset.ts';
import { axisPeriods } from './timeline.ts';
import { ALL_TIME } from './timeWindow.ts';
import { timelineScale } from './fixedScale.ts';

// Built per test, not at load: mutation testing counts code run at load as static and reruns every test for it.
let index: NetworkIndex;
beforeEach(() => {
  index = networkIndex(testDataset());
});
const query = { window: ALL_TIME, types: [...FLOW_TYPES], kinds: [...NODE_KINDS] };

describe('one scale for the whole timeline', () => {
  it('takes the widest edge of any single period, and says which period it is', () => {
    // By year: 2021 talent minsk→qingdao 3 + 2 = 5 and project qingdao→minsk 5; 2022: 1; 2025: 1.
    const s = timelineScale(index, query, axisPeriods(index, 'year'), 'period');
    expect(s.maxEdgeValue).toBe(5);
    expect(s.widestIn).toEqual({ granularity: 'year', year: 2021 });
    // Qingdao in 2021: 5 talent in + 5 projects out = 10.
    expect(s.maxNodeActivity).toBe(10);
  });

  it('in cumulative mode is the running total at the end', () => {
    // All time: minsk→qingdao talent 5 (the 2022 project back is another edge), qingdao: 5 + 5 + 1 + 1 = 12.
    const s = timelineScale(index, query, axisPeriods(index, 'year'), 'cumulative');
    expect(s.maxEdgeValue).toBe(5);
    expect(s.maxNodeActivity).toBe(12);
  });

  it('names the earliest of the periods that tie for the widest edge', () => {
    // Cumulative by year the widest edge is 5 from 2021 (talent minsk→qingdao 3 + 2, project qingdao→minsk 5)
    // to the end: the scale is set in 2021.
    const s = timelineScale(index, query, axisPeriods(index, 'year'), 'cumulative');
    expect(s.widestIn).toEqual({ granularity: 'year', year: 2021 });
  });

  it('follows the filters: talent only', () => {
    const s = timelineScale(index, { ...query, types: ['talent'] }, axisPeriods(index, 'quarter'), 'period');
    // By quarter the year-dated 3 counts in no quarter; 2021-Q1 holds the month-dated 2.
    expect(s.maxEdgeValue).toBe(2);
    expect(s.widestIn).toEqual({ granularity: 'quarter', year: 2021, index: 1 });
  });
});

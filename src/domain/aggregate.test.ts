import { describe, expect, it } from 'vitest';
import { FLOW_TYPES, NODE_KINDS } from '../data/schema.ts';
import { aggregate } from './aggregate.ts';
import { networkIndex } from './networkIndex.ts';
import { parseTimeSelection } from '../data/period.ts';
import { testDataset } from './testDataset.ts';
import { monthWindow } from './timeWindow.ts';

const index = networkIndex(testDataset());
const view = (
  time: string | null,
  mode: 'period' | 'cumulative' = 'period',
  types = [...FLOW_TYPES],
  kinds = [...NODE_KINDS],
) => aggregate(index, { window: monthWindow(time ? parseTimeSelection(time) : null, mode), types, kinds });
const talentIn = (a: ReturnType<typeof view>) => a.edges.find((e) => e.type === 1)?.value ?? 0;

describe('aggregate over a time window', () => {
  it('counts a year-only record in its year but never in a quarter or month of it', () => {
    expect(talentIn(view('2021'))).toBe(5);
    expect(talentIn(view('2021-Q1'))).toBe(2);
    expect(talentIn(view('2021-02'))).toBe(2);
    expect(talentIn(view('2021-01'))).toBe(0);
  });

  it('adds a coarse record to cumulative views only once its whole period has passed', () => {
    expect(talentIn(view('2021-Q3', 'cumulative'))).toBe(2);
    expect(talentIn(view('2021-Q4', 'cumulative'))).toBe(5);
    expect(talentIn(view('2030', 'cumulative'))).toBe(5);
  });

  it('covers ranges across years', () => {
    const a = view('2021..2022');
    expect(a.edges.reduce((s, e) => s + e.records, 0)).toBe(4);
    expect(view('2022..2022').edges.map((e) => e.value)).toEqual([1]);
  });

  it('keeps reciprocal edges and types apart and sorts small to large', () => {
    const a = view(null);
    expect(
      a.edges.map((e) => [index.nodes[e.source]!.id, index.nodes[e.target]!.id, FLOW_TYPES[e.type], e.value]),
    ).toEqual([
      ['qingdao', 'wuhan', 'agreement', 1],
      ['minsk', 'qingdao', 'project', 1],
      ['qingdao', 'minsk', 'project', 5],
      ['minsk', 'qingdao', 'talent', 5],
    ]);
    expect(a.maxEdgeValue).toBe(5);
    expect([...a.nodeActivity]).toEqual([12, 1, 11]);
  });

  it('shows a node only once it exists', () => {
    expect([...view('2024').nodeVisible]).toEqual([1, 0, 1]);
    expect([...view('2025').nodeVisible]).toEqual([1, 1, 1]);
  });

  it('filters by flow type and by node kind', () => {
    expect(view(null, 'period', ['agreement']).edges).toHaveLength(1);
    const noHubs = view(null, 'period', [...FLOW_TYPES], ['center', 'partner']);
    expect(noHubs.edges.some((e) => index.nodes[e.target]!.kind === 'hub')).toBe(false);
    expect([...noHubs.nodeVisible]).toEqual([1, 0, 1]);
  });
});

import { describe, expect, it } from 'vitest';
import { FLOW_TYPES, NODE_KINDS } from '../data/schema.ts';
import { aggregate } from './aggregate.ts';
import { compareAggregates, comparisonAggregate, STATUS_EMPHASIS } from './compare.ts';
import { networkIndex } from './networkIndex.ts';
import { parseTimeSelection } from '../data/period.ts';
import { testDataset, testFlow } from './testDataset.ts';
import { monthWindow } from './timeWindow.ts';

const index = networkIndex(testDataset());
const at = (time: string) => ({
  index,
  agg: aggregate(index, {
    window: monthWindow(parseTimeSelection(time), 'period'),
    types: [...FLOW_TYPES],
    kinds: [...NODE_KINDS],
  }),
});

describe('comparing two views', () => {
  it('gives each edge its change between two periods', () => {
    const rows = compareAggregates(at('2021'), at('2022'));
    expect(rows.map((r) => [r.source, r.target, FLOW_TYPES[r.type], r.before, r.after, r.status])).toEqual([
      ['minsk', 'qingdao', 'talent', 5, 0, 'removed'],
      ['qingdao', 'minsk', 'project', 5, 0, 'removed'],
      ['minsk', 'qingdao', 'project', 0, 1, 'added'],
    ]);
  });

  it('compares the same view of two versions by node ids', () => {
    const later = networkIndex(
      testDataset([...testDataset().flows, testFlow('more', 'talent', 'minsk', 'qingdao', '2021-03', 4)]),
    );
    const all = { window: monthWindow(null, 'cumulative'), types: [...FLOW_TYPES], kinds: [...NODE_KINDS] };
    const rows = compareAggregates(
      { index, agg: aggregate(index, all) },
      { index: later, agg: aggregate(later, all) },
    );
    const talent = rows.find((r) => FLOW_TYPES[r.type] === 'talent')!;
    expect(talent).toMatchObject({ before: 5, after: 9, status: 'increased' });
    expect(rows.filter((r) => r.status === 'same')).toHaveLength(3);
  });

  it('turns the comparison into drawable edges sized by the change', () => {
    const rows = compareAggregates(at('2021'), at('2022'));
    const { agg, emphasis } = comparisonAggregate(index, rows, new Uint8Array([1, 1, 1]), []);
    expect(agg.edges.map((e) => e.value)).toEqual([1, 5, 5]);
    expect(agg.edges.map((e) => emphasis.get(e))).toEqual([
      STATUS_EMPHASIS.added,
      STATUS_EMPHASIS.removed,
      STATUS_EMPHASIS.removed,
    ]);
  });
});

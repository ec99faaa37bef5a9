import { describe, expect, it } from 'vitest';
import { FLOW_TYPES, NODE_KINDS } from '../data/schema.ts';
import { aggregate } from './aggregate.ts';
import { compareAggregates } from './compare.ts';
import { networkIndex } from './networkIndex.ts';
import { testDataset, testFlow } from './testDataset.ts';
import { ALL_TIME, monthWindow } from './timeWindow.ts';
import { parseTimeSelection } from '../data/period.ts';
import { viewFacts } from './viewFacts.ts';

const query = (time: string | null) => ({
  window: time === null ? ALL_TIME : monthWindow(parseTimeSelection(time), 'period'),
  types: [...FLOW_TYPES],
  kinds: [...NODE_KINDS],
});

describe('the facts the words under the map are written from', () => {
  it('counts records and value by type, largest first, and names the busiest partners', () => {
    // The test dataset: talent minsk→qingdao 3 + 2, project qingdao→minsk 5 and minsk→qingdao 1,
    // agreement qingdao→wuhan 1; all illustrative.
    const index = networkIndex(testDataset());
    const facts = viewFacts(index, aggregate(index, query(null)), null);
    expect(facts).toEqual({
      records: 5,
      value: 12,
      byType: [
        { type: 'project', value: 6 },
        { type: 'talent', value: 5 },
        { type: 'agreement', value: 1 },
      ],
      // Only international cooperation nodes: Minsk (11), not the center or the hub.
      topPartners: [{ id: 'minsk', value: 11 }],
      events: 0,
      illustrativeShare: 1,
      change: null,
    });
  });

  it('keeps to the window: 2022 has one project record of value 1', () => {
    const index = networkIndex(testDataset());
    const facts = viewFacts(index, aggregate(index, query('2022')), null);
    expect([facts.records, facts.value, facts.byType]).toEqual([1, 1, [{ type: 'project', value: 1 }]]);
  });

  it('says what changed against a comparison: totals before and after, and how many flows grew, shrank, came or went', () => {
    const before = networkIndex(testDataset());
    const later = networkIndex(
      testDataset([
        testFlow('a', 'talent', 'minsk', 'qingdao', '2021', 9),
        testFlow('b', 'project', 'qingdao', 'minsk', '2021', 2),
        testFlow('c', 'agreement', 'minsk', 'qingdao', '2021', 4),
        testFlow('d', 'agreement', 'qingdao', 'wuhan', '2025-10-01', 1),
      ]),
    );
    const q = query(null);
    const rows = compareAggregates(
      { index: before, agg: aggregate(before, q) },
      { index: later, agg: aggregate(later, q) },
    );
    // talent 5 → 9 grew; project qingdao→minsk 5 → 2 shrank; agreement minsk→qingdao new;
    // project minsk→qingdao (1) gone; agreement qingdao→wuhan (1) the same, and not counted as a change.
    expect(viewFacts(later, aggregate(later, q), rows).change).toEqual({
      before: 12,
      after: 16,
      increased: 1,
      decreased: 1,
      added: 1,
      removed: 1,
    });
  });

  it('names the three busiest partners, largest first, ties by id, and orders types by value', () => {
    const dataset = testDataset([
      testFlow('a', 'agreement', 'qingdao', 'moscow', '2021', 7),
      testFlow('b', 'agreement', 'qingdao', 'almaty', '2021', 4),
      testFlow('c', 'project', 'qingdao', 'tashkent', '2021', 4),
      testFlow('d', 'talent', 'minsk', 'qingdao', '2021', 2),
      // Wuhan is a hub, not a partner: never named, however busy.
      testFlow('e', 'talent', 'qingdao', 'wuhan', '2025-10', 9),
    ]);
    const minsk = dataset.nodes[2]!;
    // Tashkent before Almaty in the file: the tie is broken by id, not by file order.
    for (const id of ['moscow', 'tashkent', 'almaty']) dataset.nodes.push({ ...minsk, id });
    const index = networkIndex(dataset);
    const facts = viewFacts(index, aggregate(index, query(null)), null);
    // Almaty and Tashkent tie at 4: Almaty first by id; Minsk (2) is fourth and left out.
    expect(facts.topPartners).toEqual([
      { id: 'moscow', value: 7 },
      { id: 'almaty', value: 4 },
      { id: 'tashkent', value: 4 },
    ]);
    // A window where no partner is active names none (Wuhan, the hub, is).
    expect(viewFacts(index, aggregate(index, query('2025')), null).topPartners).toEqual([]);
    // Projects come first in FLOW_TYPES but carry least; talent and agreements tie at 11, in FLOW_TYPES order.
    expect(facts.byType).toEqual([
      { type: 'talent', value: 11 },
      { type: 'agreement', value: 11 },
      { type: 'project', value: 4 },
    ]);
  });
});

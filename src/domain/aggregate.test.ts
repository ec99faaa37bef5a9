import { beforeEach, describe, expect, it } from 'vitest';
import { FLOW_TYPES, NODE_KINDS, type Event, type Flow } from '../data/schema.ts';
import {
  aggregate,
  applyCountryVisibility,
  countryMask,
  finishAggregate,
  nodeActivityOf,
  provenanceOf,
  viewEvents,
  visibleNodes,
  type Aggregate,
  type Edge,
  type ViewQuery,
} from './aggregate.ts';
import { naiveAggregate } from './naiveAggregate.ts';
import { type NetworkIndex, networkIndex } from './networkIndex.ts';
import { parseTimeSelection } from '../data/period.ts';
import { testDataset, testFlow } from './testDataset.ts';
import { ALL_TIME, monthWindow } from './timeWindow.ts';

// Built per test, not at load: mutation testing counts code run at load as static and reruns every test for it.
let index: NetworkIndex;
beforeEach(() => {
  index = networkIndex(testDataset());
});
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

// Nodes by index: 0 qingdao (center, CN), 1 wuhan (hub, CN, from 2025-09), 2 minsk (partner, BY).
const L = { zh: 'e', en: 'e', ru: 'e' };
const reported = (f: Flow): Flow => ({ ...f, provenance: 'reported' });
const event = (id: string, node: string, date: string, provenance: Event['provenance']): Event => ({
  id,
  node,
  date,
  kind: 'conference',
  title: L,
  provenance,
  sources: [],
});
const month = (year: number, m: number) => year * 12 + m - 1;

/** Every ordered pair of nodes, so edges that differ only in source, target or type sit side by side. */
function mixedDataset() {
  const dataset = testDataset([
    reported(testFlow('a', 'project', 'minsk', 'qingdao', '2025-10', 1)),
    testFlow('b', 'talent', 'wuhan', 'qingdao', '2025-10', 2),
    reported(testFlow('c', 'talent', 'qingdao', 'minsk', '2025-10', 3)),
    testFlow('d', 'project', 'wuhan', 'minsk', '2025-10', 4),
    reported(testFlow('e', 'agreement', 'qingdao', 'wuhan', '2025-10', 5)),
    testFlow('f', 'project', 'minsk', 'wuhan', '2025-11', 6),
    reported(testFlow('g', 'project', 'minsk', 'wuhan', '2025-12', 7)),
  ]);
  dataset.nodes = dataset.nodes.map((n) => ({ ...n, provenance: 'reported' }));
  dataset.events = [
    event('wuhan-opening', 'wuhan', '2025-10-05', 'reported'),
    event('wuhan-meeting', 'wuhan', '2025-11', 'illustrative'),
    event('minsk-visit', 'minsk', '2024-05', 'reported'),
    event('qingdao-summit', 'qingdao', '2025-12-01', 'reported'),
  ];
  return dataset;
}

describe.each([
  ['aggregate', aggregate],
  ['naiveAggregate', naiveAggregate],
])('%s over hand-written records', (_, aggregateWith) => {
  // Built inside each test (not while collecting them), so a crash counts as a failing test.
  const run = (q: ViewQuery) => aggregateWith(networkIndex(mixedDataset()), q);
  const query: ViewQuery = { window: ALL_TIME, types: [...FLOW_TYPES], kinds: [...NODE_KINDS] };
  const rows = (a: Aggregate) =>
    a.edges.map((e) => [
      e.source,
      e.target,
      FLOW_TYPES[e.type],
      e.value,
      e.records,
      e.reported,
      e.provenance,
    ]);

  it('keeps every (source, target, type) apart and says which part of each is reported', () => {
    const a = run(query);
    expect(rows(a)).toEqual([
      [2, 0, 'project', 1, 1, 1, 'reported'],
      [1, 0, 'talent', 2, 1, 0, 'illustrative'],
      [0, 2, 'talent', 3, 1, 3, 'reported'],
      [1, 2, 'project', 4, 1, 0, 'illustrative'],
      [0, 1, 'agreement', 5, 1, 5, 'reported'],
      // f (6, illustrative) and g (7, reported).
      [2, 1, 'project', 13, 2, 7, 'mixed'],
    ]);
    // qingdao a+b+c+e = 1+2+3+5, wuhan b+d+e+f+g = 2+4+5+13, minsk a+c+d+f+g = 1+3+4+13.
    expect([...a.nodeActivity]).toEqual([11, 24, 21]);
    expect([...a.nodeReported]).toEqual([9, 12, 11]);
    expect(a.totalValue).toBe(28);
    expect(a.reportedValue).toBe(16);
    expect(a.maxEdgeValue).toBe(13);
    expect(a.maxNodeActivity).toBe(24);
  });

  it('counts only reported records with the reported filter', () => {
    const a = run({ ...query, provenance: 'reported' });
    expect(rows(a)).toEqual([
      [2, 0, 'project', 1, 1, 1, 'reported'],
      [0, 2, 'talent', 3, 1, 3, 'reported'],
      [0, 1, 'agreement', 5, 1, 5, 'reported'],
      [2, 1, 'project', 7, 1, 7, 'reported'],
    ]);
    expect(a.totalValue).toBe(16);
    expect(a.reportedValue).toBe(16);
  });

  it('keeps an edge whose value equals the minimum and drops smaller ones', () => {
    expect(rows(run({ ...query, minValue: 5 })).map((r) => r[3])).toEqual([5, 13]);
  });

  it('with a country filter keeps flows with an end there, and hides nodes left without one', () => {
    const a = run({ ...query, countries: ['BY'], types: ['talent'] });
    // b (wuhan → qingdao) has no end in Belarus; c (qingdao → minsk) has.
    expect(rows(a)).toEqual([[0, 2, 'talent', 3, 1, 3, 'reported']]);
    // Wuhan is not in Belarus and has no flow left; Qingdao is not either but keeps c.
    expect([...a.nodeVisible]).toEqual([1, 0, 1]);
  });

  it('lists the events wholly in the window at visible nodes, and counts them per node', () => {
    const in2025 = run({ ...query, window: { from: month(2025, 1), to: month(2025, 12) } });
    expect(in2025.events).toEqual([0, 1, 3]);
    expect([...in2025.nodeEvents]).toEqual([1, 2, 0]);
    const everything = run(query);
    expect(everything.events).toEqual([0, 1, 2, 3]);
    expect([...everything.nodeEvents]).toEqual([1, 2, 1]);
  });

  it('leaves out illustrative events with the reported filter, and events at hidden nodes', () => {
    expect(run({ ...query, provenance: 'reported' }).events).toEqual([0, 2, 3]);
    expect(run({ ...query, kinds: ['center', 'partner'] }).events).toEqual([2, 3]);
  });
});

describe('aggregate building blocks', () => {
  // Qingdao and Minsk reported, Wuhan illustrative; one event at each of the last two.
  const smallIndex = () => {
    const dataset = testDataset([]);
    dataset.nodes[0] = { ...dataset.nodes[0]!, provenance: 'reported' };
    dataset.nodes[2] = { ...dataset.nodes[2]!, provenance: 'reported' };
    dataset.events = [
      event('at-wuhan', 'wuhan', '2025-10-05', 'illustrative'),
      event('at-minsk', 'minsk', '2025-10-06', 'reported'),
    ];
    return networkIndex(dataset);
  };

  it('names an edge’s provenance from its record counts', () => {
    expect(provenanceOf(3, 3)).toBe('reported');
    expect(provenanceOf(3, 0)).toBe('illustrative');
    expect(provenanceOf(3, 1)).toBe('mixed');
  });

  it('masks the nodes of the chosen countries, or none when no country is chosen', () => {
    const index = smallIndex();
    expect([...countryMask(index, ['BY'])]).toEqual([0, 0, 1]);
    expect([...countryMask(index, ['CN'])]).toEqual([1, 1, 0]);
    expect([...countryMask(index, [])]).toEqual([1, 1, 1]);
    expect([...countryMask(index, undefined)]).toEqual([1, 1, 1]);
  });

  it('hides, only when filtering by country, the nodes outside it without activity', () => {
    const inCountry = Uint8Array.from([1, 0, 0]);
    const activity = Float64Array.from([0, 0, 5]);
    const filtered = Uint8Array.from([1, 1, 1]);
    applyCountryVisibility(filtered, inCountry, activity, true);
    // 0 is in the country; 1 is outside with nothing; 2 is outside but active.
    expect([...filtered]).toEqual([1, 0, 1]);
    const unfiltered = Uint8Array.from([1, 1, 1]);
    applyCountryVisibility(unfiltered, inCountry, activity, false);
    expect([...unfiltered]).toEqual([1, 1, 1]);
  });

  it('shows a node from the month it starts, and all provenances unless asked for reported only', () => {
    const index = smallIndex();
    // Wuhan starts 2025-09-04, so in the month 2025-09; its record is illustrative.
    expect([...visibleNodes(index, NODE_KINDS, { from: -Infinity, to: month(2025, 9) })]).toEqual([1, 1, 1]);
    expect([...visibleNodes(index, NODE_KINDS, { from: -Infinity, to: month(2025, 8) })]).toEqual([1, 0, 1]);
    expect([...visibleNodes(index, NODE_KINDS, ALL_TIME, 'reported')]).toEqual([1, 0, 1]);
  });

  it('takes events of every provenance unless asked for reported only', () => {
    const index = smallIndex();
    const visible = Uint8Array.from([1, 1, 1]);
    expect(viewEvents(index, ALL_TIME, visible)).toEqual([0, 1]);
    expect(viewEvents(index, ALL_TIME, visible, 'reported')).toEqual([1]);
  });

  it('sorts edges by value, then source, target and type', () => {
    const index = smallIndex();
    const e = (source: number, target: number, type: number, value: number): Edge => ({
      source,
      target,
      type,
      value,
      records: 1,
      reported: 0,
      provenance: 'illustrative',
    });
    const edges = [e(1, 0, 0, 2), e(0, 2, 1, 2), e(0, 1, 2, 2), e(0, 1, 0, 2), e(2, 0, 0, 1)];
    const a = finishAggregate(
      edges,
      nodeActivityOf(edges, 3),
      Uint8Array.from([1, 1, 1]),
      [],
      index.eventNode,
    );
    expect(a.edges.map((x) => [x.value, x.source, x.target, x.type])).toEqual([
      [1, 2, 0, 0],
      [2, 0, 1, 0],
      [2, 0, 1, 2],
      [2, 0, 2, 1],
      [2, 1, 0, 0],
    ]);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { FLOW_TYPES, NODE_KINDS } from '../data/schema.ts';
import { testDataset } from '../domain/testDataset.ts';
import { parseTimeSelection } from '../data/period.ts';
import { selectScene, type SceneChoices } from './scene.ts';

// Counts the aggregations behind every scene, without changing what they return.
const calls = vi.hoisted(() => ({ aggregate: 0 }));
vi.mock('../domain/aggregate.ts', async (original) => {
  const actual = await original<typeof import('../domain/aggregate.ts')>();
  return {
    ...actual,
    aggregate: (...args: Parameters<typeof actual.aggregate>) => {
      calls.aggregate++;
      return actual.aggregate(...args);
    },
  };
});

const base: SceneChoices = {
  time: null,
  mode: 'cumulative',
  types: FLOW_TYPES,
  kinds: NODE_KINDS,
  countries: [],
  minValue: 0,
  provenance: 'all',
  compare: null,
  lang: 'en',
  hovered: null,
  node: null,
  edge: null,
};

describe('the one scene', () => {
  it('aggregates once per view change, however many panels ask and however the pointer moves', () => {
    const dataset = testDataset();
    calls.aggregate = 0;
    const first = selectScene(dataset, undefined, base);
    // The map, the legend, the side panel, the table and the export all ask for the same view.
    for (let i = 0; i < 5; i++) expect(selectScene(dataset, undefined, { ...base })).toBe(first);
    const hovered = selectScene(dataset, undefined, { ...base, hovered: 'minsk' });
    expect(hovered.arcs).toBe(first.arcs);
    expect(hovered.highlight).toBe(2);
    expect(calls.aggregate).toBe(1);
    const time = parseTimeSelection('2021')!;
    selectScene(dataset, undefined, { ...base, time });
    selectScene(dataset, undefined, { ...base, time, hovered: 'wuhan' });
    expect(calls.aggregate).toBe(2);
  });

  it('draws, when comparing, each edge’s change, and the legend reads the same maximum', () => {
    const dataset = testDataset();
    const scene = selectScene(dataset, undefined, {
      ...base,
      time: parseTimeSelection('2022')!,
      compare: parseTimeSelection('2021')!,
      mode: 'period',
    });
    // 2021: minsk→qingdao talent 5, qingdao→minsk project 5; 2022: minsk→qingdao project 1.
    expect(scene.comparison?.kind).toBe('period');
    expect(scene.drawn.edges.map((e) => e.value).sort()).toEqual([1, 5, 5]);
    expect(scene.agg.edges.map((e) => e.value)).toEqual([1]);
    expect(scene.drawn.maxEdgeValue).toBe(5);
    expect(scene.arcs.maxValue).toBe(5);
  });
});

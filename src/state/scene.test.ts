import { describe, expect, it, vi } from 'vitest';
import { testDataset } from '../domain/testDataset.ts';
import { parseTimeSelection } from '../data/period.ts';
import { ARC } from '../domain/arcs.ts';
import { selectScene, type SceneChoices } from './scene.ts';
import { testChoices } from './testChoices.ts';

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

const base: SceneChoices = testChoices;

describe('the one scene', () => {
  it('aggregates once per view change, however many panels ask and however the pointer moves', () => {
    const dataset = testDataset();
    calls.aggregate = 0;
    const first = selectScene(dataset, undefined, base);
    // The map, the legend, the side panel, the table and the export all ask for the same view.
    for (let i = 0; i < 5; i++) expect(selectScene(dataset, undefined, { ...base })).toBe(first);
    const hovered = selectScene(dataset, undefined, { ...base, hovered: 'minsk' });
    expect(hovered.arcs).toBe(first.arcs);
    expect(hovered.highlight).toEqual({ nodes: [2], between: false });
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

  it('draws every period on one scale unless the reader fits it, and always while playing', () => {
    const dataset = testDataset();
    const y2022 = { ...base, time: parseTimeSelection('2022')!, mode: 'period' as const };
    // 2022 holds one edge of 1; the widest single year (2021) holds 5.
    const fixed = selectScene(dataset, undefined, { ...y2022, scale: 'fixed' });
    expect(fixed.scale).toMatchObject({ maxEdgeValue: 5, fixed: true, widestIn: { year: 2021 } });
    expect(fixed.arcs.data[ARC.width]).toBeCloseTo(11 * Math.sqrt(1 / 5), 4);
    const fitted = selectScene(dataset, undefined, { ...y2022, scale: 'fitted' });
    expect(fitted.scale).toMatchObject({ maxEdgeValue: 1, fixed: false, widestIn: null });
    expect(fitted.arcs.data[ARC.width]).toBeCloseTo(11, 4);
    const playing = selectScene(dataset, undefined, { ...y2022, scale: 'fitted', playing: true });
    expect(playing.scale.fixed).toBe(true);
    expect(playing.arcs.data[ARC.width]).toBeCloseTo(11 * Math.sqrt(1 / 5), 4);
  });

  it('keeps a comparison on the scale of its own largest change', () => {
    const scene = selectScene(testDataset(), undefined, {
      ...base,
      scale: 'fixed',
      time: parseTimeSelection('2022')!,
      compare: parseTimeSelection('2021')!,
      mode: 'period',
    });
    expect(scene.scale).toMatchObject({ maxEdgeValue: 5, fixed: false });
  });

  it("keeps a story step's named nodes bright, unless a node is hovered or selected", () => {
    const dataset = testDataset();
    // Nodes by index: 0 qingdao, 1 wuhan, 2 minsk; an id the version lacks is left out.
    const step = selectScene(dataset, undefined, { ...base, focus: ['minsk', 'qingdao', 'tokyo'] });
    expect(step.highlight).toEqual({ nodes: [2, 0], between: true });
    expect(step.connected).toEqual(new Set([2, 0]));
    expect(selectScene(dataset, undefined, { ...base, focus: ['minsk', 'qingdao', 'tokyo'] })).toBe(step);
    const hovered = selectScene(dataset, undefined, {
      ...base,
      focus: ['minsk', 'qingdao'],
      hovered: 'wuhan',
    });
    expect(hovered.highlight).toEqual({ nodes: [1], between: false });
    expect(selectScene(dataset, undefined, { ...base, focus: ['tokyo'] }).highlight).toBeNull();
    // One named place: it and all its flows, as when it is selected.
    expect(selectScene(dataset, undefined, { ...base, focus: ['minsk', 'tokyo'] }).highlight).toEqual({
      nodes: [2],
      between: false,
    });
  });

  it('treats a selection the filters hide as none: no highlight from a hidden edge or node', () => {
    const dataset = testDataset();
    const hiddenEdge = selectScene(dataset, undefined, {
      ...base,
      types: ['project'],
      edge: 'minsk~qingdao~talent',
    });
    expect(hiddenEdge.highlight).toBeNull();
    const shownEdge = selectScene(dataset, undefined, { ...base, edge: 'minsk~qingdao~talent' });
    // Minsk is node 2: its flows stay bright.
    expect(shownEdge.highlight).toEqual({ nodes: [2], between: false });
    const hiddenNode = selectScene(dataset, undefined, {
      ...base,
      kinds: ['center', 'partner'],
      node: 'wuhan',
    });
    expect(hiddenNode.highlight).toBeNull();
  });
});

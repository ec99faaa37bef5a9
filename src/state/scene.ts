/**
 * The one scene selector: everything every renderer and panel shows for the current view, computed once
 * per view change, outside React. The map, the SVG fallback, the PNG export, the legend, the panels and the
 * table all read the same object, so they cannot disagree (in comparison mode the legend's scale is the
 * map's). Each stage is memoised on exactly its inputs, so scrubbing time rebuilds arcs but hovering
 * rebuilds only the highlight.
 */
import {
  FLOW_TYPES,
  type Dataset,
  type FlowType,
  type Lang,
  type NodeKind,
  type Source,
} from '../data/schema.ts';
import {
  aggregate,
  type Aggregate,
  type Edge,
  type ProvenanceFilter,
  type ViewQuery,
} from '../domain/aggregate.ts';
import { arcGeometry, changeMarks, type ArcGeometry, type ChangeMark } from '../domain/arcs.ts';
import { parseEdgeId } from '../domain/edgeId.ts';
import { compareAggregates, comparisonAggregate, type ComparedEdge } from '../domain/compare.ts';
import { fittedScale, timelineScale, type ScaleDomain } from '../domain/fixedScale.ts';
import { axisPeriods } from '../domain/timeline.ts';
import { networkIndex, type NetworkIndex } from '../domain/networkIndex.ts';
import { nodePoints, type NodePoint } from '../domain/nodePoints.ts';
import { brightNodes, singleHighlight, type Highlight } from '../domain/highlight.ts';
import { countryTotals } from '../domain/nodeDetails.ts';
import type { Granularity, Mode, TimeSelection } from '../data/period.ts';
import { viewRecords } from '../domain/table.ts';
import { monthWindow } from '../domain/timeWindow.ts';
import { nodeLabel } from '../i18n/nodeLabel.ts';
import { memoLast } from './memoLast.ts';
import type { ScaleChoice } from './url.ts';

/** The reader's choices the scene depends on (read from the store by `useScene`). */
export interface SceneChoices {
  time: TimeSelection | null;
  mode: Mode;
  types: readonly FlowType[];
  kinds: readonly NodeKind[];
  countries: readonly string[];
  minValue: number;
  provenance: ProvenanceFilter;
  compare: TimeSelection | null;
  lang: Lang;
  hovered: string | null;
  node: string | null;
  edge: string | null;
  /** A story step's named nodes (ids): they and the flows between them stay bright when nothing else is in focus. */
  focus: readonly string[] | null;
  /** Widths and sizes on one scale for the whole timeline (`fixed`), or fitted to the window shown. */
  scale: ScaleChoice;
  /** Playback always uses the fixed scale, whatever the reader chose, so widths mean the same in each frame. */
  playing: boolean;
}

export interface Comparison {
  kind: 'period' | 'version';
  rows: ComparedEdge[];
}

export interface Scene {
  index: NetworkIndex;
  query: ViewQuery;
  /** The view itself, before any comparison: tables, details and figures read it. */
  agg: Aggregate;
  comparison: Comparison | null;
  /** What the map draws: the view, or its change when comparing. */
  drawn: Aggregate;
  /**
   * The values drawn at full width and size, and whether they are the timeline's (fixed) or the view's
   * own; the legend reads them. A comparison is always fitted to its largest change.
   */
  scale: ScaleDomain & { fixed: boolean };
  arcs: ArcGeometry;
  /** A comparison's new and gone edges, marked at the middle of their arcs (empty otherwise). */
  marks: ChangeMark[];
  nodes: NodePoint[];
  /** What stays bright while the rest dims (src/domain/highlight.ts), or null. */
  highlight: Highlight | null;
  /** Node indices that stay bright while highlighting. */
  connected: ReadonlySet<number>;
}

/** The part of the scene the map renderers draw. */
export type MapScene = Pick<Scene, 'arcs' | 'marks' | 'nodes' | 'highlight' | 'connected'>;

const queryOf = memoLast(
  (
    time: TimeSelection | null,
    mode: Mode,
    types: readonly FlowType[],
    kinds: readonly NodeKind[],
    countries: readonly string[],
    minValue: number,
    provenance: ProvenanceFilter,
  ): ViewQuery => ({ window: monthWindow(time, mode), types, kinds, countries, minValue, provenance }),
);

const aggregateOf = memoLast((index: NetworkIndex, query: ViewQuery) => aggregate(index, query));

const comparisonOf = memoLast(
  (
    index: NetworkIndex,
    agg: Aggregate,
    query: ViewQuery,
    compare: TimeSelection | null,
    mode: Mode,
    baseline: Dataset | undefined,
  ): Comparison | null => {
    if (compare) {
      const before = aggregate(index, { ...query, window: monthWindow(compare, mode) });
      return { kind: 'period', rows: compareAggregates({ index, agg: before }, { index, agg }) };
    }
    if (baseline && baseline !== index.dataset) {
      const other = networkIndex(baseline);
      return {
        kind: 'version',
        rows: compareAggregates({ index: other, agg: aggregate(other, query) }, { index, agg }),
      };
    }
    return null;
  },
);

const drawnOf = memoLast(
  (
    index: NetworkIndex,
    agg: Aggregate,
    comparison: Comparison | null,
  ): { agg: Aggregate; emphasis?: Map<Edge, number> } =>
    comparison ? comparisonAggregate(index, comparison.rows, agg.nodeVisible, agg.events) : { agg },
);

/** The view's filters without its window: the fixed scale depends on these, not on the period shown. */
const filtersOf = memoLast((query: ViewQuery): Omit<ViewQuery, 'window'> => ({
  types: query.types,
  kinds: query.kinds,
  countries: query.countries,
  minValue: query.minValue,
  provenance: query.provenance,
}));

const timelineScaleOf = memoLast(
  (index: NetworkIndex, filters: Omit<ViewQuery, 'window'>, granularity: Granularity, mode: Mode) =>
    timelineScale(
      index,
      { ...filters, window: { from: -Infinity, to: Infinity } },
      axisPeriods(index, granularity),
      mode,
    ),
);

const scaleOf = memoLast((drawn: Aggregate, timeline: ScaleDomain | null): Scene['scale'] =>
  timeline ? { ...timeline, fixed: true } : { ...fittedScale(drawn), fixed: false },
);

const arcsOf = memoLast(
  (index: NetworkIndex, drawn: { agg: Aggregate; emphasis?: Map<Edge, number> }, maxValue: number) =>
    arcGeometry(index, drawn.agg, drawn.emphasis, maxValue),
);

const marksOf = memoLast((arcs: ArcGeometry) => changeMarks(arcs));

const nodesOf = memoLast((index: NetworkIndex, drawn: Aggregate, lang: Lang, maxActivity: number) =>
  nodePoints(index, drawn, (n) => nodeLabel(n, lang), maxActivity),
);

/**
 * One node in focus, else the step's named nodes the version has (given as one comma-joined key, so an equal
 * list gives the same object and the renderers redraw nothing).
 */
const highlightOf = memoLast(
  (index: NetworkIndex, one: number | undefined, focus: string): Highlight | null => {
    if (one !== undefined) return singleHighlight(one);
    const nodes = focus
      .split(',')
      .map((id) => index.nodeIndex.get(id))
      .filter((i) => i !== undefined);
    // One named place is about it and its flows, as a selection is; several, about what runs between them.
    return nodes.length ? { nodes, between: nodes.length > 1 } : null;
  },
);

const connectedOf = memoLast((drawn: Aggregate, highlight: Highlight | null) =>
  brightNodes(drawn, highlight),
);

const sceneOf = memoLast(
  (
    index: NetworkIndex,
    query: ViewQuery,
    agg: Aggregate,
    comparison: Comparison | null,
    drawn: Aggregate,
    scale: Scene['scale'],
    arcs: ArcGeometry,
    marks: ChangeMark[],
    nodes: NodePoint[],
    highlight: Highlight | null,
    connected: ReadonlySet<number>,
  ): Scene => ({ index, query, agg, comparison, drawn, scale, arcs, marks, nodes, highlight, connected }),
);

export function selectScene(dataset: Dataset, baseline: Dataset | undefined, c: SceneChoices): Scene {
  const index = networkIndex(dataset);
  const query = queryOf(c.time, c.mode, c.types, c.kinds, c.countries, c.minValue, c.provenance);
  const agg = aggregateOf(index, query);
  const comparison = comparisonOf(index, agg, query, c.compare, c.mode, baseline);
  const drawn = drawnOf(index, agg, comparison);
  const fixed = !comparison && (c.playing || c.scale === 'fixed');
  const timeline = fixed
    ? timelineScaleOf(index, filtersOf(query), c.time?.to.granularity ?? 'year', c.mode)
    : null;
  const scale = scaleOf(drawn.agg, timeline);
  const arcs = arcsOf(index, drawn, scale.maxEdgeValue);
  const nodes = nodesOf(index, drawn.agg, c.lang, scale.maxNodeActivity);
  // A selected edge highlights its source's flows, so the edge stands out among them. A selection the
  // filters hide counts as none: the view never opens on something it does not show.
  const node = c.node !== null && nodes.some((n) => n.id === c.node) ? c.node : null;
  const edge = c.edge !== null && edgeDrawn(index, drawn.agg, c.edge) ? parseEdgeId(c.edge) : null;
  const focusId = c.hovered ?? node ?? edge?.source ?? null;
  const one = focusId !== null ? index.nodeIndex.get(focusId) : undefined;
  const highlight = highlightOf(index, one, c.focus?.join(',') ?? '');
  return sceneOf(
    index,
    query,
    agg,
    comparison,
    drawn.agg,
    scale,
    arcs,
    marksOf(arcs),
    nodes,
    highlight,
    connectedOf(drawn.agg, highlight),
  );
}

/** Whether the view draws the edge `id` (memoised: every panel asks on every render). */
const edgeDrawn = memoLast((index: NetworkIndex, drawn: Aggregate, id: string): boolean => {
  const e = parseEdgeId(id);
  if (!e) return false;
  const s = index.nodeIndex.get(e.source);
  const t = index.nodeIndex.get(e.target);
  const type = FLOW_TYPES.indexOf(e.type);
  return drawn.edges.some((x) => x.source === s && x.target === t && x.type === type);
});

const allTypesQueryOf = memoLast((query: ViewQuery): ViewQuery => ({ ...query, types: FLOW_TYPES }));

/**
 * The value per flow type with every other filter applied but the type toggles themselves: the counts the
 * filters drawer shows beside each type. Computed only while someone looks at them.
 */
export function selectTypeTotals(dataset: Dataset, c: SceneChoices): number[] {
  const index = networkIndex(dataset);
  const query = queryOf(c.time, c.mode, c.types, c.kinds, c.countries, c.minValue, c.provenance);
  return typeTotalsOf(aggregateOf2(index, allTypesQueryOf(query)));
}

const allCountriesQueryOf = memoLast((query: ViewQuery): ViewQuery => ({ ...query, countries: [] }));
const aggregateOf3 = memoLast((index: NetworkIndex, query: ViewQuery) => aggregate(index, query));
const countryTotalsOf = memoLast((index: NetworkIndex, agg: Aggregate) => countryTotals(index, agg));

/** The flow value per country with every other filter applied but the country choice itself. */
export function selectCountryTotals(dataset: Dataset, c: SceneChoices): Map<string, number> {
  const index = networkIndex(dataset);
  const query = queryOf(c.time, c.mode, c.types, c.kinds, c.countries, c.minValue, c.provenance);
  return countryTotalsOf(index, aggregateOf3(index, allCountriesQueryOf(query)));
}

const aggregateOf2 = memoLast((index: NetworkIndex, query: ViewQuery) => aggregate(index, query));
const typeTotalsOf = memoLast((agg: Aggregate) =>
  FLOW_TYPES.map((_, i) => agg.edges.filter((e) => e.type === i).reduce((s, e) => s + e.value, 0)),
);

/** The records the view counts, for its CSV and its source line. */
export const selectViewRecords = memoLast((scene: Scene) => viewRecords(scene.index, scene.agg, scene.query));

/** Every source the view's records, events and nodes cite, each once, in the version's order. */
export const viewSources = memoLast((scene: Scene): Source[] => {
  const { dataset } = scene.index;
  const cited = new Set<string>();
  for (const f of selectViewRecords(scene)) f.sources.forEach((s) => cited.add(s));
  for (const i of scene.agg.events) dataset.events[i]!.sources.forEach((s) => cited.add(s));
  for (const n of scene.nodes) dataset.nodes[n.index]!.sources.forEach((s) => cited.add(s));
  return dataset.sources.filter((s) => cited.has(s.id));
});

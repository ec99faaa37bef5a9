/**
 * Selectors for the current view: the reader's choices (store) applied to the version's index (domain).
 * Each step is memoised on exactly its inputs, so scrubbing time rebuilds arcs but hovering does not.
 */
import { useMemo } from 'react';
import { FLOW_TYPES, type Dataset } from '../data/schema.ts';
import { aggregate, type ViewQuery } from '../domain/aggregate.ts';
import { arcGeometry } from '../domain/arcs.ts';
import { compareAggregates, comparisonAggregate } from '../domain/compare.ts';
import { networkIndex } from '../domain/networkIndex.ts';
import { connectedNodes, nodePoints } from '../domain/nodePoints.ts';
import { monthWindow } from '../domain/timeWindow.ts';
import { useAppStore } from './store.ts';

/** The current view's query and aggregate; `allTypes` ignores the type toggles (for the counts beside them). */
export function useViewAggregate(dataset: Dataset, options: { allTypes?: boolean } = {}) {
  const index = networkIndex(dataset);
  const time = useAppStore((s) => s.time);
  const mode = useAppStore((s) => s.mode);
  const chosenTypes = useAppStore((s) => s.types);
  const types = options.allTypes ? FLOW_TYPES : chosenTypes;
  const kinds = useAppStore((s) => s.kinds);
  const countries = useAppStore((s) => s.countries);
  const minValue = useAppStore((s) => s.minValue);
  const query = useMemo<ViewQuery>(
    () => ({ window: monthWindow(time, mode), types, kinds, countries, minValue }),
    [time, mode, types, kinds, countries, minValue],
  );
  const agg = useMemo(() => aggregate(index, query), [index, query]);
  return { index, agg, query };
}

/**
 * The comparison the reader asked for, if any: the same view at another period (`compare`) or in another
 * version (`vs`, passed in as `baseline` once loaded). Null when not comparing.
 */
export function useComparison(dataset: Dataset, baseline: Dataset | undefined) {
  const { index, agg, query } = useViewAggregate(dataset);
  const compare = useAppStore((s) => s.compare);
  const mode = useAppStore((s) => s.mode);
  return useMemo(() => {
    if (compare) {
      const before = aggregate(index, { ...query, window: monthWindow(compare, mode) });
      return { kind: 'period' as const, rows: compareAggregates({ index, agg: before }, { index, agg }) };
    }
    if (baseline && baseline !== dataset) {
      const other = networkIndex(baseline);
      return {
        kind: 'version' as const,
        rows: compareAggregates({ index: other, agg: aggregate(other, query) }, { index, agg }),
      };
    }
    return null;
  }, [compare, mode, baseline, dataset, index, agg, query]);
}

export function useScene(dataset: Dataset, baseline?: Dataset) {
  const { index, agg } = useViewAggregate(dataset);
  const comparison = useComparison(dataset, baseline);
  const lang = useAppStore((s) => s.lang);
  const hovered = useAppStore((s) => s.hovered);
  const selected = useAppStore((s) => s.node);
  const edge = useAppStore((s) => s.edge);
  const drawn = useMemo(
    () =>
      comparison
        ? comparisonAggregate(index, comparison.rows, agg.nodeVisible)
        : { agg, emphasis: undefined },
    [comparison, index, agg],
  );
  const arcs = useMemo(() => arcGeometry(index, drawn.agg, drawn.emphasis), [index, drawn]);
  const nodes = useMemo(() => nodePoints(index, drawn.agg, lang), [index, drawn, lang]);
  // A selected edge highlights its source's flows, so the edge stands out among them.
  const focusId = hovered ?? selected ?? (edge ? edge.split('~')[0]! : null);
  const highlight = focusId !== null ? (index.nodeIndex.get(focusId) ?? null) : null;
  const connected = useMemo(
    () => (highlight === null ? new Set<number>() : connectedNodes(drawn.agg, highlight)),
    [drawn, highlight],
  );
  return useMemo(() => ({ arcs, nodes, highlight, connected }), [arcs, nodes, highlight, connected]);
}

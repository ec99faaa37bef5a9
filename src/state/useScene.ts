/**
 * Selectors for the current view: the reader's choices (store) applied to the version's index (domain).
 * Each step is memoised on exactly its inputs, so scrubbing time rebuilds arcs but hovering does not.
 */
import { useMemo } from 'react';
import { FLOW_TYPES, type Dataset } from '../data/schema.ts';
import { aggregate } from '../domain/aggregate.ts';
import { arcGeometry } from '../domain/arcs.ts';
import { networkIndex } from '../domain/networkIndex.ts';
import { connectedNodes, nodePoints } from '../domain/nodePoints.ts';
import { monthWindow } from '../domain/timeWindow.ts';
import { useAppStore } from './store.ts';

/** The current view's aggregate; `allTypes` ignores the type toggles (for the counts beside them). */
export function useViewAggregate(dataset: Dataset, options: { allTypes?: boolean } = {}) {
  const index = networkIndex(dataset);
  const time = useAppStore((s) => s.time);
  const mode = useAppStore((s) => s.mode);
  const chosenTypes = useAppStore((s) => s.types);
  const types = options.allTypes ? FLOW_TYPES : chosenTypes;
  const kinds = useAppStore((s) => s.kinds);
  const countries = useAppStore((s) => s.countries);
  const minValue = useAppStore((s) => s.minValue);
  const agg = useMemo(
    () => aggregate(index, { window: monthWindow(time, mode), types, kinds, countries, minValue }),
    [index, time, mode, types, kinds, countries, minValue],
  );
  return { index, agg };
}

export function useScene(dataset: Dataset) {
  const { index, agg } = useViewAggregate(dataset);
  const lang = useAppStore((s) => s.lang);
  const hovered = useAppStore((s) => s.hovered);
  const selected = useAppStore((s) => s.node);
  const arcs = useMemo(() => arcGeometry(index, agg), [index, agg]);
  const nodes = useMemo(() => nodePoints(index, agg, lang), [index, agg, lang]);
  const focusId = hovered ?? selected;
  const highlight = focusId !== null ? (index.nodeIndex.get(focusId) ?? null) : null;
  const connected = useMemo(
    () => (highlight === null ? new Set<number>() : connectedNodes(agg, highlight)),
    [agg, highlight],
  );
  return useMemo(() => ({ arcs, nodes, highlight, connected }), [arcs, nodes, highlight, connected]);
}

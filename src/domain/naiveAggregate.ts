/**
 * The reference aggregation: one pass over every record. Clear and obviously right, but its cost grows
 * with the number of records; the app uses src/domain/aggregate.ts, which tests compare against this.
 */
import { FLOW_TYPES } from '../data/schema.ts';
import {
  applyCountryVisibility,
  countryMask,
  finishAggregate,
  visibleNodes,
  type Aggregate,
  type Edge,
  type ViewQuery,
} from './aggregate.ts';
import type { NetworkIndex } from './networkIndex.ts';
import { inWindow } from './timeWindow.ts';

export function naiveAggregate(index: NetworkIndex, query: ViewQuery): Aggregate {
  const typeOn = FLOW_TYPES.map((t) => query.types.includes(t));
  const nodeVisible = visibleNodes(index, query.kinds, query.window);
  const inCountry = countryMask(index, query.countries);
  const nodeCount = index.nodes.length;
  const byKey = new Map<number, Edge>();
  const n = index.flowValue.length;
  for (let i = 0; i < n; i++) {
    const type = index.flowType[i]!;
    if (!typeOn[type]) continue;
    const s = index.flowSource[i]!;
    const t = index.flowTarget[i]!;
    if (!nodeVisible[s] || !nodeVisible[t] || (!inCountry[s] && !inCountry[t])) continue;
    if (!inWindow(index.flowStart[i]!, index.flowEnd[i]!, query.window)) continue;
    const key = (s * nodeCount + t) * FLOW_TYPES.length + type;
    let edge = byKey.get(key);
    if (!edge) byKey.set(key, (edge = { source: s, target: t, type, value: 0, records: 0 }));
    edge.value += index.flowValue[i]!;
    edge.records += 1;
  }
  const edges = [...byKey.values()].filter((e) => e.value >= (query.minValue ?? 0));
  const nodeActivity = new Float64Array(nodeCount);
  for (const e of edges) {
    nodeActivity[e.source] = nodeActivity[e.source]! + e.value;
    nodeActivity[e.target] = nodeActivity[e.target]! + e.value;
  }
  applyCountryVisibility(nodeVisible, inCountry, nodeActivity, Boolean(query.countries?.length));
  return finishAggregate(edges, nodeActivity, nodeVisible);
}

/**
 * The reference aggregation: one pass over every record. Clear and obviously right, but its cost grows
 * with the number of records; the app uses src/domain/aggregate.ts, which tests compare against this.
 */
import { FLOW_TYPES } from '../data/schema.ts';
import {
  applyCountryVisibility,
  countryMask,
  finishAggregate,
  nodeActivityOf,
  provenanceOf,
  viewEvents,
  visibleNodes,
  type Aggregate,
  type ViewQuery,
} from './aggregate.ts';
import type { NetworkIndex } from './networkIndex.ts';
import { inWindow } from './timeWindow.ts';

export function naiveAggregate(index: NetworkIndex, query: ViewQuery): Aggregate {
  const provenance = query.provenance ?? 'all';
  const typeOn = FLOW_TYPES.map((t) => query.types.includes(t));
  const nodeVisible = visibleNodes(index, query.kinds, query.window, provenance);
  const inCountry = countryMask(index, query.countries);
  const nodeCount = index.nodes.length;
  const byKey = new Map<
    number,
    { s: number; t: number; type: number; v: number; n: number; rv: number; rn: number }
  >();
  for (let i = 0; i < index.flowValue.length; i++) {
    const type = index.flowType[i]!;
    if (!typeOn[type]) continue;
    if (provenance === 'reported' && !index.flowReported[i]) continue;
    const s = index.flowSource[i]!;
    const t = index.flowTarget[i]!;
    if (!nodeVisible[s] || !nodeVisible[t] || (!inCountry[s] && !inCountry[t])) continue;
    if (!inWindow(index.flowStart[i]!, index.flowEnd[i]!, query.window)) continue;
    const key = (s * nodeCount + t) * FLOW_TYPES.length + type;
    let sum = byKey.get(key);
    if (!sum) byKey.set(key, (sum = { s, t, type, v: 0, n: 0, rv: 0, rn: 0 }));
    sum.v += index.flowValue[i]!;
    sum.n += 1;
    if (index.flowReported[i]) {
      sum.rv += index.flowValue[i]!;
      sum.rn += 1;
    }
  }
  const edges = [...byKey.values()]
    .filter((x) => x.v >= (query.minValue ?? 0))
    .map((x) => ({
      source: x.s,
      target: x.t,
      type: x.type,
      value: x.v,
      records: x.n,
      reported: x.rv,
      provenance: provenanceOf(x.n, x.rn),
    }));
  const activity = nodeActivityOf(edges, nodeCount);
  applyCountryVisibility(nodeVisible, inCountry, activity.activity, Boolean(query.countries?.length));
  const events = viewEvents(index, query.window, nodeVisible, provenance);
  return finishAggregate(edges, activity, nodeVisible, events, index.eventNode);
}

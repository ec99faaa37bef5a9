/**
 * The reference aggregation: one pass over every record. Clear and obviously right, but its cost grows
 * with the number of records; the app uses src/domain/aggregate.ts, which tests compare against this.
 */
import { FLOW_TYPES } from '../data/schema.ts';
import { finishAggregate, visibleNodes, type Aggregate, type Edge, type ViewQuery } from './aggregate.ts';
import type { NetworkIndex } from './networkIndex.ts';
import { inWindow } from './timeWindow.ts';

export function naiveAggregate(index: NetworkIndex, query: ViewQuery): Aggregate {
  const typeOn = FLOW_TYPES.map((t) => query.types.includes(t));
  const nodeVisible = visibleNodes(index, query.kinds, query.window);
  const nodeCount = index.nodes.length;
  const byKey = new Map<number, Edge>();
  const nodeActivity = new Float64Array(nodeCount);
  const n = index.flowValue.length;
  for (let i = 0; i < n; i++) {
    const type = index.flowType[i]!;
    if (!typeOn[type]) continue;
    const s = index.flowSource[i]!;
    const t = index.flowTarget[i]!;
    if (!nodeVisible[s] || !nodeVisible[t]) continue;
    if (!inWindow(index.flowStart[i]!, index.flowEnd[i]!, query.window)) continue;
    const key = (s * nodeCount + t) * FLOW_TYPES.length + type;
    let edge = byKey.get(key);
    if (!edge) byKey.set(key, (edge = { source: s, target: t, type, value: 0, records: 0 }));
    const v = index.flowValue[i]!;
    edge.value += v;
    edge.records += 1;
    nodeActivity[s] = nodeActivity[s]! + v;
    nodeActivity[t] = nodeActivity[t]! + v;
  }
  return finishAggregate([...byKey.values()], nodeActivity, nodeVisible);
}

/** The shared shell of the benchmarks' generated datasets: a throwaway version around nodes and flows. */
import type { Dataset, Flow, Localized, Node } from '../../src/data/schema.ts';

export const BENCH_TEXT: Localized = { zh: '节点', en: 'node', ru: 'узел' };

export function benchVersion(nodes: Node[], flows: Flow[]): Dataset {
  return {
    version: {
      id: '9999.01',
      version: '0.0.0',
      published: '2026-12-31',
      title: BENCH_TEXT,
      changelog: BENCH_TEXT,
      folder: 'bench',
      files: {},
      dataSchema: 2,
    },
    nodes,
    flows,
    sources: [],
    figures: [],
    events: [],
  };
}

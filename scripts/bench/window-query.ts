/**
 * `npm run bench` (part 1): the time index at scale — 1,000,000 flow records over 100,000 edges. Reports
 * index build time and the cost of one window query; prints measured figures, asserts nothing.
 */
import { performance } from 'node:perf_hooks';
import { FLOW_TYPES, type Dataset, type Flow, type Node } from '../../src/data/schema.ts';
import { aggregate } from '../../src/domain/aggregate.ts';
import { edgeIndex, edgeTotal } from '../../src/domain/edgeIndex.ts';
import { networkIndex } from '../../src/domain/networkIndex.ts';
import { parseTimeSelection } from '../../src/data/period.ts';
import { randomInt, seededRandom } from '../../src/domain/random.ts';
import { benchVersion } from './synthetic.ts';
import { monthWindow } from '../../src/domain/timeWindow.ts';

export function syntheticDataset(records: number, edges: number, seed = 7): Dataset {
  const rng = seededRandom(seed);
  // Enough nodes that `edges` distinct (source, target, type) triples exist.
  const nodeCount = Math.ceil(Math.sqrt(edges / FLOW_TYPES.length)) + 2;
  const L = { zh: 'x', en: 'x', ru: 'x' };
  const nodes: Node[] = Array.from({ length: nodeCount }, (_, i) => ({
    id: `n${i}`,
    kind: i === 0 ? 'center' : 'partner',
    name: L,
    country: 'CN',
    lon: 10 + (i % 130),
    lat: 20 + (i % 40),
    since: '2018',
    status: 'active',
    provenance: 'illustrative',
    sources: [],
  }));
  const edgeList = Array.from({ length: edges }, (_, e) => {
    const type = FLOW_TYPES[e % 3]!;
    const pair = Math.floor(e / 3);
    const s = pair % nodeCount;
    let t = Math.floor(pair / nodeCount) % nodeCount;
    if (t === s) t = (t + 1) % nodeCount;
    return { s: `n${s}`, t: `n${t}`, type };
  });
  const pad = (n: number) => String(n).padStart(2, '0');
  const flows: Flow[] = Array.from({ length: records }, (_, i) => {
    const e = edgeList[i % edges]!;
    const y = randomInt(rng, 2018, 2026);
    const r = rng();
    const date =
      r < 0.1
        ? `${y}`
        : r < 0.7
          ? `${y}-${pad(randomInt(rng, 1, 12))}`
          : `${y}-${pad(randomInt(rng, 1, 12))}-${pad(randomInt(rng, 1, 28))}`;
    return {
      id: `f${i}`,
      type: e.type,
      source: e.s,
      target: e.t,
      date,
      value: randomInt(rng, 1, 9),
      title: L,
      provenance: 'illustrative',
      sources: [],
    };
  });
  return benchVersion(nodes, flows);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function runWindowBench(records: number, edges: number) {
  const dataset = syntheticDataset(records, edges);
  let t = performance.now();
  const index = networkIndex(dataset);
  const networkMs = performance.now() - t;
  t = performance.now();
  const ix = edgeIndex(index);
  const edgeIndexMs = performance.now() - t;

  const windows = ['2019', '2021-Q3', '2024-07', '2019..2023', '2025-Q1..2026-Q2'].flatMap((s) => [
    monthWindow(parseTimeSelection(s), 'period'),
    monthWindow(parseTimeSelection(s), 'cumulative'),
  ]);
  const out = new Float64Array(4);
  const totalsMs: number[] = [];
  const aggregateMs: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const w of windows) {
      let start = performance.now();
      for (let e = 0; e < ix.edgeCount; e++) edgeTotal(ix, e, w, out);
      totalsMs.push(performance.now() - start);
      start = performance.now();
      aggregate(index, { window: w, types: FLOW_TYPES, kinds: ['center', 'hub', 'partner'] });
      aggregateMs.push(performance.now() - start);
    }
  }
  return {
    records,
    edges: ix.edgeCount,
    networkMs,
    edgeIndexMs,
    totalsMs: median(totalsMs),
    aggregateMs: median(aggregateMs),
  };
}

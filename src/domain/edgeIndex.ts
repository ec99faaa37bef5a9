/**
 * Per-edge cumulative sums over time, built once per dataset version, so that any time window costs time
 * proportional to the number of edges, not of records.
 *
 * Records of one edge (source, target, type) fall into two classes by how much time their date covers:
 * one month (dates with a month or a day), or one whole year (dates with only a year). A record counts in
 * a window [a, b] of months only when all of it lies inside, so a one-month record counts when its month
 * m is in [a, b] and a year record (January m0 … December m0+11) when m0 is in [a, b − 11]. For each class
 * the index keeps, per edge, the sorted distinct start months with running totals of value and records
 * (a compressed row layout); a window query is two binary searches per class per edge.
 */
import { FLOW_TYPES } from '../data/schema.ts';
import type { NetworkIndex } from './networkIndex.ts';
import type { MonthWindow } from './timeWindow.ts';

interface SpanClass {
  /** Months the class's records cover, minus one: 0 for one month, 11 for a year. */
  extra: number;
  /** Per edge, where its entries start in the arrays below (length edges + 1). */
  offsets: Uint32Array;
  months: Int32Array;
  cumValue: Float64Array;
  cumRecords: Uint32Array;
  /** The same running totals over reported records only, so a view can split or filter by provenance. */
  cumReportedValue: Float64Array;
  cumReportedRecords: Uint32Array;
}

export interface EdgeIndex {
  edgeCount: number;
  source: Uint32Array;
  target: Uint32Array;
  type: Uint8Array;
  classes: [SpanClass, SpanClass];
}

const cache = new WeakMap<NetworkIndex, EdgeIndex>();

export function edgeIndex(index: NetworkIndex): EdgeIndex {
  const cached = cache.get(index);
  if (cached) return cached;
  const n = index.flowValue.length;
  const nodeCount = index.nodes.length;
  const types = FLOW_TYPES.length;

  // Assign each record its edge id, and count entries per edge and class to size the arrays.
  const edgeOfKey = new Map<number, number>();
  const recordEdge = new Uint32Array(n);
  const recordClass = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const key = (index.flowSource[i]! * nodeCount + index.flowTarget[i]!) * types + index.flowType[i]!;
    let e = edgeOfKey.get(key);
    if (e === undefined) edgeOfKey.set(key, (e = edgeOfKey.size));
    recordEdge[i] = e;
    recordClass[i] = index.flowEnd[i]! - index.flowStart[i]! > 0 ? 1 : 0;
  }
  const edgeCount = edgeOfKey.size;
  const source = new Uint32Array(edgeCount);
  const target = new Uint32Array(edgeCount);
  const type = new Uint8Array(edgeCount);
  for (const [key, e] of edgeOfKey) {
    type[e] = key % types;
    const pair = Math.floor(key / types);
    source[e] = Math.floor(pair / nodeCount);
    target[e] = pair % nodeCount;
  }

  // Records sorted by (class, edge, start month): each run becomes one edge's row.
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) =>
      recordClass[a]! - recordClass[b]! ||
      recordEdge[a]! - recordEdge[b]! ||
      index.flowStart[a]! - index.flowStart[b]!,
  );
  const build = (cls: 0 | 1): SpanClass => {
    const members = order.filter((i) => recordClass[i] === cls);
    const offsets = new Uint32Array(edgeCount + 1);
    const months: number[] = [];
    const cumValue: number[] = [];
    const cumRecords: number[] = [];
    const cumReportedValue: number[] = [];
    const cumReportedRecords: number[] = [];
    let k = 0;
    for (let e = 0; e < edgeCount; e++) {
      offsets[e] = months.length;
      let value = 0;
      let records = 0;
      let reportedValue = 0;
      let reportedRecords = 0;
      while (k < members.length && recordEdge[members[k]!] === e) {
        const i = members[k]!;
        value += index.flowValue[i]!;
        records += 1;
        if (index.flowReported[i]) {
          reportedValue += index.flowValue[i]!;
          reportedRecords += 1;
        }
        const month = index.flowStart[i]!;
        if (months.length > offsets[e]! && months[months.length - 1] === month) {
          const last = cumValue.length - 1;
          cumValue[last] = value;
          cumRecords[last] = records;
          cumReportedValue[last] = reportedValue;
          cumReportedRecords[last] = reportedRecords;
        } else {
          months.push(month);
          cumValue.push(value);
          cumRecords.push(records);
          cumReportedValue.push(reportedValue);
          cumReportedRecords.push(reportedRecords);
        }
        k++;
      }
    }
    offsets[edgeCount] = months.length;
    return {
      extra: cls === 0 ? 0 : 11,
      offsets,
      months: Int32Array.from(months),
      cumValue: Float64Array.from(cumValue),
      cumRecords: Uint32Array.from(cumRecords),
      cumReportedValue: Float64Array.from(cumReportedValue),
      cumReportedRecords: Uint32Array.from(cumReportedRecords),
    };
  };
  const result: EdgeIndex = { edgeCount, source, target, type, classes: [build(0), build(1)] };
  cache.set(index, result);
  return result;
}

/** Position after the last entry in [lo, hi) whose month is ≤ m. */
function upperBound(months: Int32Array, lo: number, hi: number, m: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (months[mid]! <= m) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where edgeTotal writes each figure in its output buffer. */
export const TOTAL = { value: 0, records: 1, reportedValue: 2, reportedRecords: 3 } as const;

/**
 * Value and record count of edge `e` in the window, of all records and of reported ones, written into
 * `out` (see TOTAL; four numbers) to avoid allocating per edge.
 */
export function edgeTotal(ix: EdgeIndex, e: number, w: MonthWindow, out: Float64Array): void {
  let value = 0;
  let records = 0;
  let reportedValue = 0;
  let reportedRecords = 0;
  for (const c of ix.classes) {
    const lo = c.offsets[e]!;
    const hi = c.offsets[e + 1]!;
    if (lo === hi) continue;
    const lastStart = w.to - c.extra;
    if (lastStart < w.from) continue;
    const end = lastStart === Infinity ? hi : upperBound(c.months, lo, hi, lastStart);
    const begin = w.from === -Infinity ? lo : upperBound(c.months, lo, hi, w.from - 1);
    if (end <= begin) continue;
    const before = (cum: Float64Array | Uint32Array) => (begin > lo ? cum[begin - 1]! : 0);
    value += c.cumValue[end - 1]! - before(c.cumValue);
    records += c.cumRecords[end - 1]! - before(c.cumRecords);
    reportedValue += c.cumReportedValue[end - 1]! - before(c.cumReportedValue);
    reportedRecords += c.cumReportedRecords[end - 1]! - before(c.cumReportedRecords);
  }
  out[TOTAL.value] = value;
  out[TOTAL.records] = records;
  out[TOTAL.reportedValue] = reportedValue;
  out[TOTAL.reportedRecords] = reportedRecords;
}

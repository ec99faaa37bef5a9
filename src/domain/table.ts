/**
 * The table view of the current window: aggregated edges as rows, sortable, with node totals and the
 * events in the window, and the two CSV files that reproduce the view: its edge totals and its records.
 */
import { FLOW_TYPES, type Flow, type FlowType, type Lang, type Node, type Source } from '../data/schema.ts';
import type { Aggregate, EdgeProvenance, ViewQuery } from './aggregate.ts';
import { toCsvText, type Preamble } from './csv.ts';
import type { NetworkIndex } from './networkIndex.ts';
import { windowRecords } from './nodeDetails.ts';

export interface EdgeRow {
  source: string;
  target: string;
  type: FlowType;
  records: number;
  value: number;
  sourceName: string;
  targetName: string;
  /** The part of `value` reported records carry. */
  reported: number;
  provenance: EdgeProvenance;
}

export type SortKey = 'source' | 'target' | 'type' | 'records' | 'value' | 'provenance';
export interface Sort {
  key: SortKey;
  descending: boolean;
}

/** How nodes are named in tables and CSV files (src/i18n/nodeLabel.ts says it once). */
export type NameOf = (node: Node) => string;

export function edgeRows(
  index: NetworkIndex,
  agg: Aggregate,
  name: NameOf,
  lang: Lang,
  sort: Sort,
): EdgeRow[] {
  const rows = agg.edges.map((e) => ({
    source: index.nodes[e.source]!.id,
    target: index.nodes[e.target]!.id,
    type: FLOW_TYPES[e.type]!,
    records: e.records,
    value: e.value,
    sourceName: name(index.nodes[e.source]!),
    targetName: name(index.nodes[e.target]!),
    reported: e.reported,
    provenance: e.provenance,
  }));
  const collator = new Intl.Collator(lang);
  const text = (r: EdgeRow, k: SortKey) =>
    k === 'source'
      ? r.sourceName
      : k === 'target'
        ? r.targetName
        : k === 'provenance'
          ? r.provenance
          : r.type;
  const compare = (a: EdgeRow, b: EdgeRow) => {
    const k = sort.key;
    const primary = k === 'records' || k === 'value' ? a[k] - b[k] : collator.compare(text(a, k), text(b, k));
    // Ties break the same way every time, so the CSV and the screen always agree.
    return (
      primary ||
      collator.compare(a.source, b.source) ||
      collator.compare(a.target, b.target) ||
      a.type.localeCompare(b.type)
    );
  };
  rows.sort((a, b) => (sort.descending ? -compare(a, b) : compare(a, b)));
  return rows;
}

export interface NodeTotalRow {
  id: string;
  name: string;
  incoming: number;
  outgoing: number;
}

export function nodeTotalRows(index: NetworkIndex, agg: Aggregate, name: NameOf): NodeTotalRow[] {
  const incoming = new Float64Array(index.nodes.length);
  const outgoing = new Float64Array(index.nodes.length);
  for (const e of agg.edges) {
    incoming[e.target] = incoming[e.target]! + e.value;
    outgoing[e.source] = outgoing[e.source]! + e.value;
  }
  return index.nodes
    .map((n, i) => ({ id: n.id, name: name(n), incoming: incoming[i]!, outgoing: outgoing[i]! }))
    .filter((r) => r.incoming + r.outgoing > 0)
    .sort((a, b) => b.incoming + b.outgoing - (a.incoming + a.outgoing) || a.id.localeCompare(b.id));
}

/** The columns of the edge-totals CSV: the public ones of earlier releases, then `provenance`. */
export const CSV_HEADER = ['source', 'target', 'type', 'records', 'value', 'source_name', 'target_name'];
export const EDGE_CSV_HEADER = [...CSV_HEADER, 'provenance'];

/** The edge totals, in the order the table shows them. */
export function toCsv(rows: EdgeRow[], preamble?: Preamble): string {
  return toCsvText(
    EDGE_CSV_HEADER,
    rows.map((r) => [
      r.source,
      r.target,
      r.type,
      r.records,
      r.value,
      r.sourceName,
      r.targetName,
      r.provenance,
    ]),
    preamble,
  );
}

/** Rows of a comparison table (two periods or two versions), in the order compareAggregates gives. */
export interface ComparisonRow extends EdgeRow {
  before: number;
  after: number;
  /** after − before. */
  change: number;
  status: string;
}

export function comparisonRows(
  index: NetworkIndex,
  rows: Array<{
    source: string;
    target: string;
    type: number;
    before: number;
    after: number;
    recordsAfter: number;
    reportedAfter: number;
    provenance: EdgeProvenance;
    status: string;
  }>,
  name: NameOf,
): ComparisonRow[] {
  const nameOf = (id: string) => {
    const i = index.nodeIndex.get(id);
    return i === undefined ? id : name(index.nodes[i]!);
  };
  return rows.map((r) => ({
    source: r.source,
    target: r.target,
    type: FLOW_TYPES[r.type]!,
    records: r.recordsAfter,
    value: r.after - r.before,
    change: r.after - r.before,
    sourceName: nameOf(r.source),
    targetName: nameOf(r.target),
    reported: r.reportedAfter,
    provenance: r.provenance,
    before: r.before,
    after: r.after,
    status: r.status,
  }));
}

/** The comparison CSV: the public columns (`value` is the change), both values, the status, provenance. */
export function toComparisonCsv(rows: ComparisonRow[], preamble?: Preamble): string {
  return toCsvText(
    [...CSV_HEADER, 'value_before', 'value_after', 'status', 'provenance'],
    rows.map((r) => [
      r.source,
      r.target,
      r.type,
      r.records,
      r.change,
      r.sourceName,
      r.targetName,
      r.before,
      r.after,
      r.status,
      r.provenance,
    ]),
    preamble,
  );
}

/**
 * The records the view counts: every flow of a shown edge that lies wholly in the window and passes the
 * provenance filter, newest first. Summed per edge they give exactly the edge totals on screen.
 */
export function viewRecords(index: NetworkIndex, agg: Aggregate, query: ViewQuery): Flow[] {
  const nodeCount = index.nodes.length;
  const key = (s: number, t: number, type: number) => (s * nodeCount + t) * FLOW_TYPES.length + type;
  const shown = new Set(agg.edges.map((e) => key(e.source, e.target, e.type)));
  const onlyReported = query.provenance === 'reported';
  return windowRecords(
    index,
    query.window,
    (i) =>
      (!onlyReported || index.flowReported[i] === 1) &&
      shown.has(key(index.flowSource[i]!, index.flowTarget[i]!, index.flowType[i]!)),
  );
}

export const RECORDS_CSV_HEADER = [
  'id',
  'date',
  'type',
  'category',
  'source',
  'source_name',
  'target',
  'target_name',
  'value',
  'title',
  'provenance',
  'source_ids',
  'citation',
];

/** How a source is cited in a CSV cell: publisher, date (or n.d.), title. */
export function citationText(s: Source): string {
  return `${s.publisher}, ${s.date ?? 'n.d.'}: ${s.title}`;
}

/** The records of the view, one per row, in the view's language, each with its citation. */
export function toRecordsCsv(
  records: Flow[],
  index: NetworkIndex,
  name: NameOf,
  lang: Lang,
  preamble?: Preamble,
): string {
  const sources = new Map(index.dataset.sources.map((s) => [s.id, s]));
  const nodeName = (id: string) => name(index.nodes[index.nodeIndex.get(id)!]!);
  return toCsvText(
    RECORDS_CSV_HEADER,
    records.map((f) => [
      f.id,
      f.date,
      f.type,
      f.category ?? '',
      f.source,
      nodeName(f.source),
      f.target,
      nodeName(f.target),
      f.value,
      f.title[lang],
      f.provenance,
      f.sources.join(';'),
      f.sources.map((id) => (sources.get(id) ? citationText(sources.get(id)!) : id)).join(' | '),
    ]),
    preamble,
  );
}

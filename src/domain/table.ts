/**
 * The table view of the current window: aggregated edges as rows, sortable, with node totals, and the CSV
 * that exports exactly what the table shows.
 */
import { FLOW_TYPES, type FlowType, type Lang } from '../data/schema.ts';
import type { Aggregate } from './aggregate.ts';
import type { NetworkIndex } from './networkIndex.ts';

export interface EdgeRow {
  source: string;
  target: string;
  type: FlowType;
  records: number;
  value: number;
  sourceName: string;
  targetName: string;
}

export type SortKey = 'source' | 'target' | 'type' | 'records' | 'value';
export interface Sort {
  key: SortKey;
  descending: boolean;
}

const label = (index: NetworkIndex, i: number, lang: Lang) => {
  const n = index.nodes[i]!;
  return (n.shortName ?? n.name)[lang];
};

export function edgeRows(index: NetworkIndex, agg: Aggregate, lang: Lang, sort: Sort): EdgeRow[] {
  const rows = agg.edges.map((e) => ({
    source: index.nodes[e.source]!.id,
    target: index.nodes[e.target]!.id,
    type: FLOW_TYPES[e.type]!,
    records: e.records,
    value: e.value,
    sourceName: label(index, e.source, lang),
    targetName: label(index, e.target, lang),
  }));
  const collator = new Intl.Collator(lang);
  const text = (r: EdgeRow, k: SortKey) =>
    k === 'source' ? r.sourceName : k === 'target' ? r.targetName : r.type;
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

export function nodeTotalRows(index: NetworkIndex, agg: Aggregate, lang: Lang): NodeTotalRow[] {
  const incoming = new Float64Array(index.nodes.length);
  const outgoing = new Float64Array(index.nodes.length);
  for (const e of agg.edges) {
    incoming[e.target] = incoming[e.target]! + e.value;
    outgoing[e.source] = outgoing[e.source]! + e.value;
  }
  return index.nodes
    .map((n, i) => ({
      id: n.id,
      name: label(index, i, lang),
      incoming: incoming[i]!,
      outgoing: outgoing[i]!,
    }))
    .filter((r) => r.incoming + r.outgoing > 0)
    .sort((a, b) => b.incoming + b.outgoing - (a.incoming + a.outgoing) || a.id.localeCompare(b.id));
}

export const CSV_HEADER = ['source', 'target', 'type', 'records', 'value', 'source_name', 'target_name'];

function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * UTF-8 with a byte-order mark (so spreadsheet programs open Chinese correctly), CRLF line ends,
 * RFC 4180 quoting; rows in the order the table shows them.
 */
export function toCsv(rows: EdgeRow[]): string {
  const lines = [
    CSV_HEADER,
    ...rows.map((r) => [r.source, r.target, r.type, r.records, r.value, r.sourceName, r.targetName]),
  ];
  return `\ufeff${lines.map((l) => l.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** Rows of a comparison table (two periods or two versions), in the order compareAggregates gives. */
export interface ComparisonRow extends EdgeRow {
  before: number;
  after: number;
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
    status: string;
  }>,
  lang: Lang,
): ComparisonRow[] {
  const name = (id: string) => {
    const i = index.nodeIndex.get(id);
    return i === undefined ? id : label(index, i, lang);
  };
  return rows.map((r) => ({
    source: r.source,
    target: r.target,
    type: FLOW_TYPES[r.type]!,
    records: r.recordsAfter,
    value: r.after - r.before,
    sourceName: name(r.source),
    targetName: name(r.target),
    before: r.before,
    after: r.after,
    status: r.status,
  }));
}

/** The comparison CSV: the public columns (`value` is the change) followed by both values and the status. */
export function toComparisonCsv(rows: ComparisonRow[]): string {
  const header = [...CSV_HEADER, 'value_before', 'value_after', 'status'];
  const lines = [
    header,
    ...rows.map((r) => [
      r.source,
      r.target,
      r.type,
      r.records,
      r.value,
      r.sourceName,
      r.targetName,
      r.before,
      r.after,
      r.status,
    ]),
  ];
  return `\ufeff${lines.map((l) => l.map(csvField).join(',')).join('\r\n')}\r\n`;
}

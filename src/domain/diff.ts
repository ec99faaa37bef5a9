/**
 * What changed between two dataset versions, record by record: the CLI prints it and the app highlights it.
 * Records are matched by id (ids are unique within a validated file), so the cost is linear in the records.
 */
import type { Dataset } from '../data/schema.ts';

export interface RecordChange<T> {
  id: string;
  before: T;
  after: T;
  /** Top-level keys whose values differ, in the order the newer record lists them. */
  fields: string[];
}

export interface RecordDiff<T> {
  /** In the newer file's order. */
  added: T[];
  /** In the older file's order. */
  removed: T[];
  /** In the newer file's order. */
  changed: Array<RecordChange<T>>;
}

/** The record files of a version, without the manifest entry (which always differs). */
export type DatasetRecords = Pick<Dataset, 'nodes' | 'flows' | 'sources' | 'figures' | 'events'>;

export interface DatasetDiff {
  nodes: RecordDiff<DatasetRecords['nodes'][number]>;
  flows: RecordDiff<DatasetRecords['flows'][number]>;
  sources: RecordDiff<DatasetRecords['sources'][number]>;
  figures: RecordDiff<DatasetRecords['figures'][number]>;
  events: RecordDiff<DatasetRecords['events'][number]>;
}

export type DiffStatus = 'added' | 'removed' | 'changed';

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/**
 * Keys with an `undefined` value count as absent: records come from JSON, where such a key cannot exist,
 * and an optional field an editor set to `undefined` is not a change.
 */
function definedKeys(o: Record<string, unknown>): string[] {
  return Object.keys(o).filter((k) => o[k] !== undefined);
}

/** Structural equality for JSON-like values; object key order does not matter, array order does. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return Number.isNaN(a) && Number.isNaN(b);
  }
  const aIsArray = Array.isArray(a);
  if (aIsArray !== Array.isArray(b)) return false;
  if (aIsArray) {
    const x = a as unknown[];
    const y = b as unknown[];
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!deepEqual(x[i], y[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = definedKeys(x);
  if (keys.length !== definedKeys(y).length) return false;
  for (const k of keys) if (!hasOwn(y, k) || !deepEqual(x[k], y[k])) return false;
  return true;
}

/** Top-level keys whose values differ: the newer record's keys first, then keys only the older one had. */
export function changedFields(before: object, after: object): string[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const fields: string[] = [];
  for (const k of Object.keys(a)) if (!deepEqual(b[k], a[k])) fields.push(k);
  for (const k of Object.keys(b)) if (!hasOwn(a, k) && b[k] !== undefined) fields.push(k);
  return fields;
}

export function diffRecords<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
): RecordDiff<T> {
  const older = new Map<string, T>();
  // The first record with an id wins, as in the validator that reports the later ones as duplicates.
  for (const r of before) if (!older.has(r.id)) older.set(r.id, r);
  const newerIds = new Set<string>();
  const added: T[] = [];
  const changed: Array<RecordChange<T>> = [];
  for (const r of after) {
    if (newerIds.has(r.id)) continue;
    newerIds.add(r.id);
    const old = older.get(r.id);
    if (old === undefined) {
      added.push(r);
      continue;
    }
    // Same object (e.g. a version that reuses another's parsed records): nothing to compare.
    if (old === r) continue;
    const fields = changedFields(old, r);
    if (fields.length) changed.push({ id: r.id, before: old, after: r, fields });
  }
  const removed = [...older.values()].filter((r) => !newerIds.has(r.id));
  return { added, removed, changed };
}

export function diffDatasets(a: DatasetRecords, b: DatasetRecords): DatasetDiff {
  return {
    nodes: diffRecords(a.nodes, b.nodes),
    flows: diffRecords(a.flows, b.flows),
    sources: diffRecords(a.sources, b.sources),
    figures: diffRecords(a.figures, b.figures),
    events: diffRecords(a.events, b.events),
  };
}

/** Id → status for one file, so a view can look up a record's highlight in O(1). */
export function statusById<T extends { id: string }>(diff: RecordDiff<T>): Map<string, DiffStatus> {
  const status = new Map<string, DiffStatus>();
  for (const r of diff.added) status.set(r.id, 'added');
  for (const r of diff.removed) status.set(r.id, 'removed');
  for (const c of diff.changed) status.set(c.id, 'changed');
  return status;
}

export interface DiffCounts {
  added: number;
  removed: number;
  changed: number;
}

export function countDiff(diff: RecordDiff<unknown>): DiffCounts {
  return { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length };
}

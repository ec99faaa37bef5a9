/**
 * Validation shared by the app (at its boundary) and the scripts: raw bytes in, a typed Dataset or a list
 * of issues out. Nothing here touches the network or the file system.
 */
import { isCertainlyBefore } from '../domain/dates.ts';
import { sha256Hex } from './checksum.ts';
import { DataError, fromZod, recordLabel, type DataIssue } from './issues.ts';
import {
  DATA_FILES,
  FILE_SCHEMAS,
  Manifest,
  RECORD_SCHEMAS,
  type DataFile,
  type Dataset,
  type Figure,
  type Flow,
  type ManifestVersion,
  type Node,
  type Source,
} from './schema.ts';

/** No dataset file the app loads may be larger: a 50 MB file would freeze a phone before it failed. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Nesting deeper than any valid file needs is refused before the schema walks it. */
const MAX_DEPTH = 8;

export type Result<T> = { ok: true; value: T } | { ok: false; issues: DataIssue[] };

const decoder = new TextDecoder('utf-8', { fatal: false });

export function parseJson(file: string, bytes: Uint8Array): Result<unknown> {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return {
      ok: false,
      issues: [{ file, code: 'tooLarge', params: { size: bytes.byteLength, limit: MAX_FILE_BYTES } }],
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(decoder.decode(bytes));
  } catch (e) {
    return {
      ok: false,
      issues: [{ file, code: 'notJson', params: { detail: (e as Error).message.slice(0, 120) } }],
    };
  }
  if (depthExceeds(data, MAX_DEPTH)) {
    return {
      ok: false,
      issues: [
        { file, code: 'tooBig', params: { max: `${MAX_DEPTH} levels of nesting`, received: 'deeper' } },
      ],
    };
  }
  return { ok: true, value: data };
}

function depthExceeds(value: unknown, limit: number): boolean {
  // Iterative so that hostile nesting cannot overflow the stack.
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d >= limit) return true;
    for (const child of Object.values(v as object)) stack.push([child, d + 1]);
  }
  return false;
}

export function validateManifest(bytes: Uint8Array, file = 'manifest.json'): Result<Manifest> {
  const parsed = parseJson(file, bytes);
  if (!parsed.ok) return parsed;
  const result = Manifest.safeParse(parsed.value, { reportInput: true });
  if (!result.success) return { ok: false, issues: fromZod(file, parsed.value, result.error) };
  const manifest = result.data;
  const issues: DataIssue[] = [];
  const seen = new Set<string>();
  manifest.versions.forEach((v, i) => {
    if (seen.has(v.id))
      issues.push({
        file,
        field: `versions.${i}.id`,
        code: 'duplicateId',
        params: { id: v.id, first: v.id },
      });
    seen.add(v.id);
    for (const name of DATA_FILES) {
      if (!(name in v.files)) issues.push({ file, field: `versions.${i}.files.${name}`, code: 'required' });
    }
  });
  if (!seen.has(manifest.default)) {
    issues.push({
      file,
      field: 'default',
      code: 'danglingReference',
      params: { kind: 'version', id: manifest.default },
    });
  }
  return issues.length ? { ok: false, issues } : { ok: true, value: manifest };
}

type Files = {
  'nodes.json': Node[];
  'flows.json': Flow[];
  'sources.json': Source[];
  'figures.json': Figure[];
};

/**
 * Validates one version's files. `bytes` maps a file name to its exact bytes (checksums are over bytes);
 * a missing entry is reported as a missing file. Every file is checked so one run lists every fault.
 */
export function validateVersion(
  version: ManifestVersion,
  bytes: Partial<Record<DataFile, Uint8Array>>,
): Result<Dataset> {
  const issues: DataIssue[] = [];
  const files: Partial<Files> = {};
  // For a file that fails its schema: the records that pass, at their own index, and the ids of the rest.
  const partial: Partial<Record<DataFile, PartialRecords>> = {};
  for (const name of DATA_FILES) {
    const path = `${version.folder}/${name}`;
    const raw = bytes[name];
    if (!raw) {
      issues.push({ file: path, code: 'fetchFailed' });
      continue;
    }
    if (raw.byteLength > MAX_FILE_BYTES) {
      issues.push({ file: path, code: 'tooLarge', params: { size: raw.byteLength, limit: MAX_FILE_BYTES } });
      continue;
    }
    const expected = version.files[name];
    const actual = sha256Hex(raw);
    if (expected && expected !== actual) {
      issues.push({
        file: path,
        code: 'checksum',
        params: { expected: expected.slice(0, 12), actual: actual.slice(0, 12) },
      });
      continue;
    }
    const parsed = parseJson(path, raw);
    if (!parsed.ok) {
      issues.push(...parsed.issues);
      continue;
    }
    const result = FILE_SCHEMAS[name].safeParse(parsed.value, { reportInput: true });
    if (!result.success) {
      issues.push(...fromZod(path, parsed.value, result.error));
      if (Array.isArray(parsed.value) && result.error.issues.every((i) => i.path.length > 0)) {
        partial[name] = passingRecords(name, parsed.value);
      }
      continue;
    }
    (files as Record<string, unknown>)[name] = result.data;
  }
  const records = <K extends DataFile>(name: K) =>
    (files[name] ?? partial[name]?.records) as Files[K] | undefined;
  const [nodes, flows, sources, figures] = DATA_FILES.map(records) as [
    Node[] | undefined,
    Flow[] | undefined,
    Source[] | undefined,
    Figure[] | undefined,
  ];
  // Every file is a list of records: the references among them are checked even when some records failed,
  // so one run lists every fault. A reference to a record that exists but failed is not reported again.
  const semantic =
    nodes && flows && sources && figures
      ? checkReferences({ version, nodes, flows, sources, figures }).filter(
          (i) =>
            !(i.code === 'danglingReference' && failedIds(partial, i.params?.kind).has(String(i.params?.id))),
        )
      : [];
  if (issues.length || semantic.length) return { ok: false, issues: [...issues, ...semantic] };
  return { ok: true, value: { version, nodes: nodes!, flows: flows!, sources: sources!, figures: figures! } };
}

interface PartialRecords {
  /** Sparse: a failed record leaves a hole, so record numbers in later messages stay those of the file. */
  records: unknown[];
  failedIds: Set<string>;
}

function passingRecords(name: DataFile, raw: unknown[]): PartialRecords {
  const records: unknown[] = new Array<unknown>(raw.length);
  const failed = new Set<string>();
  raw.forEach((item, i) => {
    const result = RECORD_SCHEMAS[name].safeParse(item);
    if (result.success) records[i] = result.data;
    else {
      const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
      if (typeof id === 'string') failed.add(id);
    }
  });
  return { records, failedIds: failed };
}

const FILE_OF_KIND: Partial<Record<string, DataFile>> = { node: 'nodes.json', source: 'sources.json' };

function failedIds(partial: Partial<Record<DataFile, PartialRecords>>, kind: unknown): Set<string> {
  const file = FILE_OF_KIND[String(kind)];
  return (file && partial[file]?.failedIds) || new Set();
}

/** The rules a schema cannot express: unique ids, references that resolve, dates the nodes allow. */
export function checkReferences(dataset: Dataset): DataIssue[] {
  const { version } = dataset;
  const issues: DataIssue[] = [];
  const at = (name: DataFile) => `${version.folder}/${name}`;

  const indexIds = <T extends { id: string }>(name: DataFile, records: T[]) => {
    const byId = new Map<string, T>();
    records.forEach((r, i) => {
      if (byId.has(r.id)) {
        issues.push({
          file: at(name),
          record: `#${i + 1}`,
          field: 'id',
          code: 'duplicateId',
          params: { id: r.id, first: r.id },
        });
      } else byId.set(r.id, r);
    });
    return byId;
  };
  const nodes = indexIds('nodes.json', dataset.nodes);
  const sources = indexIds('sources.json', dataset.sources);
  indexIds('flows.json', dataset.flows);
  indexIds('figures.json', dataset.figures);

  const checkCitations = (name: DataFile, records: Array<{ sources: string[]; provenance: string }>) =>
    records.forEach((r, i) => {
      const record = recordLabel(records, i);
      r.sources.forEach((s, j) => {
        if (!sources.has(s)) {
          issues.push({
            file: at(name),
            record,
            field: `sources.${j}`,
            code: 'danglingReference',
            params: { kind: 'source', id: s },
          });
        }
      });
      if (r.provenance === 'reported' && r.sources.length === 0) {
        issues.push({ file: at(name), record, field: 'sources', code: 'reportedWithoutSource' });
      }
    });
  checkCitations('nodes.json', dataset.nodes);
  checkCitations('flows.json', dataset.flows);
  checkCitations('figures.json', dataset.figures);

  const published = version.published;
  dataset.flows.forEach((flow, i) => {
    const record = recordLabel(dataset.flows, i);
    const file = at('flows.json');
    if (flow.source === flow.target) issues.push({ file, record, field: 'target', code: 'selfLoop' });
    for (const end of ['source', 'target'] as const) {
      const node = nodes.get(flow[end]);
      if (!node) {
        issues.push({
          file,
          record,
          field: end,
          code: 'danglingReference',
          params: { kind: 'node', id: flow[end] },
        });
        continue;
      }
      const from = node.predecessor?.since ?? node.since;
      if (isCertainlyBefore(flow.date, from)) {
        issues.push({
          file,
          record,
          field: 'date',
          code: 'beforeNodeExists',
          params: { date: flow.date, node: node.id, since: from },
        });
      }
    }
    if (isCertainlyBefore(published, flow.date)) {
      issues.push({
        file,
        record,
        field: 'date',
        code: 'afterPublished',
        params: { date: flow.date, published },
      });
    }
  });
  return issues;
}

/** For callers that prefer exceptions (the query layer): the issues travel inside a DataError. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new DataError(result.issues);
  return result.value;
}

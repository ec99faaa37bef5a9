/**
 * Validation shared by the app (at its boundary) and the scripts: raw bytes in, a typed Dataset or a list
 * of issues out. Nothing here touches the network or the file system.
 */
import { isCertainlyBefore } from './dates.ts';
import { eventSpan } from './events.ts';
import { sha256Hex } from './checksum.ts';
import { DataError, fromZod, recordLabel, type DataIssue } from './issues.ts';
import type * as z from 'zod/mini';
import { migrateManifest, migrateRecords, type CurrentRecords } from './migrations.ts';
import {
  FILE_SCHEMAS,
  FILES_OF_SCHEMA,
  KNOWN_FILES,
  MANIFEST_SCHEMAS,
  Manifest,
  ManifestV1,
  RECORD_SCHEMAS,
  type DataFile,
  type DataSchema,
  type Dataset,
  type ManifestVersion,
} from './schema.ts';

/** No dataset file the app loads may be larger: a 50 MB file would freeze a phone before it failed. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Nesting deeper than any valid file needs is refused before the schema walks it. */
const MAX_DEPTH = 8;

export type Result<T> = { ok: true; value: T } | { ok: false; issues: DataIssue[] };

// Strict: bytes that are not UTF-8 are refused and named, never decoded leniently into replacement marks.
const decoder = new TextDecoder('utf-8', { fatal: true });

export function parseJson(file: string, bytes: Uint8Array): Result<unknown> {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return {
      ok: false,
      issues: [{ file, code: 'tooLarge', params: { size: bytes.byteLength, limit: MAX_FILE_BYTES } }],
    };
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, issues: [{ file, code: 'notUtf8' }] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
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

/** Reads `schema` first, so a manifest of a newer format than this app knows is named as such. */
export function validateManifest(bytes: Uint8Array, file = 'manifest.json'): Result<Manifest> {
  const parsed = parseJson(file, bytes);
  if (!parsed.ok) return parsed;
  const raw = parsed.value as { schema?: unknown } | null;
  const declared = raw && typeof raw === 'object' && !Array.isArray(raw) ? raw.schema : undefined;
  let manifest: Manifest;
  if (declared === 1) {
    const result = ManifestV1.safeParse(parsed.value, { reportInput: true });
    if (!result.success) return { ok: false, issues: fromZod(file, parsed.value, result.error) };
    manifest = migrateManifest(result.data);
  } else if (declared === 2) {
    const result = Manifest.safeParse(parsed.value, { reportInput: true });
    if (!result.success) return { ok: false, issues: fromZod(file, parsed.value, result.error) };
    manifest = result.data;
  } else {
    return {
      ok: false,
      issues: [
        {
          file,
          field: 'schema',
          code: 'unsupportedSchema',
          params: { received: String(declared ?? 'nothing'), supported: MANIFEST_SCHEMAS.join(', ') },
        },
      ],
    };
  }
  const issues: DataIssue[] = [];
  // JSON.parse makes `__proto__` an own key that schema checks of records do not see: read the raw keys.
  const rawVersions = (raw as { versions?: Array<{ files?: object }> }).versions ?? [];
  rawVersions.forEach((v, i) => {
    for (const key of Object.keys(v?.files ?? {}))
      if (!(KNOWN_FILES as readonly string[]).includes(key))
        issues.push({
          file,
          field: `versions.${i}.files`,
          code: 'format',
          params: { format: 'format.fileName', received: JSON.stringify(key) },
        });
  });
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
    for (const name of FILES_OF_SCHEMA[v.dataSchema]) {
      if (!(name in v.files)) issues.push({ file, field: `versions.${i}.files.${name}`, code: 'required' });
    }
  });
  manifest.versions.forEach((v, i) => {
    if (v.superseded && !seen.has(v.superseded.by))
      issues.push({
        file,
        field: `versions.${i}.superseded.by`,
        code: 'danglingReference',
        params: { kind: 'version', id: v.superseded.by },
      });
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

type AnyRecords = Partial<Record<DataFile, unknown[]>>;

/**
 * Validates one version's files against the dataset schema its manifest entry names, then migrates them
 * to the current shape. `bytes` maps a file name to its exact bytes (checksums are over bytes); a missing
 * entry is reported as a missing file. Every file is checked so one run lists every fault.
 */
export function validateVersion(
  version: ManifestVersion,
  bytes: Partial<Record<DataFile, Uint8Array>>,
): Result<Dataset> {
  const issues: DataIssue[] = [];
  const schema = version.dataSchema;
  const names = FILES_OF_SCHEMA[schema];
  const files: AnyRecords = {};
  // For a file that fails its schema: the records that pass, at their own index, and the ids of the rest.
  const partial: Partial<Record<DataFile, PartialRecords>> = {};
  for (const name of names) {
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
      append(issues, parsed.issues);
      continue;
    }
    const fileSchema = (FILE_SCHEMAS[schema] as Record<string, z.ZodMiniType>)[name]!;
    const result = fileSchema.safeParse(parsed.value, { reportInput: true });
    if (!result.success) {
      append(issues, fromZod(path, parsed.value, result.error));
      if (Array.isArray(parsed.value) && result.error.issues.every((i) => i.path.length > 0)) {
        partial[name] = passingRecords(schema, name, parsed.value);
      }
      continue;
    }
    files[name] = result.data as unknown[];
  }
  const records = (name: DataFile) => files[name] ?? partial[name]?.records;
  const all = Object.fromEntries(names.map((n) => [n, records(n)])) as AnyRecords;
  const complete = names.every((n) => all[n] !== undefined);
  const migrated = complete
    ? migrateRecords(schema, {
        nodes: all['nodes.json'],
        flows: all['flows.json'],
        sources: all['sources.json'],
        figures: all['figures.json'],
        events: all['events.json'] ?? [],
      } as CurrentRecords)
    : null;
  // Every file is a list of records: the references among them are checked even when some records failed,
  // so one run lists every fault. A reference to a record that exists but failed is not reported again.
  const semantic = migrated
    ? checkReferences({ version, ...migrated }).filter(
        (i) =>
          !(i.code === 'danglingReference' && failedIds(partial, i.params?.kind).has(String(i.params?.id))),
      )
    : [];
  if (issues.length || semantic.length) return { ok: false, issues: capPerFile(concat(issues, semantic)) };
  return { ok: true, value: { version, ...migrated! } };
}

/** No file lists more problems than this; the rest are counted in one last issue for that file. */
export const MAX_ISSUES_PER_FILE = 100;

/** Keeps the first MAX_ISSUES_PER_FILE issues of each file, in order, and says how many more there were. */
export function capPerFile(issues: readonly DataIssue[]): DataIssue[] {
  const kept: DataIssue[] = [];
  const counts = new Map<string, number>();
  for (const issue of issues) {
    const n = (counts.get(issue.file) ?? 0) + 1;
    counts.set(issue.file, n);
    if (n <= MAX_ISSUES_PER_FILE) kept.push(issue);
  }
  for (const [file, n] of counts)
    if (n > MAX_ISSUES_PER_FILE)
      kept.push({ file, code: 'moreIssues', params: { count: n - MAX_ISSUES_PER_FILE } });
  return kept;
}

/** Pushes without spreading: a file with a hundred thousand faults must not overflow the call stack. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

function concat<T>(a: readonly T[], b: readonly T[]): T[] {
  const out = a.slice();
  append(out, b);
  return out;
}

interface PartialRecords {
  /** Sparse: a failed record leaves a hole, so record numbers in later messages stay those of the file. */
  records: unknown[];
  failedIds: Set<string>;
}

function passingRecords(schema: DataSchema, name: DataFile, raw: unknown[]): PartialRecords {
  const records: unknown[] = new Array<unknown>(raw.length);
  const failed = new Set<string>();
  const recordSchema = (RECORD_SCHEMAS[schema] as Record<string, z.ZodMiniType>)[name]!;
  raw.forEach((item, i) => {
    const result = recordSchema.safeParse(item);
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
      if (!r) return;
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
  indexIds('events.json', dataset.events);

  const checkCitations = (name: DataFile, records: Array<{ sources: string[]; provenance: string }>) =>
    records.forEach((r, i) => {
      if (!r) return;
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
  checkCitations('events.json', dataset.events);

  const published = version.published;
  /** A record at `node` dated `date` (a field of `file`): the node must exist, and by then. */
  const checkAtNode = (file: string, record: string, field: string, id: string, date: string | null) => {
    const node = nodes.get(id);
    if (!node) {
      issues.push({ file, record, field, code: 'danglingReference', params: { kind: 'node', id } });
      return;
    }
    const from = node.predecessor?.since ?? node.since;
    if (date !== null && isCertainlyBefore(date, from)) {
      issues.push({
        file,
        record,
        field: 'date',
        code: 'beforeNodeExists',
        params: { date, node: node.id, since: from },
      });
    }
  };
  const checkPublished = (file: string, record: string, field: string, date: string) => {
    if (isCertainlyBefore(published, date))
      issues.push({ file, record, field, code: 'afterPublished', params: { date, published } });
  };

  dataset.flows.forEach((flow, i) => {
    if (!flow) return;
    const record = recordLabel(dataset.flows, i);
    const file = at('flows.json');
    if (flow.source === flow.target) issues.push({ file, record, field: 'target', code: 'selfLoop' });
    for (const end of ['source', 'target'] as const) checkAtNode(file, record, end, flow[end], flow.date);
    checkPublished(file, record, 'date', flow.date);
  });

  dataset.events.forEach((event, i) => {
    if (!event) return;
    const record = recordLabel(dataset.events, i);
    const file = at('events.json');
    const span = eventSpan(event);
    const both = event.date !== undefined && (event.start !== undefined || event.end !== undefined);
    if (!span || both) {
      issues.push({ file, record, field: span ? 'date' : event.start ? 'end' : 'date', code: 'eventDate' });
    } else if (isCertainlyBefore(span[1], span[0])) {
      issues.push({
        file,
        record,
        field: 'end',
        code: 'endBeforeStart',
        params: { start: span[0], end: span[1] },
      });
    }
    checkAtNode(file, record, 'node', event.node, span ? span[0] : null);
    if (span) checkPublished(file, record, event.date ? 'date' : 'end', span[1]);
    // A count of people or countries is a claim: it needs a source, even on an illustrative record.
    for (const field of ['attendance', 'countries'] as const) {
      if (event[field] !== undefined && event.sources.length === 0)
        issues.push({ file, record, field, code: 'figureWithoutSource' });
    }
  });

  dataset.figures.forEach((figure, i) => {
    if (!figure) return;
    const hasValue = figure.value !== undefined;
    if (hasValue === (figure.qualifier === 'dozens'))
      issues.push({
        file: at('figures.json'),
        record: recordLabel(dataset.figures, i),
        field: 'value',
        code: 'figureValue',
        params: { qualifier: figure.qualifier },
      });
  });
  return issues;
}

/** For callers that prefer exceptions (the query layer): the issues travel inside a DataError. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new DataError(result.issues);
  return result.value;
}

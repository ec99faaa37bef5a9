/**
 * Builds a new dataset version from researchers' CSVs: nodes and flows from the spreadsheets, sources,
 * figures and events from an existing version. Nothing reaches the manifest unless the whole version validates.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fromZod, issueToEnglish, type DataIssue } from '../../src/data/issues.ts';
import {
  CURRENT_DATA_SCHEMA,
  DATA_FILES,
  ManifestVersion,
  type DataFile,
  type Localized,
} from '../../src/data/schema.ts';
import { validateVersion } from '../../src/data/validate.ts';
import { CsvError, parseCsv } from './csv.ts';
import { columnOf, flowsFromCsv, nodesFromCsv, type Converted } from './csv-records.ts';
import { loadManifest, loadVersion } from './load-local.ts';
import { upsertManifestVersion, writeVersionFiles } from './write-version.ts';

export interface ImportOptions {
  dataDir: string;
  nodesCsv: string;
  flowsCsv: string;
  id: string;
  version: string;
  published: string;
  title: Localized;
  changelog: Localized;
  /** Version whose sources and figures are copied; the manifest's default when absent. */
  from?: string;
  makeDefault?: boolean;
  /** Allows overwriting an existing version; without it an existing id or folder is refused. */
  replace?: boolean;
}

export type ImportResult =
  | { ok: true; entry: ManifestVersion; from: string; counts: Record<DataFile, number> }
  | { ok: false; messages: string[] };

/** A CSV file converted, with the name its problems are reported under. */
export interface CsvOrigin {
  csv: string;
  converted: Converted;
}

/**
 * Says where a validation issue lives in the researchers' spreadsheet: "flows.csv row 14 (record f-12),
 * field value: …". Issues in files that did not come from a CSV keep their JSON location.
 */
export function describeIssue(issue: DataIssue, origins: Partial<Record<DataFile, CsvOrigin>>): string {
  const name = DATA_FILES.find((f) => issue.file === f || issue.file.endsWith(`/${f}`));
  const origin = name && origins[name];
  if (!origin || !issue.record) return issueToEnglish(issue);
  const { records, rows } = origin.converted;
  const position = /^#(\d+)$/.exec(issue.record);
  const index = position ? Number(position[1]) - 1 : records.findIndex((r) => r.id === issue.record);
  const row = rows[index];
  if (row === undefined) return issueToEnglish(issue);
  const label = position ? '' : ` (record ${issue.record})`;
  return issueToEnglish({
    ...issue,
    file: `${origin.csv} row ${row}${label}`,
    record: undefined,
    field: issue.field && columnOf(issue.field),
  });
}

/** Reads a CSV file strictly as UTF-8: Excel's plain "CSV" is in the local code page, which would garble. */
export function readCsvFile(file: string): { ok: true; rows: string[][] } | { ok: false; message: string } {
  const name = path.basename(file);
  if (!fs.existsSync(file)) return { ok: false, message: `${file}: no such file` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(file));
  } catch {
    return { ok: false, message: `${name}: not UTF-8 text; in Excel use Save As → "CSV UTF-8"` };
  }
  try {
    return { ok: true, rows: parseCsv(text) };
  } catch (e) {
    if (e instanceof CsvError) return { ok: false, message: `${name}: ${e.message}` };
    throw e;
  }
}

const fail = (messages: string[]): ImportResult => ({ ok: false, messages });

export function importCsvVersion(o: ImportOptions): ImportResult {
  const manifest = loadManifest(o.dataDir);
  if (!manifest.ok) return fail(manifest.issues.map(issueToEnglish));

  // The id becomes a folder name, so it is checked before anything touches the disk.
  const meta = {
    id: o.id,
    version: o.version,
    published: o.published,
    title: o.title,
    changelog: o.changelog,
  };
  const draft = { ...meta, folder: o.id, files: {}, dataSchema: CURRENT_DATA_SCHEMA };
  const checked = ManifestVersion.safeParse(draft, { reportInput: true });
  if (!checked.success) {
    // Named by the command-line flag that supplied the value: `title.zh` → `--title-zh`.
    const asFlag = (i: DataIssue) => ({ ...i, field: i.field && `--${i.field.replace('.', '-')}` });
    // The folder is the id, so its issues would only repeat the id's.
    const issues = fromZod('arguments', draft, checked.error).filter((i) => i.field !== 'folder');
    return fail(issues.map((i) => issueToEnglish(asFlag(i))));
  }

  const finalDir = path.join(o.dataDir, o.id);
  const exists = manifest.value.versions.some((v) => v.id === o.id) || fs.existsSync(finalDir);
  if (exists && !o.replace) return fail([`version ${o.id} already exists in ${o.dataDir}; pass --replace`]);

  const from = o.from ?? manifest.value.default;
  const base = loadVersion(o.dataDir, manifest.value, from);
  if (!base.ok) return fail([...base.issues.map(issueToEnglish), `cannot copy sources from version ${from}`]);

  const origins: Partial<Record<DataFile, CsvOrigin>> = {};
  const problems: string[] = [];
  for (const [file, csvPath, convert] of [
    ['nodes.json', o.nodesCsv, nodesFromCsv],
    ['flows.json', o.flowsCsv, flowsFromCsv],
  ] as const) {
    const read = readCsvFile(csvPath);
    if (!read.ok) {
      problems.push(read.message);
      continue;
    }
    const csv = path.basename(csvPath);
    const converted = convert(read.rows, csv);
    problems.push(...converted.problems);
    origins[file] = { csv, converted };
  }
  if (problems.length) return fail(problems);

  const files: Record<DataFile, unknown[]> = {
    'nodes.json': origins['nodes.json']!.converted.records,
    'flows.json': origins['flows.json']!.converted.records,
    'sources.json': base.value.sources,
    'figures.json': base.value.figures,
    'events.json': base.value.events,
  };
  // Written beside the real folder and moved in only once valid, so a failed import never leaves a
  // half-written version, nor destroys the one it was meant to replace.
  const staging = `.${o.id}.importing`;
  const stagingDir = path.join(o.dataDir, staging);
  fs.rmSync(stagingDir, { recursive: true, force: true });
  const sums = writeVersionFiles(o.dataDir, staging, files);
  const entry: ManifestVersion = { ...meta, folder: o.id, files: sums, dataSchema: CURRENT_DATA_SCHEMA };
  const bytes = Object.fromEntries(DATA_FILES.map((f) => [f, fs.readFileSync(path.join(stagingDir, f))]));
  const result = validateVersion(entry, bytes);
  if (!result.ok) {
    fs.rmSync(stagingDir, { recursive: true, force: true });
    return fail(result.issues.map((issue) => describeIssue(issue, origins)));
  }
  fs.rmSync(finalDir, { recursive: true, force: true });
  fs.renameSync(stagingDir, finalDir);
  upsertManifestVersion(o.dataDir, entry, o.makeDefault ?? false);
  const counts = Object.fromEntries(DATA_FILES.map((f) => [f, files[f].length])) as Record<DataFile, number>;
  return { ok: true, entry, from, counts };
}

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
  type Dataset,
  type Localized,
} from '../../src/data/schema.ts';
import { sha256Hex } from '../../src/data/checksum.ts';
import { STORIES_FILE, validateStories } from '../../src/data/stories.ts';
import { validateVersion } from '../../src/data/validate.ts';
import { CsvError, parseCsv } from './csv.ts';
import { columnOf, flowsFromCsv, nodesFromCsv, type Converted } from './csv-records.ts';
import { loadManifest, loadVersion } from './load-local.ts';
import { publishFolder, PublishError, recoverStaging, STAGING_PREFIX } from './publish.ts';
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
  | { ok: true; entry: ManifestVersion; from: string; counts: Record<DataFile, number>; kept: string[] }
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
  if (!fs.statSync(file).isFile()) return { ok: false, message: `${file}: a folder, not a CSV file` };
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
  recoverStaging(o.dataDir);
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
    for (const x of converted.problems) problems.push(x);
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
  // Written beside the real folder and moved in only once valid (scripts/lib/publish.ts), so a failed
  // import never leaves a half-written version, nor destroys the one it was meant to replace.
  const staging = `${STAGING_PREFIX}${o.id}`;
  const stagingDir = path.join(o.dataDir, staging);
  try {
    const sums = writeVersionFiles(o.dataDir, staging, files);
    const entry: ManifestVersion = { ...meta, folder: o.id, files: sums, dataSchema: CURRENT_DATA_SCHEMA };
    const bytes = Object.fromEntries(DATA_FILES.map((f) => [f, fs.readFileSync(path.join(stagingDir, f))]));
    const result = validateVersion(entry, bytes);
    if (!result.ok) return fail(result.issues.map((issue) => describeIssue(issue, origins)));
    // Files the import does not produce (the guided tours) are kept, and must still fit the new data.
    const kept = keepOtherFiles(finalDir, stagingDir, result.value);
    if (!kept.ok) return fail(kept.messages);
    Object.assign(entry.files, kept.sums);
    publishFolder(o.dataDir, stagingDir, o.id, () =>
      upsertManifestVersion(o.dataDir, entry, o.makeDefault ?? false),
    );
    const counts = Object.fromEntries(DATA_FILES.map((f) => [f, files[f].length])) as Record<
      DataFile,
      number
    >;
    return { ok: true, entry, from, counts, kept: Object.keys(kept.sums) };
  } catch (e) {
    if (e instanceof PublishError) return fail([e.message]);
    const err = e as NodeJS.ErrnoException;
    return fail([`could not write version ${o.id} (${err.code ?? err.message}); nothing was published`]);
  } finally {
    fs.rmSync(stagingDir, { recursive: true, force: true });
  }
}

/** Copies into the staging folder the files of the version being replaced that the import does not write. */
function keepOtherFiles(
  finalDir: string,
  stagingDir: string,
  dataset: Dataset,
): { ok: true; sums: Record<string, string> } | { ok: false; messages: string[] } {
  const sums: Record<string, string> = {};
  if (!fs.existsSync(finalDir)) return { ok: true, sums };
  for (const name of fs.readdirSync(finalDir)) {
    if ((DATA_FILES as readonly string[]).includes(name)) continue;
    const bytes = fs.readFileSync(path.join(finalDir, name));
    if (name === STORIES_FILE) {
      const stories = validateStories(dataset, bytes);
      if (!stories.ok)
        return {
          ok: false,
          messages: [
            ...stories.issues.map(issueToEnglish),
            `${name} of the version being replaced does not fit the new data; fix or remove it, then import again`,
          ],
        };
      sums[name] = sha256Hex(bytes);
    }
    fs.writeFileSync(path.join(stagingDir, name), bytes);
  }
  return { ok: true, sums };
}

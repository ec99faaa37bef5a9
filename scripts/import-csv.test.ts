import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DataFile } from '../src/data/schema.ts';
import { validateVersion } from '../src/data/validate.ts';
import { DATA_DIR, ROOT } from './lib/cli.ts';
import { formatCsv } from './lib/csv.ts';
import { flowsFromCsv, nodesFromCsv, type Converted } from './lib/csv-records.ts';
import { describeIssue, importCsvVersion, readCsvFile, type ImportOptions } from './lib/import-version.ts';
import { loadManifest, loadVersion, validateAll } from './lib/load-local.ts';
import { toJson } from './lib/write-version.ts';

const EXAMPLES = path.join(ROOT, 'scripts/examples');
const example = (name: string) => {
  const read = readCsvFile(path.join(EXAMPLES, name));
  if (!read.ok) throw new Error(read.message);
  return read.rows;
};

/** Validates converted records together with 2026.12's sources, figures and events, as an import would. */
function validateConverted(nodes: Converted, flows: Converted) {
  const manifest = loadManifest(DATA_DIR);
  if (!manifest.ok) throw new Error('shipped manifest is invalid');
  const base = loadVersion(DATA_DIR, manifest.value, '2026.12');
  if (!base.ok) throw new Error('shipped 2026.12 is invalid');
  const files = {
    'nodes.json': nodes.records,
    'flows.json': flows.records,
    'sources.json': base.value.sources,
    'figures.json': base.value.figures,
    // The example nodes do not include every node the public record's events happen at.
    'events.json': base.value.events.filter((e) => e.node === 'qingdao'),
  };
  const bytes = Object.fromEntries(
    Object.entries(files).map(([name, value]) => [name, new TextEncoder().encode(toJson(value))]),
  ) as Record<DataFile, Uint8Array>;
  const text = { zh: '测试', en: 'Test', ru: 'Тест' };
  const entry = { id: '2027.01', version: '2.1.0', published: '2027-01-15', title: text, changelog: text };
  return validateVersion({ ...entry, folder: '2027.01', files: {}, dataSchema: 3 }, bytes);
}

/** A temp copy of the shipped manifest and versions (not the basemap, which imports never touch). */
function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-csv-'));
  fs.cpSync(DATA_DIR, dir, {
    recursive: true,
    // Only the manifest and the version folders: the importer touches nothing else.
    filter: (src) => {
      const top = path.relative(DATA_DIR, src).split(path.sep)[0]!;
      return top === '' || top === 'manifest.json' || /^\d{4}\.\d{2}/.test(top);
    },
  });
  return dir;
}

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('CSV → records', () => {
  it('converts the example spreadsheets into records that validate with 2026.12 sources', () => {
    const nodes = nodesFromCsv(example('nodes.csv'));
    const flows = flowsFromCsv(example('flows.csv'));
    expect(nodes.problems).toEqual([]);
    expect(flows.problems).toEqual([]);
    expect(nodes.records).toHaveLength(3);
    expect(flows.records).toHaveLength(3);
    expect(nodes.records[0]).toMatchObject({
      predecessor: { since: '2020-12-10', name: { en: 'China–SCO Technology Transfer Center' } },
    });
    expect(nodes.records[1]).toMatchObject({ id: 'wuhan', status: 'planned', lon: 114.31 });
    expect(nodes.records[1]).not.toHaveProperty('shortName');
    expect(flows.records[2]).toMatchObject({
      value: 1,
      title: { en: 'Illustrative: linkage agreement, Wuhan' },
    });
    expect(flows.records[0]).not.toHaveProperty('partners');
    const result = validateConverted(nodes, flows);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('names the spreadsheet row and column of a bad value', () => {
    const rows = example('flows.csv');
    rows[2]![rows[0]!.indexOf('value')] = '0';
    rows[3]![rows[0]!.indexOf('title_ru')] = '';
    const flows = flowsFromCsv(rows);
    const nodes = nodesFromCsv(example('nodes.csv'));
    const result = validateConverted(nodes, flows);
    expect(result.ok).toBe(false);
    const origins = { 'flows.json': { csv: 'flows.csv', converted: flows } };
    const messages = result.ok ? [] : result.issues.map((i) => describeIssue(i, origins));
    expect(messages).toEqual([
      'flows.csv row 3 (record ex-project-001), field value: should be at least 1 but is 0',
      'flows.csv row 4 (record ex-agreement-001), field title_ru: is required but missing',
    ]);
  });

  it('lists a bad value and an unknown node together, in one run', () => {
    const rows = example('flows.csv');
    rows[2]![rows[0]!.indexOf('value')] = '0';
    rows[3]![rows[0]!.indexOf('target')] = 'atlantis';
    const flows = flowsFromCsv(rows);
    const result = validateConverted(nodesFromCsv(example('nodes.csv')), flows);
    const origins = { 'flows.json': { csv: 'flows.csv', converted: flows } };
    expect(result.ok ? [] : result.issues.map((i) => describeIssue(i, origins))).toEqual([
      'flows.csv row 3 (record ex-project-001), field value: should be at least 1 but is 0',
      'flows.csv row 4 (record ex-agreement-001), field target: refers to node "atlantis", which does not exist',
    ]);
  });

  it('keeps text that is not a number, skips blank rows and keeps row numbers true', () => {
    const rows = example('nodes.csv');
    rows[1]![rows[0]!.indexOf('lat')] = '36,07';
    rows.splice(2, 0, ['', '', ''], ['']);
    const nodes = nodesFromCsv(rows);
    expect(nodes.records).toHaveLength(3);
    expect(nodes.records[0]!.lat).toBe('36,07');
    expect(nodes.rows).toEqual([2, 5, 6]);
  });

  it('reports missing, unknown and repeated columns, and rows with too many cells', () => {
    const header = ['id', 'type', 'source', 'target', 'date', 'valeu', 'title_zh', 'title_en'];
    const converted = flowsFromCsv([
      [...header, 'id'],
      ['f-1', 'talent', 'a', 'b', '2020', '1', 'x', 'y', 'z', 'extra'],
    ]);
    expect(converted.problems).toEqual([
      'flows.csv: column id appears twice in the header',
      'flows.csv: missing column(s) value, title_ru, provenance, sources',
      'flows.csv: unknown column(s) valeu',
      'flows.csv row 2: 10 cells but 9 columns (an unquoted comma?)',
    ]);
    const semicolons = nodesFromCsv([['id;kind;name_zh'], ['a;b;c']]);
    expect(semicolons.problems[0]).toMatch(/semicolon-separated/);
  });
});

describe('importCsvVersion', () => {
  const text = { zh: '示例', en: 'Example', ru: 'Пример' };
  const options = (dataDir: string, dir = EXAMPLES): ImportOptions => ({
    dataDir,
    nodesCsv: path.join(dir, 'nodes.csv'),
    flowsCsv: path.join(dir, 'flows.csv'),
    id: '2027.01',
    version: '2.1.0',
    published: '2027-01-15',
    title: text,
    changelog: text,
  });

  it('writes nothing and leaves the manifest alone when the CSV is invalid', () => {
    const dataDir = tempDataDir();
    temps.push(dataDir);
    const before = fs.readFileSync(path.join(dataDir, 'manifest.json'), 'utf8');
    const csvDir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-csv-bad-'));
    temps.push(csvDir);
    const flows = example('flows.csv');
    flows[2]![flows[0]!.indexOf('date')] = '2027-02'; // after the version's publication date
    // Excel's "CSV UTF-8": a byte-order mark and CRLF line ends.
    fs.writeFileSync(path.join(csvDir, 'flows.csv'), `\uFEFF${formatCsv(flows)}`);
    fs.writeFileSync(path.join(csvDir, 'nodes.csv'), `\uFEFF${formatCsv(example('nodes.csv'))}`);
    const result = importCsvVersion(options(dataDir, csvDir));
    expect(result).toEqual({
      ok: false,
      messages: [
        'flows.csv row 3 (record ex-project-001), field date: is dated 2027-02, after the version was published (2027-01-15)',
      ],
    });
    expect(fs.readdirSync(dataDir).sort()).toEqual([
      '2025.09',
      '2026.11',
      '2026.12',
      '2026.12.1',
      'manifest.json',
    ]);
    expect(fs.readFileSync(path.join(dataDir, 'manifest.json'), 'utf8')).toBe(before);
  });

  it('refuses a version id that exists, or that is not a version id', () => {
    const dataDir = tempDataDir();
    temps.push(dataDir);
    expect(importCsvVersion({ ...options(dataDir), id: '2026.12' })).toMatchObject({
      ok: false,
      messages: [expect.stringMatching(/already exists.*--replace/)],
    });
    expect(importCsvVersion({ ...options(dataDir), id: '../x' })).toMatchObject({
      ok: false,
      messages: [expect.stringMatching(/^arguments, field --id: .*versionId/)],
    });
    expect(fs.readdirSync(dataDir).sort()).toEqual([
      '2025.09',
      '2026.11',
      '2026.12',
      '2026.12.1',
      'manifest.json',
    ]);
  });

  it('end to end through the command line: the folder, the manifest entry, and a valid data dir', () => {
    const dataDir = tempDataDir();
    temps.push(dataDir);
    // prettier-ignore
    const args = [
      'scripts/import-csv.ts', '--nodes', 'scripts/examples/nodes.csv', '--flows', 'scripts/examples/flows.csv',
      '--id', '2027.01', '--version', '2.1.0', '--published', '2027-01-15', '--from', '2026.12',
      '--title-zh', '示例', '--title-en', 'Example, imported', '--title-ru', 'Пример',
      '--changelog-zh', '示例', '--changelog-en', 'Example', '--changelog-ru', 'Пример',
      '--data', dataDir, '--default',
    ];
    const run = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), args, { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^ok: version 2027\.01 written/);
    expect(fs.readdirSync(path.join(dataDir, '2027.01')).sort()).toEqual([
      'events.json',
      'figures.json',
      'flows.json',
      'nodes.json',
      'sources.json',
    ]);
    const manifest = loadManifest(dataDir);
    expect(manifest.ok && manifest.value.default).toBe('2027.01');
    const entry = manifest.ok ? manifest.value.versions.find((v) => v.id === '2027.01') : undefined;
    expect(entry).toMatchObject({
      version: '2.1.0',
      folder: '2027.01',
      dataSchema: 3,
      title: { en: 'Example, imported' },
    });
    expect(validateAll(dataDir)).toEqual({
      versions: ['2025.09', '2026.11', '2026.12', '2026.12.1', '2027.01'],
      issues: [],
    });
  }, 60_000);
});

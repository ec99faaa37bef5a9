/**
 * What an attacker or an unlucky deployer can throw at the data scripts: each case must end in a clear
 * message (no stack trace), and nothing already published may be lost or altered.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '../src/data/checksum.ts';
import { entryFor, tinyBytes } from '../src/data/fixtures/load-fixture.ts';
import { validateVersion } from '../src/data/validate.ts';
import { DATA_DIR, ROOT } from './lib/cli.ts';
import { formatCsv } from './lib/csv.ts';
import { importCsvVersion, readCsvFile, type ImportOptions } from './lib/import-version.ts';
import { loadManifest, validateAll } from './lib/load-local.ts';
import { recoverStaging } from './lib/publish.ts';
import { nodesFromCsv } from './lib/csv-records.ts';

const EXAMPLES = path.join(ROOT, 'scripts/examples');
const temps: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** A copy of the shipped manifest and version folders. */
function tempDataDir(): string {
  const dir = tempDir('hostile-data-');
  fs.cpSync(DATA_DIR, dir, {
    recursive: true,
    filter: (src) => {
      const top = path.relative(DATA_DIR, src).split(path.sep)[0]!;
      return top === '' || top === 'manifest.json' || top === 'embed.json' || /^\d{4}\.\d{2}/.test(top);
    },
  });
  return dir;
}

/** Every file under a folder with its bytes, to prove a failed run changed nothing. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const full = path.join(dir, name);
    if (fs.statSync(full).isFile()) out[name] = fs.readFileSync(full).toString('base64');
  }
  return out;
}

const text = { zh: '示例', en: 'Example', ru: 'Пример' };
const options = (dataDir: string, over: Partial<ImportOptions> = {}): ImportOptions => ({
  dataDir,
  nodesCsv: path.join(EXAMPLES, 'nodes.csv'),
  flowsCsv: path.join(EXAMPLES, 'flows.csv'),
  id: '2027.01',
  version: '2.1.0',
  published: '2027-01-15',
  title: text,
  changelog: text,
  ...over,
});

const run = (script: string, args: string[]) =>
  spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [script, ...args], { cwd: ROOT, encoding: 'utf8' });

describe('validation under load', () => {
  it('a flows.json of 130,000 zeros: every fault counted, the first hundred listed, the file named', () => {
    const dataDir = tempDataDir();
    const manifest = JSON.parse(fs.readFileSync(path.join(dataDir, 'manifest.json'), 'utf8'));
    const body = JSON.stringify(new Array(130_000).fill(0));
    fs.writeFileSync(path.join(dataDir, '2026.12/flows.json'), body);
    manifest.versions.find((v: { id: string }) => v.id === '2026.12').files['flows.json'] = sha256Hex(
      Buffer.from(body),
    );
    fs.writeFileSync(path.join(dataDir, 'manifest.json'), JSON.stringify(manifest));
    const { issues } = validateAll(dataDir);
    const flows = issues.filter((i) => i.file === '2026.12/flows.json');
    expect(flows).toHaveLength(101);
    expect(flows.at(-1)).toEqual({
      file: '2026.12/flows.json',
      code: 'moreIssues',
      params: { count: 129_900 },
    });
    for (const [script, args] of [
      ['scripts/validate.ts', ['--data', dataDir]],
      ['scripts/diff.ts', ['2026.11', '2026.12', '--data', dataDir]],
    ] as const) {
      const result = run(script, [...args]);
      expect(result.status, script).toBe(1);
      expect(result.stderr, script).toContain('2026.12/flows.json');
      expect(result.stderr, script).not.toMatch(/\n\s+at /);
    }
  }, 60_000);

  it('names a folder where a file should be, and a file that is not UTF-8', () => {
    const dataDir = tempDataDir();
    fs.rmSync(path.join(dataDir, '2026.12/events.json'));
    fs.mkdirSync(path.join(dataDir, '2026.12/events.json'));
    fs.writeFileSync(path.join(dataDir, '2026.11/nodes.json'), Buffer.from([0x5b, 0xff, 0xfe, 0x5d]));
    const { issues } = validateAll(dataDir);
    expect(issues).toContainEqual({ file: '2026.12/events.json', code: 'notAFile' });
    expect(issues.find((i) => i.file === '2026.11/nodes.json')).toMatchObject({ code: 'checksum' });
    // With a matching checksum the decoder speaks: bytes that are not UTF-8 are refused, not repaired.
    const bytes = { ...tinyBytes(), 'nodes.json': new Uint8Array([0x5b, 0xff, 0xfe, 0x5d]) };
    const result = validateVersion(entryFor(bytes), bytes);
    expect(result.ok ? [] : result.issues).toEqual([{ file: 'tiny/nodes.json', code: 'notUtf8' }]);
  });

  it('refuses embed.json origins that could never match a sender, saying how to write them', () => {
    const dataDir = tempDataDir();
    fs.writeFileSync(
      path.join(dataDir, 'embed.json'),
      JSON.stringify({
        allowedOrigins: ['https://x.org/', 'https://X.org', 'https://x.org:443', 'https://ok.org'],
      }),
    );
    const { issues } = validateAll(dataDir);
    expect(issues.map((i) => [i.field, i.params?.received])).toEqual([
      ['allowedOrigins.0', '"https://x.org/" (write https://x.org)'],
      ['allowedOrigins.1', '"https://X.org" (write https://x.org)'],
      ['allowedOrigins.2', '"https://x.org:443" (write https://x.org)'],
    ]);
  });
});

describe('importing from spreadsheets', () => {
  it('reads only plain decimals: 0x10, 0b11 and 1e3 stay text and are refused as such', () => {
    const rows = readCsvFile(path.join(EXAMPLES, 'nodes.csv'));
    if (!rows.ok) throw new Error(rows.message);
    const lat = rows.rows[0]!.indexOf('lat');
    const lon = rows.rows[0]!.indexOf('lon');
    rows.rows[1]![lat] = '0x10';
    rows.rows[2]![lat] = '0b11';
    rows.rows[3]![lon] = '1e3';
    const converted = nodesFromCsv(rows.rows);
    expect(converted.records.map((r) => [r.lat, r.lon])).toEqual([
      ['0x10', 120.38],
      ['0b11', 114.31],
      [55.76, '1e3'],
    ]);
  });

  it('a folder given as a CSV file, and a version id too long for a folder name, get one line each', () => {
    const dataDir = tempDataDir();
    expect(importCsvVersion(options(dataDir, { nodesCsv: EXAMPLES }))).toEqual({
      ok: false,
      messages: [`${EXAMPLES}: a folder, not a CSV file`],
    });
    const long = importCsvVersion(options(dataDir, { id: `2027.01.${'1'.repeat(400)}` }));
    expect(long.ok).toBe(false);
    expect(!long.ok && long.messages[0]).toMatch(/^arguments, field --id: .*versionId/);
  });

  it('a large CSV full of bad cells: every problem listed, no crash, no staging folder left', () => {
    const dataDir = tempDataDir();
    const csvDir = tempDir('hostile-csv-');
    const flows = readCsvFile(path.join(EXAMPLES, 'flows.csv'));
    if (!flows.ok) throw new Error(flows.message);
    const [header, template] = [flows.rows[0]!, flows.rows[1]!];
    const rows = Array.from({ length: 12_000 }, (_, i) => {
      const r = [...template];
      r[header.indexOf('id')] = `bad-${i}`;
      r[header.indexOf('value')] = 'lots';
      return r;
    });
    fs.writeFileSync(path.join(csvDir, 'flows.csv'), formatCsv([header, ...rows]));
    const before = snapshot(dataDir);
    const result = importCsvVersion(options(dataDir, { flowsCsv: path.join(csvDir, 'flows.csv') }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.messages[0]).toMatch(/^flows\.csv row 2 \(record bad-0\), field value/);
      expect(result.messages.at(-1)).toMatch(/more problem/);
    }
    expect(snapshot(dataDir)).toEqual(before);
  }, 60_000);

  it('--replace keeps the guided tours of the version it replaces', () => {
    const dataDir = tempDataDir();
    const stories = fs.readFileSync(path.join(dataDir, '2026.12/stories.json'));
    const result = importCsvVersion(
      options(dataDir, { id: '2026.12', published: '2026-12-01', replace: true }),
    );
    expect(result.ok ? result.kept : result.messages).toEqual(['stories.json']);
    expect(fs.readFileSync(path.join(dataDir, '2026.12/stories.json'))).toEqual(stories);
    expect(validateAll(dataDir).issues).toEqual([]);
  });

  it('--replace whose move into place fails: the published version and the manifest are untouched', () => {
    const dataDir = tempDataDir();
    const before = snapshot(dataDir);
    const rename = fs.renameSync;
    vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      // The folder open on Windows, a full disk: the staging folder cannot take the version's place.
      if (String(from).includes('.staging-')) throw Object.assign(new Error('busy'), { code: 'EBUSY' });
      rename(from, to);
    });
    const result = importCsvVersion(
      options(dataDir, { id: '2026.12', published: '2026-12-01', replace: true }),
    );
    expect(result).toEqual({
      ok: false,
      messages: ['could not move version 2026.12 into place (EBUSY); the published version is unchanged'],
    });
    vi.restoreAllMocks();
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('a manifest write that fails (full disk) leaves the old manifest and takes the new folder back out', () => {
    const dataDir = tempDataDir();
    const before = snapshot(dataDir);
    const write = fs.writeFileSync;
    vi.spyOn(fs, 'writeFileSync').mockImplementation((file, data, ...rest) => {
      if (String(file).includes('manifest.json')) {
        write(file, String(data).slice(0, 10)); // a few bytes reach the disk, then it is full
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      }
      write(file, data, ...(rest as []));
    });
    const result = importCsvVersion(
      options(dataDir, { id: '2026.12', published: '2026-12-01', replace: true }),
    );
    vi.restoreAllMocks();
    expect(result.ok).toBe(false);
    expect(!result.ok && result.messages[0]).toMatch(/ENOSPC/);
    expect(snapshot(dataDir)).toEqual(before);
    expect(loadManifest(dataDir).ok).toBe(true);
  });

  it('the next run finishes or undoes what an interrupted run left', () => {
    const dataDir = tempDataDir();
    const before = snapshot(dataDir);
    // Interrupted after setting 2026.12 aside and before moving its replacement in.
    fs.renameSync(path.join(dataDir, '2026.12'), path.join(dataDir, '.replaced-2026.12'));
    fs.mkdirSync(path.join(dataDir, '.staging-2026.12'));
    expect(recoverStaging(dataDir).sort()).toEqual([
      'removed the unfinished staging folder .staging-2026.12',
      'restored 2026.12, which an interrupted --replace had set aside',
    ]);
    expect(snapshot(dataDir)).toEqual(before);
  });
});

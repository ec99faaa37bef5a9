/** Writes a version folder and its manifest entry: the one way data files reach public/data. */
import fs from 'node:fs';
import path from 'node:path';
import { sha256Hex } from '../../src/data/checksum.ts';
import type { Manifest, ManifestVersion } from '../../src/data/schema.ts';

/** Stable, readable JSON: two-space indent and a final newline, so diffs between versions stay small. */
export const toJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function writeVersionFiles(
  dataDir: string,
  folder: string,
  files: Record<string, unknown>,
  /** Compact JSON, for generated benchmark data that must stay under the app's file-size limit. */
  options: { compact?: boolean } = {},
): Record<string, string> {
  const dir = path.join(dataDir, folder);
  fs.mkdirSync(dir, { recursive: true });
  const sums: Record<string, string> = {};
  for (const [name, value] of Object.entries(files)) {
    const bytes = Buffer.from(options.compact ? JSON.stringify(value) : toJson(value), 'utf8');
    fs.writeFileSync(path.join(dir, name), bytes);
    sums[name] = sha256Hex(bytes);
  }
  return sums;
}

export function readManifest(dataDir: string): Manifest | null {
  const file = path.join(dataDir, 'manifest.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest) : null;
}

/** Adds or replaces a version in the manifest; `makeDefault` moves the default to it. */
export function upsertManifestVersion(
  dataDir: string,
  entry: ManifestVersion,
  makeDefault: boolean,
): Manifest {
  const current = readManifest(dataDir) ?? { schema: 1 as const, default: entry.id, versions: [] };
  const versions = [...current.versions.filter((v) => v.id !== entry.id), entry].sort((a, b) =>
    a.id < b.id ? -1 : 1,
  );
  const manifest: Manifest = { schema: 1, default: makeDefault ? entry.id : current.default, versions };
  fs.writeFileSync(path.join(dataDir, 'manifest.json'), toJson(manifest));
  return manifest;
}

/** Writes a version folder and its manifest entry: the one way data files reach public/data. */
import fs from 'node:fs';
import path from 'node:path';
import { sha256Hex } from '../../src/data/checksum.ts';
import { migrateManifest } from '../../src/data/migrations.ts';
import type { Manifest, ManifestVersion } from '../../src/data/schema.ts';

/** Stable, readable JSON: two-space indent and a final newline, so diffs between versions stay small. */
export const toJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Replaces `file` in one step: the bytes go to a temporary file beside it, which is then renamed over it,
 * so a full disk or a crash leaves either the old file or the new one, never a truncated one.
 */
export function writeFileAtomic(file: string, bytes: string | Uint8Array): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, bytes);
    fs.renameSync(temp, file);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

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

/** The manifest in the current format (a format-1 manifest is migrated), or null when there is none. */
export function readManifest(dataDir: string): Manifest | null {
  const file = path.join(dataDir, 'manifest.json');
  if (!fs.existsSync(file)) return null;
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest | Parameters<typeof migrateManifest>[0];
  return raw.schema === 1 ? migrateManifest(raw) : (raw as Manifest);
}

export function writeManifest(dataDir: string, manifest: Manifest): void {
  writeFileAtomic(path.join(dataDir, 'manifest.json'), toJson(manifest));
}

/**
 * Adds or replaces a version in the manifest; `makeDefault` moves the default to it; `supersedes` marks
 * those versions as replaced by it, with the reason.
 */
export function upsertManifestVersion(
  dataDir: string,
  entry: ManifestVersion,
  makeDefault: boolean,
  supersedes?: { ids: string[]; by?: string; reason: ManifestVersion['title'] },
): Manifest {
  const current = readManifest(dataDir) ?? { schema: 2 as const, default: entry.id, versions: [] };
  const versions = [...current.versions.filter((v) => v.id !== entry.id), entry]
    .map((v) =>
      supersedes?.ids.includes(v.id)
        ? { ...v, superseded: { by: supersedes.by ?? entry.id, reason: supersedes.reason } }
        : v,
    )
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const manifest: Manifest = { schema: 2, default: makeDefault ? entry.id : current.default, versions };
  writeManifest(dataDir, manifest);
  return manifest;
}

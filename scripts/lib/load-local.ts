/** Reads and validates dataset versions from a folder on disk, with the same code the app runs. */
import fs from 'node:fs';
import path from 'node:path';
import { EMBED_FILE, readEmbedConfig } from '../../src/data/embedConfig.ts';
import type { DataIssue } from '../../src/data/issues.ts';
import { STORIES_FILE, validateStories } from '../../src/data/stories.ts';
import { FILES_OF_SCHEMA, type DataFile, type Dataset, type Manifest } from '../../src/data/schema.ts';
import { validateManifest, validateVersion, type Result } from '../../src/data/validate.ts';

export function loadManifest(dataDir: string): Result<Manifest> {
  const file = path.join(dataDir, 'manifest.json');
  if (!fs.existsSync(file)) return { ok: false, issues: [{ file: 'manifest.json', code: 'fetchFailed' }] };
  if (fs.statSync(file).isDirectory())
    return { ok: false, issues: [{ file: 'manifest.json', code: 'notAFile' }] };
  return validateManifest(fs.readFileSync(file));
}

export function loadVersion(dataDir: string, manifest: Manifest, id: string): Result<Dataset> {
  const entry = manifest.versions.find((v) => v.id === id);
  if (!entry)
    return {
      ok: false,
      issues: [{ file: 'manifest.json', code: 'unknownVersion', params: { version: id } }],
    };
  const bytes: Partial<Record<DataFile, Uint8Array>> = {};
  const folders: DataIssue[] = [];
  for (const name of FILES_OF_SCHEMA[entry.dataSchema]) {
    const file = path.join(dataDir, entry.folder, name);
    if (!fs.existsSync(file)) continue;
    if (fs.statSync(file).isDirectory()) folders.push({ file: `${entry.folder}/${name}`, code: 'notAFile' });
    else bytes[name] = fs.readFileSync(file);
  }
  if (folders.length) return { ok: false, issues: folders };
  return validateVersion(entry, bytes);
}

/** Every version in the folder; the manifest's own problems come first. */
export function validateAll(dataDir: string): { versions: string[]; issues: DataIssue[] } {
  const manifest = loadManifest(dataDir);
  if (!manifest.ok) return { versions: [], issues: manifest.issues };
  const issues: DataIssue[] = [];
  for (const v of manifest.value.versions) {
    const result = loadVersion(dataDir, manifest.value, v.id);
    if (!result.ok) {
      for (const x of result.issues) issues.push(x);
      continue;
    }
    // Stories are optional, but when a version lists them they must validate too.
    const stories = path.join(dataDir, v.folder, STORIES_FILE);
    if (v.files[STORIES_FILE] || fs.existsSync(stories)) {
      if (!fs.existsSync(stories)) issues.push({ file: `${v.folder}/${STORIES_FILE}`, code: 'fetchFailed' });
      else if (!v.files[STORIES_FILE])
        issues.push({ file: `${v.folder}/${STORIES_FILE}`, code: 'notInManifest' });
      else {
        const checked = validateStories(result.value, fs.readFileSync(stories));
        if (!checked.ok) for (const x of checked.issues) issues.push(x);
      }
    }
  }
  const embed = path.join(dataDir, EMBED_FILE);
  if (fs.existsSync(embed) && fs.statSync(embed).isFile())
    for (const x of readEmbedConfig(fs.readFileSync(embed)).issues) issues.push(x);
  return { versions: manifest.value.versions.map((v) => v.id), issues };
}

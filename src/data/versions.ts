import type { Manifest, ManifestVersion } from './schema.ts';

/**
 * The versions to fall back on when `failed` cannot be shown: every other version, the most recently
 * published first, so the first one that validates is the last good state of the data.
 */
export function fallbackOrder(manifest: Manifest, failed: string | undefined): ManifestVersion[] {
  return manifest.versions
    .filter((v) => v.id !== failed)
    .sort((a, b) => b.published.localeCompare(a.published) || b.id.localeCompare(a.id));
}

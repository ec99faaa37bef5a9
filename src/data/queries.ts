/**
 * The manifest and the dataset versions as TanStack Query options (the hooks that use them are in
 * src/ui/dataHooks.ts): fetched once, validated at the boundary, cached per version. Transient failures
 * retry with backoff; invalid data fails at once.
 */
import { fetchBytes, TransientDataError } from './fetch.ts';
import { DataError } from './issues.ts';
import { FILES_OF_SCHEMA, type DataFile, type Dataset, type Manifest } from './schema.ts';
import { unwrap, validateManifest, validateVersion } from './validate.ts';

const retry = (failures: number, error: unknown) => error instanceof TransientDataError && failures < 3;
const retryDelay = (attempt: number) => Math.min(500 * 2 ** attempt, 8000);

export async function loadManifest(): Promise<Manifest> {
  return unwrap(validateManifest(await fetchBytes('manifest.json')));
}

export async function loadDataset(manifest: Manifest, versionId: string): Promise<Dataset> {
  const version = manifest.versions.find((v) => v.id === versionId);
  if (!version)
    throw new DataError([{ file: 'manifest.json', code: 'unknownVersion', params: { version: versionId } }]);
  const names = FILES_OF_SCHEMA[version.dataSchema];
  const files = await Promise.all(names.map((name) => fetchBytes(`${version.folder}/${name}`)));
  const bytes = Object.fromEntries(names.map((name, i) => [name, files[i]])) as Record<DataFile, Uint8Array>;
  return unwrap(validateVersion(version, bytes));
}

export const manifestQuery = {
  queryKey: ['manifest'] as const,
  queryFn: loadManifest,
  staleTime: Infinity,
  retry,
  retryDelay,
};

export function datasetQuery(manifest: Manifest | undefined, versionId: string | undefined) {
  return {
    queryKey: ['dataset', versionId] as const,
    queryFn: () => loadDataset(manifest!, versionId!),
    enabled: Boolean(manifest && versionId),
    // The previous version stays on screen while the next one loads, so the map is never torn down.
    placeholderData: <T>(previous: T | undefined) => previous,
    staleTime: Infinity,
    retry,
    retryDelay,
  };
}

/**
 * The version the reader asked for, else the manifest's default: a link to a version the manifest does
 * not list opens the default (the URL contract's promise), and the page says so (`missingVersion`).
 */
export function resolveVersion(manifest: Manifest | undefined, requested: string | null): string | undefined {
  if (!manifest) return undefined;
  return requested !== null && manifest.versions.some((v) => v.id === requested)
    ? requested
    : manifest.default;
}

/** The version a link asked for that the manifest does not list, or null. */
export function missingVersion(manifest: Manifest | undefined, requested: string | null): string | null {
  return manifest && requested !== null && !manifest.versions.some((v) => v.id === requested)
    ? requested
    : null;
}

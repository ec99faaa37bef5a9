import { missingVersion, resolveVersion } from '../data/queries.ts';
import { useDataset, useManifest } from './dataHooks.ts';
import { useAppStore } from '../state/store.ts';

/**
 * The manifest and the dataset version to show, with their loading state: the one the reader (or the URL)
 * chose, unless a room nobody clicks in fell back to the last valid one.
 */
export function useCurrentDataset() {
  const requested = useAppStore((s) => s.version);
  const fallback = useAppStore((s) => s.fallback?.version ?? null);
  const manifest = useManifest();
  const versionId = resolveVersion(manifest.data, fallback ?? requested);
  const dataset = useDataset(manifest.data, versionId);
  // The version to compare with (`vs`), loaded and validated like any other.
  const vs = useAppStore((s) => s.vs);
  const baseline = useDataset(
    manifest.data,
    vs && vs !== versionId && manifest.data?.versions.some((v) => v.id === vs) ? vs : undefined,
  );
  return {
    manifest,
    dataset,
    versionId,
    missing: missingVersion(manifest.data, requested),
    baseline: baseline.data && baseline.data.version.id === vs ? baseline.data : undefined,
  };
}

import { missingVersion, resolveVersion, useDataset, useManifest } from '../data/queries.ts';
import { useAppStore } from '../state/store.ts';

/** The manifest and the dataset version the reader chose, with their loading state. */
export function useCurrentDataset() {
  const requested = useAppStore((s) => s.version);
  const manifest = useManifest();
  const versionId = resolveVersion(manifest.data, requested);
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

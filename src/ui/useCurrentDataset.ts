import { resolveVersion, useDataset, useManifest } from '../data/queries.ts';
import { useAppStore } from '../state/store.ts';

/** The manifest and the dataset version the reader chose, with their loading state. */
export function useCurrentDataset() {
  const requested = useAppStore((s) => s.version);
  const manifest = useManifest();
  const versionId = resolveVersion(manifest.data, requested);
  const dataset = useDataset(manifest.data, versionId);
  return { manifest, dataset, versionId };
}

import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { datasetQuery } from '../data/queries.ts';
import type { Manifest, ManifestVersion } from '../data/schema.ts';
import { fallbackOrder } from '../data/versions.ts';

export type LastValidVersion =
  { state: 'checking' } | { state: 'found'; version: ManifestVersion } | { state: 'none' };

/**
 * When a version cannot be shown, loads the other versions one at a time, newest first, through the
 * same validating query as the map (so opening the one found is instant), and stops at the first that
 * passes. One at a time: a broken deployment should not make every viewer download every version.
 */
export function useLastValidVersion(
  manifest: Manifest | undefined,
  failed: string | undefined,
): LastValidVersion {
  const candidates = useMemo(() => (manifest ? fallbackOrder(manifest, failed) : []), [manifest, failed]);
  const [tried, setTried] = useState({ candidates, count: 0 });
  const count = tried.candidates === candidates ? tried.count : 0;
  const candidate = candidates[count];
  const query = useQuery({ ...datasetQuery(manifest, candidate?.id), placeholderData: undefined });

  useEffect(() => {
    if (query.isError) setTried({ candidates, count: count + 1 });
  }, [query.isError, candidates, count]);

  if (!candidate) return { state: 'none' };
  if (query.data?.version.id === candidate.id) return { state: 'found', version: candidate };
  return { state: 'checking' };
}

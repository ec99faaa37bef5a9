import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { datasetQuery, manifestQuery, resolveVersion } from '../data/queries.ts';
import { useAppStore } from '../state/store.ts';

/** Minutes between a lobby screen's checks of whether the version its URL asks for validates again. */
export const FALLBACK_RECHECK_MIN = 10;

/**
 * A presentation or kiosk that opened the last valid version by itself checks now and then whether what
 * its URL asks for (a version, or the manifest's default, which a fix may have changed) validates again,
 * and goes back to it when it does: a lobby left for days shows the data team's fix without a visit.
 */
export function useFallbackRecheck(enabled: boolean) {
  const queryClient = useQueryClient();
  const onFallback = useAppStore((s) => s.fallback !== null);
  const asked = useAppStore((s) => s.version);
  useEffect(() => {
    if (!enabled || !onFallback) return;
    let stopped = false;
    const recheck = async () => {
      try {
        // Fresh copies of both: the fix may be new files, new checksums in the manifest, or a new default.
        const manifest = await queryClient.fetchQuery({ ...manifestQuery, staleTime: 0 });
        const target = resolveVersion(manifest, asked);
        await queryClient.fetchQuery({ ...datasetQuery(manifest, target), staleTime: 0 });
        if (!stopped) useAppStore.getState().returnFromFallback();
      } catch {
        // Still failing: stay on the version that validates, and look again next time.
      }
    };
    const timer = setInterval(() => void recheck(), FALLBACK_RECHECK_MIN * 60_000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [enabled, onFallback, asked, queryClient]);
}

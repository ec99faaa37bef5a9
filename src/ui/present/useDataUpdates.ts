import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { TransientDataError } from '../../data/fetch.ts';
import { datasetQuery, loadManifest, manifestQuery } from '../../data/queries.ts';
import type { Dataset, Manifest } from '../../data/schema.ts';
import { useAppStore } from '../../state/store.ts';
import { useWallStatus } from './wallStatus.ts';

/** Seconds between a wall's checks for a newly published default version (`refresh=` in the URL). */
export const REFRESH_S = 300;

/**
 * A wall that follows the default version (no `v` in its URL) picks up a newly published one by itself:
 * it asks for the manifest every `refreshSeconds`, validates the new default's files in the background (a
 * broken release never replaces a screen that works), and switches at the next loop boundary, when the
 * tour comes back to its first step (at once when there is no tour), without reloading the page. Each
 * check, and whether the server could be reached, goes to the status corner (wallStatus.ts).
 */
export function useDataUpdates(enabled: boolean, refreshSeconds: number, firstStory: string | null) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let pending: Manifest | null = null;
    const apply = () => {
      const next = pending;
      pending = null;
      if (!next || stopped) return;
      queryClient.setQueryData(manifestQuery.queryKey, next);
      useWallStatus.setState({ updatedTo: next.default });
    };
    const check = async () => {
      try {
        const next = await loadManifest();
        if (stopped) return;
        useWallStatus.setState({ checkedAt: Date.now(), offline: false });
        const current = queryClient.getQueryData<Manifest>(manifestQuery.queryKey);
        const state = useAppStore.getState();
        // A wall pinned to a version, or one that fell back, keeps what it shows (useFallbackRecheck).
        if (state.version !== null || state.fallback !== null) return;
        if (!current || next.default === current.default) return;
        // Downloaded and validated once per release: a switch waits up to a loop for its boundary, and a
        // wall may be sent back to a version it showed before. Checked again, the same files would be
        // downloaded and validated at every tick until then; they are fetched again only when the
        // manifest describes the version differently (other checksums, a new note).
        const entry = next.versions.find((v) => v.id === next.default);
        const cached = queryClient.getQueryData<Dataset>(datasetQuery(next, next.default).queryKey);
        if (!cached || JSON.stringify(cached.version) !== JSON.stringify(entry))
          await queryClient.fetchQuery({ ...datasetQuery(next, next.default), staleTime: 0 });
        pending = next;
        if (firstStory === null) apply();
      } catch (error) {
        // Unreachable, or the new release does not validate: the screen keeps the data it has.
        if (!stopped)
          useWallStatus.setState({
            checkedAt: Date.now(),
            offline: error instanceof TransientDataError || !navigator.onLine,
          });
      }
    };
    const timer = setInterval(() => void check(), refreshSeconds * 1000);
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (s.story === firstStory && s.step === 1 && (prev.story !== s.story || prev.step !== 1)) apply();
    });
    const onOffline = () => useWallStatus.setState({ offline: true });
    // Back online: look at once rather than at the next tick.
    const onOnline = () => void check();
    window.addEventListener('offline', onOffline);
    window.addEventListener('online', onOnline);
    if (!navigator.onLine) onOffline();
    return () => {
      stopped = true;
      clearInterval(timer);
      unsubscribe();
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('online', onOnline);
    };
  }, [enabled, refreshSeconds, firstStory, queryClient]);
}

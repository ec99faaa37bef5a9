/**
 * Offline: a service worker (generated at build by vite-plugin-pwa, see vite.config.ts) keeps the app's
 * code, and the data the page used (manifest, version files, basemap, fonts) in the `sco-data` cache,
 * network first, so a lobby screen that reboots without a network starts on the last data it validated.
 * Files from the cache are checked against the cached manifest's checksums like any others.
 */
import { onReadyChange } from '../map/readySignal.ts';

/** The service worker's cache for everything under data/ (vite.config.ts says the same name). */
export const DATA_CACHE = 'sco-data';

/** At most this long after start the worker registers even if no view has been drawn (an error page). */
const LATEST_START_MS = 10_000;

/**
 * Registers the worker once the first view is on screen: its precaching downloads the whole app's code,
 * which would otherwise compete with the first view's own downloads and main-thread work.
 */
export function startOfflineCacheAfterFirstView(): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    stop();
    clearTimeout(timer);
    startOfflineCache();
  };
  const stop = onReadyChange((ready) => ready && start());
  const timer = setTimeout(start, LATEST_START_MS);
  if (document.documentElement.dataset.ready === 'true') start();
}

export function startOfflineCache(): void {
  if (!('serviceWorker' in navigator)) return;
  const hadController = Boolean(navigator.serviceWorker.controller);
  // A new release's worker has taken over: load its code, so no page runs old code against new data.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (hadController) window.location.reload();
  });
  void navigator.serviceWorker
    .register('./sw.js', { scope: './' })
    .then(() => navigator.serviceWorker.ready)
    .then(() => {
      // What this page fetched before the worker took over, or is still fetching outside it, is cached
      // too, so the very first visit is enough for the next start without a network.
      const keep = (entries: PerformanceEntryList) => {
        const urls = entries
          .map((e) => e.name)
          .filter((url) => {
            const u = new URL(url);
            return u.origin === location.origin && /\/data\//.test(u.pathname);
          });
        if (!urls.length) return;
        void caches
          .open(DATA_CACHE)
          .then((cache) => Promise.all(urls.map(async (url) => (await cache.match(url)) ?? cache.add(url))))
          .catch(() => undefined);
      };
      keep(performance.getEntriesByType('resource'));
      const late = new PerformanceObserver((list) => keep(list.getEntries()));
      late.observe({ type: 'resource' });
      // Requests from now on go through the worker, which caches them itself.
      setTimeout(() => late.disconnect(), 60_000);
    })
    .catch(() => undefined);
}

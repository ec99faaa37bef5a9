/**
 * Start-up: everything the first view needs is asked for at once, before React has rendered anything —
 * the manifest and then the chosen version's files, the basemap and its land, the fonts of the view's
 * labels, and MapLibre's code (a module of its own, with its worker) — instead of one after the other as
 * components mount. Nothing the first view does not show is fetched here (borders, stories, other rooms).
 */
import type { QueryClient } from '@tanstack/react-query';
import { basemapQuery, landQuery } from '../data/basemapQuery.ts';
import { datasetQuery, manifestQuery, resolveVersion } from '../data/queries.ts';
import { appFontsReady } from '../map/appFonts.ts';
import { webgl2MayWork } from '../map/webgl.ts';
import { useAppStore } from '../state/store.ts';

export function boot(queryClient: QueryClient): void {
  const { version, lang } = useAppStore.getState();
  void queryClient
    .fetchQuery(manifestQuery)
    .then((manifest) => queryClient.prefetchQuery(datasetQuery(manifest, resolveVersion(manifest, version))))
    .catch(() => undefined);
  void queryClient
    .fetchQuery(basemapQuery)
    .then((basemap) => queryClient.prefetchQuery(landQuery(basemap)))
    .catch(() => undefined);
  void appFontsReady(lang);
  // The renderer's code: the largest download, so it starts first (a browser without WebGL never needs
  // it), and its worker as soon as it has arrived, while the data is still being validated.
  if (webgl2MayWork())
    void import('../map/NetworkMap.ts').then((m) => m.startMapWorker()).catch(() => undefined);
}

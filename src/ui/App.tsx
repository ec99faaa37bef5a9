import { lazy, Suspense, useEffect } from 'react';
import { isPresentRoom, useAppStore } from '../state/store.ts';
import { AUTO_RETRY_S, ErrorPanel, FALLBACK_AUTO_OPEN_S } from './ErrorPanel.tsx';
import { MapView } from './MapView.tsx';
import { PALETTES } from '../map/palette.ts';
import { setPagePalette } from './pagePalette.ts';
import { setReady } from '../map/readySignal.ts';
import { Attribution } from './Attribution.tsx';
import { FiltersDrawer } from './filters/FiltersDrawer.tsx';
import { PrintView } from './PrintView.tsx';
import { SidePanel } from './SidePanel.tsx';
import { SupersededNote } from './SupersededNote.tsx';
import { TableView } from './table/TableView.tsx';
import { Timeline } from './timeline/Timeline.tsx';
import { TopBar } from './TopBar.tsx';
// Rooms only some viewers open load on demand.
const EmbedChrome = lazy(() => import('./embed/EmbedChrome.tsx').then((m) => ({ default: m.EmbedChrome })));
const ShareDialog = lazy(() => import('./share/ShareDialog.tsx').then((m) => ({ default: m.ShareDialog })));
const PresentationOverlay = lazy(() =>
  import('./present/PresentationOverlay.tsx').then((m) => ({ default: m.PresentationOverlay })),
);
import { useCurrentDataset } from './useCurrentDataset.ts';
import { useFallbackRecheck } from './useFallbackRecheck.ts';
import { useT } from './useT.ts';
import { LanguageFailedNote } from './LanguageFailedNote.tsx';
import { OfflineNote } from './OfflineNote.tsx';
import { ViewSummary } from './ViewSummary.tsx';

/** The page: top bar, then the network (or a clear error), in the reader's language. */
export function App() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const theme = useAppStore((s) => s.theme);
  const view = useAppStore((s) => s.view);
  const present = useAppStore(isPresentRoom);
  const embed = useAppStore((s) => s.embed && !isPresentRoom(s));
  const shareOpen = useAppStore((s) => s.shareOpen);
  const room = present ? 'present' : embed ? 'embed' : 'explore';
  const { manifest, dataset, versionId, baseline, missing } = useCurrentDataset();
  useFallbackRecheck(room === 'present');

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : lang;
    document.title = t('app.title');
  }, [lang, t]);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    setPagePalette(PALETTES[theme]);
  }, [theme]);

  const switching = dataset.isPlaceholderData;
  useEffect(() => {
    if (switching) setReady(false);
  }, [switching]);

  useEffect(() => {
    document.documentElement.dataset.room = room;
  }, [room]);

  const error = manifest.error ?? dataset.error;
  return (
    <div className={`app room-${room}`}>
      {room === 'explore' && (
        <a className="skip-link" href="#main">
          {t('a11y.skipToMap')}
        </a>
      )}
      {room !== 'present' && (
        <div className="app-head">
          {room === 'explore' && <TopBar manifest={manifest.data} versionId={versionId} />}
          {missing && (
            <p className="superseded superseded-compact" role="note" data-testid="missing-version">
              {t('version.missing', { version: missing, fallback: versionId ?? '' })}
            </p>
          )}
          {dataset.data && !error && <SupersededNote dataset={dataset.data} compact={room === 'embed'} />}
          {room === 'explore' && <OfflineNote />}
          <LanguageFailedNote />
        </div>
      )}
      <main id="main" className="app-main" tabIndex={-1}>
        {error ? (
          <ErrorPanel
            error={error}
            manifest={manifest.data}
            failedVersion={versionId}
            autoOpenSeconds={room === 'present' ? FALLBACK_AUTO_OPEN_S : undefined}
            autoRetrySeconds={room === 'present' ? AUTO_RETRY_S : undefined}
            onRetry={() => void (manifest.error ? manifest.refetch() : dataset.refetch())}
          />
        ) : !dataset.data ? (
          <p className="loading" role="status">
            {t('app.loading')}
          </p>
        ) : (
          <>
            <MapView dataset={dataset.data} baseline={baseline} />
            {switching && (
              <p className="loading loading-overlay" role="status">
                {t('app.loading')}
              </p>
            )}
            <Suspense fallback={null}>
              {room === 'present' && <PresentationOverlay dataset={dataset.data} baseline={baseline} />}
              {room === 'embed' && <EmbedChrome dataset={dataset.data} baseline={baseline} />}
            </Suspense>
            {/* The embed's footer and the presentation's caption band carry it inline instead. */}
            {room === 'explore' && <Attribution />}
          </>
        )}
      </main>
      {dataset.data && !error && room !== 'present' && (
        <Timeline dataset={dataset.data} compact={room === 'embed'} />
      )}
      {/* Over the map, but after the timeline in the page: Tab goes map → timeline → panels. */}
      {dataset.data && !error && room === 'explore' && (
        <div className="app-panels">
          <FiltersDrawer dataset={dataset.data} />
          {view === 'table' ? (
            <TableView dataset={dataset.data} baseline={baseline} />
          ) : (
            <SidePanel dataset={dataset.data} baseline={baseline} />
          )}
          <Suspense fallback={null}>
            {shareOpen && <ShareDialog dataset={dataset.data} baseline={baseline} />}
          </Suspense>
        </div>
      )}
      {dataset.data && !error && room !== 'present' && (
        <PrintView dataset={dataset.data} baseline={baseline} />
      )}
      {/* The view in words, after the printed map; in the table view the table shows it instead. */}
      {dataset.data && !error && room !== 'present' && view === 'map' && (
        <ViewSummary dataset={dataset.data} baseline={baseline} />
      )}
    </div>
  );
}

import { useEffect } from 'react';
import { useAppStore } from '../state/store.ts';
import { ErrorPanel } from './ErrorPanel.tsx';
import { MapView } from '../map/MapView.tsx';
import { cssVariables, PALETTES } from '../map/palette.ts';
import { setReady } from '../map/readySignal.ts';
import { Attribution } from './Attribution.tsx';
import { FiltersDrawer } from './filters/FiltersDrawer.tsx';
import { SidePanel } from './SidePanel.tsx';
import { TableView } from './table/TableView.tsx';
import { Timeline } from './timeline/Timeline.tsx';
import { TopBar } from './TopBar.tsx';
import { useCurrentDataset } from './useCurrentDataset.ts';
import { useT } from './useT.ts';

/** The page: top bar, then the network (or a clear error), in the reader's language. */
export function App() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const theme = useAppStore((s) => s.theme);
  const view = useAppStore((s) => s.view);
  const { manifest, dataset, versionId, baseline } = useCurrentDataset();

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : lang;
    document.title = t('app.title');
  }, [lang, t]);

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    for (const [name, value] of Object.entries(cssVariables(PALETTES[theme])))
      root.style.setProperty(name, value);
  }, [theme]);

  const switching = dataset.isPlaceholderData;
  useEffect(() => {
    if (switching) setReady(false);
  }, [switching]);

  const error = manifest.error ?? dataset.error;
  return (
    <div className="app">
      <TopBar manifest={manifest.data} versionId={versionId} />
      <main id="main" className="app-main">
        {error ? (
          <ErrorPanel
            error={error}
            manifest={manifest.data}
            failedVersion={versionId}
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
            <FiltersDrawer dataset={dataset.data} />
            {view === 'table' ? (
              <TableView dataset={dataset.data} baseline={baseline} />
            ) : (
              <SidePanel dataset={dataset.data} />
            )}
            <Attribution />
          </>
        )}
      </main>
      {dataset.data && !error && <Timeline dataset={dataset.data} />}
    </div>
  );
}

import { useState } from 'react';
import type { Dataset } from '../../data/schema.ts';
import { viewSources } from '../../state/scene.ts';
import { useAppStore } from '../../state/store.ts';
import { useScene } from '../../state/useScene.ts';
import { Attribution } from '../Attribution.tsx';
import { Legend } from '../Legend.tsx';
import { exploreSearch } from '../../state/url.ts';
import { provenanceText } from '../provenanceText.ts';
import { useT } from '../useT.ts';
import { windowLabel } from '../windowLabel.ts';
import { usePostMessageBridge } from './usePostMessageBridge.ts';

/**
 * The embed's chrome, so it stands on its own on someone else's page: a title bar with the window and the
 * link to the full view; the legend (a button on narrow frames); a footer saying how much is illustrative,
 * whose reports the view rests on, the dataset version, and the basemap's credit.
 */
export function EmbedChrome({ dataset, baseline }: { dataset: Dataset; baseline?: Dataset }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const time = useAppStore((s) => s.time);
  const mode = useAppStore((s) => s.mode);
  const scene = useScene(dataset, baseline);
  const narrow = typeof window !== 'undefined' && window.innerWidth < 480;
  const [legendOpen, setLegendOpen] = useState(!narrow);
  usePostMessageBridge();
  const full = `${window.location.pathname}${exploreSearch(window.location.search)}`;
  const publishers = [...new Set(viewSources(scene).map((s) => s.publisher))].join('; ');
  const source = t('embed.source', { sources: publishers || '—', version: dataset.version.id });
  return (
    <>
      <header className="embed-head map-overlay">
        <h1 className="embed-title" title={t('app.title')}>
          {t('app.title')} <span className="embed-window">· {windowLabel(t, lang, time, mode)}</span>
        </h1>
        <a className="embed-full-link" href={full} target="_blank" rel="noopener" lang={lang}>
          {t('embed.fullView')} ↗
        </a>
      </header>
      <div className="embed-legend map-overlay">
        <button type="button" aria-expanded={legendOpen} onClick={() => setLegendOpen(!legendOpen)}>
          {legendOpen ? t('legend.hide') : t('legend.show')}
        </button>
        {legendOpen && <Legend scene={scene} />}
      </div>
      <footer className="embed-foot map-overlay">
        <p className="embed-provenance" data-testid="embed-provenance">
          {provenanceText(t, lang, scene.agg)}
        </p>
        <p className="embed-source" data-testid="embed-source" title={source}>
          {source}
        </p>
        <Attribution inline />
      </footer>
    </>
  );
}

import { useState } from 'react';
import type { Dataset } from '../../data/schema.ts';
import { useAppStore } from '../../state/store.ts';
import { useScene } from '../../state/useScene.ts';
import { Legend } from '../Legend.tsx';
import { exploreSearch } from '../../state/url.ts';
import { provenanceText } from '../provenanceText.ts';
import { useT } from '../useT.ts';
import { usePostMessageBridge } from './usePostMessageBridge.ts';

/** The embed's chrome: the legend (a button on narrow frames) and a link to the full view. */
export function EmbedChrome({ dataset, baseline }: { dataset: Dataset; baseline?: Dataset }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const scene = useScene(dataset, baseline);
  const narrow = typeof window !== 'undefined' && window.innerWidth < 480;
  const [legendOpen, setLegendOpen] = useState(!narrow);
  usePostMessageBridge();
  const full = `${window.location.pathname}${exploreSearch(window.location.search)}`;
  return (
    <>
      <a className="embed-full-link" href={full} target="_blank" rel="noopener" lang={lang}>
        {t('embed.fullView')} ↗
      </a>
      <p className="embed-provenance" data-testid="embed-provenance">
        {provenanceText(t, lang, scene.agg)}
      </p>
      <div className="embed-legend">
        <button type="button" aria-expanded={legendOpen} onClick={() => setLegendOpen(!legendOpen)}>
          {legendOpen ? t('legend.hide') : t('legend.show')}
        </button>
        {legendOpen && <Legend scene={scene} />}
      </div>
    </>
  );
}

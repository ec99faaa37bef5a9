import { useState } from 'react';
import type { Dataset } from '../../data/schema.ts';
import { useAppStore } from '../../state/store.ts';
import { useViewAggregate } from '../../state/useScene.ts';
import { Legend } from '../Legend.tsx';
import { exploreSearch } from '../../state/url.ts';
import { useT } from '../useT.ts';
import { usePostMessageBridge } from './usePostMessageBridge.ts';

/** The embed's chrome: the legend (a button on narrow frames) and a link to the full view. */
export function EmbedChrome({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const { agg } = useViewAggregate(dataset);
  const narrow = typeof window !== 'undefined' && window.innerWidth < 480;
  const [legendOpen, setLegendOpen] = useState(!narrow);
  usePostMessageBridge();
  const full = `${window.location.pathname}${exploreSearch(window.location.search)}`;
  return (
    <>
      <a className="embed-full-link" href={full} target="_blank" rel="noopener" lang={lang}>
        {t('embed.fullView')} ↗
      </a>
      <div className="embed-legend">
        <button type="button" aria-expanded={legendOpen} onClick={() => setLegendOpen(!legendOpen)}>
          {legendOpen ? t('legend.hide') : t('legend.show')}
        </button>
        {legendOpen && <Legend maxEdgeValue={agg.maxEdgeValue} />}
      </div>
    </>
  );
}

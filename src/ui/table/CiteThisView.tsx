import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../../data/schema.ts';
import { illustrativeShare } from '../../domain/provenance.ts';
import type { Scene } from '../../state/scene.ts';
import { useAppStore } from '../../state/store.ts';
import { useT } from '../useT.ts';
import { citeView } from './citeView.ts';

/** A citation of exactly this view: dataset version, window, filters, and the link that reopens it. */
export function CiteThisView({ dataset, scene }: { dataset: Dataset; scene: Scene }) {
  const t = useT();
  const state = useAppStore(
    useShallow((s) => ({
      lang: s.lang,
      time: s.time,
      mode: s.mode,
      types: s.types,
      kinds: s.kinds,
      countries: s.countries,
      minValue: s.minValue,
      compare: s.compare,
      vs: s.vs,
    })),
  );
  const [copied, setCopied] = useState(false);
  const text = citeView(t, {
    ...state,
    version: dataset.version,
    url: window.location.href,
    today: new Date().toISOString().slice(0, 10),
    illustrativeShare: illustrativeShare(scene.agg),
  });
  return (
    <section className="cite" aria-labelledby="cite-title">
      <h3 id="cite-title">{t('cite.heading')}</h3>
      <p className="cite-text">{text}</p>
      <button
        type="button"
        onClick={() =>
          void navigator.clipboard?.writeText(text).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {copied ? t('cite.copied') : t('cite.copy')}
      </button>
    </section>
  );
}

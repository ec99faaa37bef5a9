import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../../data/schema.ts';
import { illustrativeShare } from '../../domain/provenance.ts';
import type { Scene } from '../../state/scene.ts';
import { useAppStore } from '../../state/store.ts';
import { useT } from '../useT.ts';
import { CITATION_STYLES, citeView, DEFAULT_STYLE, type CitationStyle } from './citations.ts';
import { CopyButton } from './CopyButton.tsx';
import { useViewLink } from './useViewLink.ts';

/** A citation of exactly this view in the style the reader picks (their language's usual one first). */
export function CitationBlock({ dataset, scene }: { dataset: Dataset; scene: Scene }) {
  const t = useT();
  const id = useId();
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
  const [chosen, setChosen] = useState<CitationStyle | null>(null);
  const style = chosen ?? DEFAULT_STYLE[state.lang];
  const url = useViewLink(dataset, scene);
  const text = citeView(style, t, {
    ...state,
    version: dataset.version,
    url,
    today: new Date().toISOString().slice(0, 10),
    illustrativeShare: illustrativeShare(scene.agg),
  });
  return (
    <section className="cite" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('cite.heading')}</h3>
      <label>
        <span className="label-text">{t('cite.style')}</span>
        <select value={style} onChange={(e) => setChosen(e.target.value as CitationStyle)}>
          {CITATION_STYLES.map((s) => (
            <option key={s} value={s}>
              {t(`cite.style.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <pre className="cite-text" data-style={style}>
        {text}
      </pre>
      <CopyButton text={text} label="cite.copy" />
    </section>
  );
}

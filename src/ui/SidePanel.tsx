import { useDeferredValue, useState } from 'react';
import type { Dataset } from '../data/schema.ts';
import { useAppStore } from '../state/store.ts';
import { useScene } from '../state/useScene.ts';
import { shownSelections } from '../state/viewLink.ts';
import { KeyFigures } from './KeyFigures.tsx';
import { ExportPng } from './ExportPng.tsx';
import { Legend } from './Legend.tsx';
import { NodeList } from './NodeList.tsx';
import { EdgeDetails } from './details/EdgeDetails.tsx';
import { NodeDetails } from './details/NodeDetails.tsx';
import { useT } from './useT.ts';
import { illustrativeShare } from '../domain/provenance.ts';
import { provenanceText } from './provenanceText.ts';
import { panelsStartOpen } from './panelsStartOpen.ts';

/** The panel over the map: legend, the nodes (the keyboard and screen-reader way in), key figures. */
export function SidePanel({ dataset, baseline }: { dataset: Dataset; baseline?: Dataset }) {
  const t = useT();
  const [open, setOpen] = useState(() => panelsStartOpen('side'));
  const scene = useScene(dataset, baseline);
  const showBorders = useAppStore((s) => s.showBorders);
  const setShowBorders = useAppStore((s) => s.setShowBorders);
  const selected = useAppStore((s) => s.node);
  const edge = useAppStore((s) => s.edge);
  const lang = useAppStore((s) => s.lang);
  // The long lists come just after the first picture: laid out in the frame that draws it, their text
  // delayed it (836 → 671 ms locally, 1.84 → 1.70 s with the CPU 4× slower; README, First load). React
  // renders them right after, in a transition: false on the panel's first render, true from then on.
  const listsShown = useDeferredValue(true, false);
  // A selection the filters hide is not shown: its details would speak of something not on the map.
  const shown = shownSelections(scene);
  if (edge && shown.edge(edge)) {
    return (
      <aside className="side-panel map-overlay" aria-label={t('details.flows')}>
        <EdgeDetails dataset={dataset} scene={scene} edge={edge} />
      </aside>
    );
  }
  if (selected && shown.node(selected)) {
    return (
      <aside className="side-panel map-overlay" aria-label={t('details.flows')}>
        <NodeDetails dataset={dataset} scene={scene} nodeId={selected} />
      </aside>
    );
  }
  return (
    <aside className="side-panel map-overlay" data-collapsed={!open} aria-label={t('nodes.heading')}>
      <button type="button" className="panel-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? t('panel.hide') : t('panel.show')}
      </button>
      {/* With the legend folded away (a phone starts so) the dashes alone would not say what they mean:
          the panel keeps the legend's first line, how much of what is shown is illustrative. */}
      {!open && illustrativeShare(scene.agg) > 0 && (
        <p className="collapsed-provenance" data-testid="collapsed-provenance">
          {provenanceText(t, lang, scene.agg)}
        </p>
      )}
      {open && (
        <>
          <Legend scene={scene} />
          <ExportPng dataset={dataset} scene={scene} />
          <label className="borders-toggle">
            <input type="checkbox" checked={showBorders} onChange={(e) => setShowBorders(e.target.checked)} />{' '}
            {t('borders.toggle')}
          </label>
          {listsShown && <NodeList dataset={dataset} />}
          {listsShown && <KeyFigures dataset={dataset} />}
        </>
      )}
    </aside>
  );
}

import { useMemo } from 'react';
import type { Dataset } from '../data/schema.ts';
import { viewFacts } from '../domain/viewFacts.ts';
import { nodeName } from '../i18n/nodeLabel.ts';
import { useAppStore } from '../state/store.ts';
import { useScene } from '../state/useScene.ts';
import { useT } from './useT.ts';
import { viewSummary } from './viewSummary.ts';
import { windowLabel } from './windowLabel.ts';

/** The current view in words (src/ui/viewSummary.ts), from the one scene every panel reads. */
export function useViewSummary(dataset: Dataset, baseline?: Dataset): string {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const time = useAppStore((s) => s.time);
  const mode = useAppStore((s) => s.mode);
  const scene = useScene(dataset, baseline);
  return useMemo(() => {
    const facts = viewFacts(scene.index, scene.agg, scene.comparison?.rows ?? null);
    const byId = new Map(scene.index.nodes.map((n) => [n.id, n]));
    return viewSummary(t, lang, {
      window: windowLabel(t, lang, time, mode),
      facts,
      name: (id) => nodeName(byId.get(id)!, lang),
    });
  }, [scene, t, lang, time, mode]);
}

import { useMemo } from 'react';
import { viewFacts } from '../domain/viewFacts.ts';
import { nodeName } from '../i18n/nodeLabel.ts';
import { useAppStore } from '../state/store.ts';
import type { Scene } from '../state/scene.ts';
import { useT } from './useT.ts';
import { viewSummary } from './viewSummary.ts';
import { windowLabel } from './windowLabel.ts';

/** The current view in words (src/ui/viewSummary.ts), from the one scene every panel reads. */
export function useViewSummary(scene: Scene): string {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const time = useAppStore((s) => s.time);
  const mode = useAppStore((s) => s.mode);
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

import { useMemo } from 'react';
import type { Mode, TimeSelection } from '../data/period.ts';
import type { Lang } from '../data/schema.ts';
import type { Translate } from '../i18n/index.ts';
import { viewFacts } from '../domain/viewFacts.ts';
import { nodeName } from '../i18n/nodeLabel.ts';
import { useAppStore } from '../state/store.ts';
import type { Scene } from '../state/scene.ts';
import { useT } from './useT.ts';
import { viewSummary } from './viewSummary.ts';
import { windowLabel } from './windowLabel.ts';

/** A scene in words, for its window (the film asks once per story step). */
export function summaryOf(
  t: Translate,
  lang: Lang,
  scene: Scene,
  time: TimeSelection | null,
  mode: Mode,
): string {
  const facts = viewFacts(scene.index, scene.agg, scene.comparison?.rows ?? null);
  const byId = new Map(scene.index.nodes.map((n) => [n.id, n]));
  return viewSummary(t, lang, {
    window: windowLabel(t, lang, time, mode),
    facts,
    name: (id) => nodeName(byId.get(id)!, lang),
  });
}

/** The current view in words (src/ui/viewSummary.ts), from the one scene every panel reads. */
export function useViewSummary(scene: Scene): string {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const time = useAppStore((s) => s.time);
  const mode = useAppStore((s) => s.mode);
  return useMemo(() => summaryOf(t, lang, scene, time, mode), [scene, t, lang, time, mode]);
}

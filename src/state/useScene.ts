/** The React side of the scene selector: reads the reader's choices and returns the shared scene. */
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../data/schema.ts';
import {
  selectCountryTotals,
  selectScene,
  selectTypeTotals,
  type Scene,
  type SceneChoices,
} from './scene.ts';
import { useAppStore, type AppState } from './store.ts';
import { effectiveProvenance } from './url.ts';

/** The scene choices in the store now (the film starts from them and applies each step). */
export function sceneChoices(s: AppState): SceneChoices {
  return {
    time: s.time,
    mode: s.mode,
    types: s.types,
    kinds: s.kinds,
    countries: s.countries,
    minValue: s.minValue,
    provenance: effectiveProvenance(s),
    compare: s.compare,
    lang: s.lang,
    hovered: s.hovered,
    node: s.node,
    edge: s.edge,
    focus: s.storyFocus,
    scale: s.scale,
    playing: s.playing,
  };
}

/** Every component asks with the same dataset and baseline, so they all get one and the same scene. */
export function useScene(dataset: Dataset, baseline?: Dataset): Scene {
  const choices = useAppStore(useShallow(sceneChoices));
  return selectScene(dataset, baseline, choices);
}

export function useTypeTotals(dataset: Dataset): number[] {
  const choices = useAppStore(useShallow(sceneChoices));
  return selectTypeTotals(dataset, choices);
}

export function useCountryTotals(dataset: Dataset): Map<string, number> {
  const choices = useAppStore(useShallow(sceneChoices));
  return selectCountryTotals(dataset, choices);
}

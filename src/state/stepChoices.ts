import { parseTimeSelection } from '../data/period.ts';
import type { StoryStep } from '../data/schema.ts';
import type { SceneChoices } from './scene.ts';
import { DEFAULT_CHOICES } from './url.ts';

/**
 * The scene choices a story step puts in force over the reader's own (language, provenance, scale), as
 * the presentation's story player applies them: its window, mode, filters, selected node and named nodes.
 * The film draws each step from these without touching the store, and without a comparison: a film tells
 * the story, whatever the presenter was comparing before.
 */
export function stepChoices(base: SceneChoices, step: StoryStep): SceneChoices {
  return {
    ...base,
    time: parseTimeSelection(step.time),
    mode: step.mode ?? 'cumulative',
    types: step.types ?? DEFAULT_CHOICES.types,
    kinds: step.kinds ?? DEFAULT_CHOICES.kinds,
    node: step.node ?? null,
    focus: step.nodes ?? null,
    edge: null,
    hovered: null,
    compare: null,
    playing: false,
  };
}

import { prefersReducedMotion } from '../reducedMotion.ts';
import { useEffect } from 'react';
import { DEFAULT_CHOICES } from '../../state/url.ts';
import type { Story } from '../../data/schema.ts';
import { cameraForView } from '../../domain/mercator.ts';
import { parseTimeSelection } from '../../data/period.ts';
import { timeTween } from '../../domain/timeline.ts';
import { resolvePosition } from '../../domain/storySteps.ts';
import { useAppStore } from '../../state/store.ts';

/**
 * Keeps the view on the current story step: whenever `story`/`step` change, the step's window, camera,
 * focus and filters are applied (the map eases to the camera, scaled to this screen; the time changes
 * with it).
 */
export function useStoryPlayer(stories: Story[] | undefined) {
  const story = useAppStore((s) => s.story);
  const step = useAppStore((s) => s.step);
  useEffect(() => {
    if (!stories?.length) return;
    const at = resolvePosition(stories, story, step);
    if (!at) return;
    const state = useAppStore.getState();
    if (at.story !== story || at.step !== step) {
      state.setStoryStep(at.story, at.step);
      return;
    }
    const s = stories.find((x) => x.id === at.story)!.steps[at.step - 1]!;
    const target = parseTimeSelection(s.time);
    const frames = timeTween(state.time, target);
    useAppStore.setState({
      time: frames.length ? frames[0]! : target,
      mode: s.mode ?? 'cumulative',
      at: s.camera ? cameraForView(s.camera, window.innerWidth, window.innerHeight) : null,
      node: s.node ?? null,
      edge: null,
      types: s.types ?? DEFAULT_CHOICES.types,
      kinds: s.kinds ?? DEFAULT_CHOICES.kinds,
      hovered: null,
    });
    // The time walks to the step's window while the camera eases there (not with reduced motion).
    if (!frames.length || prefersReducedMotion()) {
      useAppStore.setState({ time: target });
      return;
    }
    let i = 1;
    const timer = setInterval(() => {
      useAppStore.setState({ time: i < frames.length ? frames[i]! : target });
      if (++i > frames.length) clearInterval(timer);
    }, 90);
    return () => clearInterval(timer);
  }, [stories, story, step]);
}

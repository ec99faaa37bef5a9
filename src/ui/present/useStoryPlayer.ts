import { prefersReducedMotion } from '../reducedMotion.ts';
import { useEffect } from 'react';
import { DEFAULT_CHOICES } from '../../state/url.ts';
import type { Dataset, Story, StoryStep } from '../../data/schema.ts';
import { cameraForView, fitPlaces } from '../../domain/mercator.ts';
import type { Camera } from '../../state/url.ts';
import { fitPadding } from '../mapOverlays.ts';
import { parseTimeSelection } from '../../data/period.ts';
import { timeTween } from '../../domain/timeline.ts';
import { resolvePosition } from '../../domain/storySteps.ts';
import { useAppStore } from '../../state/store.ts';

/**
 * Keeps the view on the current story step: whenever `story`/`step` change, the step's window, camera,
 * focus and filters are applied (the map eases to the camera, scaled to this screen; the time changes
 * with it). A step that names its nodes gets a camera fitted to them inside the part of the screen the
 * title, legend, figures and caption leave free, whatever the screen's shape.
 */
export function useStoryPlayer(stories: Story[] | undefined, dataset: Dataset) {
  const story = useAppStore((s) => s.story);
  const step = useAppStore((s) => s.step);
  useEffect(() => {
    // No tour (a version without one, or it failed): nothing of an earlier step's view stays in force.
    if (!stories?.length) {
      useAppStore.setState({ storyFocus: null, storyProjection: null });
      return;
    }
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
      at: stepCamera(s, dataset),
      node: s.node ?? null,
      storyFocus: s.nodes ?? null,
      storyProjection: s.projection ?? null,
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
    // The dataset is read for the named nodes' places only; a new version with the same step re-applies it.
  }, [stories, story, step, dataset]);
}

/** Room kept around the fitted places for their circles and labels, as a share of the screen's height. */
const LABEL_ROOM = 0.06;

function stepCamera(s: StoryStep, dataset: Dataset): Camera | null {
  const map = document.querySelector('.map-canvas');
  const places = (s.nodes ?? []).flatMap((id) => dataset.nodes.filter((n) => n.id === id));
  if (map && map.clientWidth > 0 && places.length) {
    const pad = fitPadding(map);
    const w = map.clientWidth;
    const h = map.clientHeight;
    const room = h * LABEL_ROOM;
    // The label room comes on top of the overlays' padding; both together still leave a tenth of the screen.
    const shrinkY = Math.min(1, (h * 0.9) / (pad.top + pad.bottom + 2 * room));
    const shrinkX = Math.min(1, (w * 0.9) / (pad.left + pad.right + 2 * room));
    return fitPlaces(places, w, h, {
      top: (pad.top + room) * shrinkY,
      bottom: (pad.bottom + room) * shrinkY,
      left: (pad.left + room) * shrinkX,
      right: (pad.right + room) * shrinkX,
    });
  }
  return s.camera ? cameraForView(s.camera, window.innerWidth, window.innerHeight) : null;
}

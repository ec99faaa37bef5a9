import { useEffect, useState } from 'react';
import type { Story } from '../../data/schema.ts';
import { moveStep, resolvePosition } from '../../domain/storySteps.ts';
import { useAppStore } from '../../state/store.ts';

/** Seconds each step stays on screen in a kiosk. */
export const KIOSK_DWELL_S = 12;
/** Minutes without input after which a kiosk returns to the start (`idle=` in the URL, in seconds, overrides). */
export const KIOSK_IDLE_S = 180;

/**
 * Unattended loop: steps through every story and starts over. Input pauses it; after the idle time
 * without input it returns to the first step and resumes. One timer and three listeners, all released on
 * unmount, so it can run for days. Returns the whole seconds until it resumes while paused, else null,
 * for the screen to say so.
 */
export function useKiosk(stories: Story[] | undefined, enabled: boolean, idleSeconds: number): number | null {
  const [resumesIn, setResumesIn] = useState<number | null>(null);
  useEffect(() => {
    if (!enabled || !stories?.length) return;
    let lastInput = -Infinity;
    let lastStep = performance.now();
    const onInput = () => {
      lastInput = performance.now();
    };
    const events = ['pointerdown', 'keydown', 'wheel'] as const;
    for (const e of events) window.addEventListener(e, onInput, { passive: true });
    const timer = setInterval(() => {
      const now = performance.now();
      const state = useAppStore.getState();
      const at = resolvePosition(stories, state.story, state.step);
      if (!at) return;
      const left = idleSeconds * 1000 - (now - lastInput);
      // Set only when the whole seconds change: one render a second while paused, none while playing.
      setResumesIn(left > 0 ? Math.ceil(left / 1000) : null);
      if (left > 0) return;
      if (Number.isFinite(lastInput)) {
        // Back from an interaction: start over.
        lastInput = -Infinity;
        lastStep = now;
        state.setStoryStep(stories[0]!.id, 1);
        return;
      }
      if (now - lastStep >= KIOSK_DWELL_S * 1000) {
        lastStep = now;
        const next = moveStep(stories, at, 1, true);
        state.setStoryStep(next.story, next.step);
      }
    }, 500);
    return () => {
      clearInterval(timer);
      for (const e of events) window.removeEventListener(e, onInput);
      setResumesIn(null);
    };
  }, [stories, enabled, idleSeconds]);
  return resumesIn;
}

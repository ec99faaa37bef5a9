import { useEffect } from 'react';
import type { Story } from '../../data/schema.ts';
import { moveStep, resolvePosition } from '../../domain/storySteps.ts';
import { useAppStore } from '../../state/store.ts';

/** What a clicker sends: PageDown/PageUp, arrows and Space step; B blanks; F fullscreen; Esc leaves. */
export function usePresenterKeys(stories: Story[] | undefined, toggleBlank: () => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      // On a control of its own (the film's size, its buttons) arrows, Space and letters work the control;
      // a clicker's PageDown/PageUp and Esc still drive the presentation.
      const onControl = e.target instanceof Element && e.target.closest('select, input, textarea, button');
      if (onControl && !['PageDown', 'PageUp', 'Escape'].includes(e.key)) return;
      const state = useAppStore.getState();
      const step = (delta: 1 | -1) => {
        if (!stories?.length) return;
        const at = resolvePosition(stories, state.story, state.step);
        if (!at) return;
        const next = moveStep(stories, at, delta, state.kiosk);
        state.setStoryStep(next.story, next.step);
      };
      switch (e.key) {
        case 'PageDown':
        case 'ArrowRight':
        case 'ArrowDown':
        case ' ':
          step(1);
          break;
        case 'PageUp':
        case 'ArrowLeft':
        case 'ArrowUp':
          step(-1);
          break;
        case 'b':
        case 'B':
        case '.':
          toggleBlank();
          break;
        case 'f':
        case 'F':
          if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
          else void document.documentElement.requestFullscreen?.().catch(() => undefined);
          break;
        case 'Escape':
          if (!document.fullscreenElement) state.setPresent(false);
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [stories, toggleBlank]);
}

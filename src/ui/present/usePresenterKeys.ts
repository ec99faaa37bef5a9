import { useEffect } from 'react';
import type { Story } from '../../data/schema.ts';
import { moveStep, resolvePosition } from '../../domain/storySteps.ts';
import { useAppStore } from '../../state/store.ts';

/** What a clicker sends: PageDown/PageUp, arrows and Space step; B blanks; F fullscreen; Esc leaves. */
export function usePresenterKeys(stories: Story[] | undefined, toggleBlank: () => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
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

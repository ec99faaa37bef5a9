import { useEffect } from 'react';
import type { Period } from '../../data/period.ts';
import { nextPlaybackSelection } from '../../domain/timeline.ts';
import { useAppStore } from '../../state/store.ts';

/** While playing, steps the time selection one period every second (divided by the speed). */
export function usePlayback(axis: Period[]) {
  const playing = useAppStore((s) => s.playing);
  const speed = useAppStore((s) => s.speed);
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const { time, loop, setTime, setPlaying } = useAppStore.getState();
      const next = nextPlaybackSelection(time, axis, loop);
      if (next) setTime(next);
      else setPlaying(false);
    }, 1000 / speed);
    return () => clearInterval(timer);
  }, [playing, speed, axis]);
}

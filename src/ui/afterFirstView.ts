/**
 * Work for later: run once the first view is on screen (`data-ready`) and the page is idle, so what the
 * first view does not show never shares the link or the main thread with what it does.
 */
import { onReadyChange } from '../map/readySignal.ts';

/** Calls `run` once, after the first view and at idle; returns a function that cancels it. */
export function whenFirstViewIdle(run: () => void): () => void {
  let idle: number | undefined;
  let timer: number | undefined;
  const schedule = () => {
    if (window.requestIdleCallback) idle = window.requestIdleCallback(run);
    else timer = window.setTimeout(run, 3000);
  };
  let stopWaiting = () => {};
  if (document.documentElement.dataset.ready === 'true') schedule();
  else
    stopWaiting = onReadyChange((ready) => {
      if (!ready) return;
      stopWaiting();
      schedule();
    });
  return () => {
    stopWaiting();
    if (idle !== undefined) window.cancelIdleCallback(idle);
    clearTimeout(timer);
  };
}

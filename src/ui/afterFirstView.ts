/**
 * Work for later: run once the first view is on screen (`data-ready`) and the page is idle, so what the
 * first view does not show never shares the link or the main thread with what it does.
 */
import { onReadyChange } from '../map/readySignal.ts';

/**
 * At most this long after the first view, idle or not. A map that animates on a slow GPU may leave the
 * page no idle time for seconds on end (measured on SwiftShader: the bold faces came 0.3–3.7 s after
 * `data-ready` with the arcs moving), and a lobby screen must still get its faces and its other languages.
 */
const IDLE_WAIT_MAX_MS = 3000;

/** Calls `run` once, after the first view and at idle (or IDLE_WAIT_MAX_MS later); returns a function that cancels it. */
export function whenFirstViewIdle(run: () => void): () => void {
  let idle: number | undefined;
  let timer: number | undefined;
  const schedule = () => {
    if (window.requestIdleCallback) idle = window.requestIdleCallback(run, { timeout: IDLE_WAIT_MAX_MS });
    else timer = window.setTimeout(run, IDLE_WAIT_MAX_MS);
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

/**
 * `data-ready` on <html>: "true" once the first frame showing the current flows has been drawn, "false"
 * while a new view is on its way. End-to-end tests and host pages wait on it instead of sleeping.
 */
type Listener = (ready: boolean) => void;
const listeners = new Set<Listener>();

export function setReady(ready: boolean) {
  const value = String(ready);
  if (document.documentElement.dataset.ready === value) return;
  document.documentElement.dataset.ready = value;
  if (ready && performance.getEntriesByName('sco-map:ready').length === 0) performance.mark('sco-map:ready');
  for (const l of listeners) l(ready);
}

export function onReadyChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

import { useEffect } from 'react';
import { onReadyChange } from '../../map/readySignal.ts';
import { useAppStore } from '../../state/store.ts';
import { allowedOrigins } from './embedConfig.ts';
import { readCommand } from './messages.ts';

/** Commands in from allowed host origins; ready and view-changed events out to them (never to '*'). */
export function usePostMessageBridge() {
  useEffect(() => {
    if (window.parent === window) return;
    let origins: string[] = [];
    let alive = true;
    const post = (message: unknown) => {
      for (const origin of origins) window.parent.postMessage(message, origin);
    };
    const onMessage = (e: MessageEvent) => {
      if (e.source !== window.parent || !origins.includes(e.origin)) return;
      const command = readCommand(e.data);
      if (!command) return;
      const s = useAppStore.getState();
      if (command.lang) s.setLang(command.lang);
      if (command.types) s.setTypes(command.types);
      if (command.time !== undefined) s.setTime(command.time);
      if (command.node !== undefined) s.select(command.node);
    };
    void allowedOrigins().then((list) => {
      if (!alive) return;
      origins = list;
      window.addEventListener('message', onMessage);
      if (document.documentElement.dataset.ready === 'true') post({ type: 'sco-map:ready' });
    });
    const stopReady = onReadyChange((ready) => {
      if (ready) post({ type: 'sco-map:ready' });
    });
    let last = window.location.search;
    const stopView = useAppStore.subscribe(() => {
      if (window.location.search === last) return;
      last = window.location.search;
      post({ type: 'sco-map:view', search: last });
    });
    return () => {
      alive = false;
      window.removeEventListener('message', onMessage);
      stopReady();
      stopView();
    };
  }, []);
}
